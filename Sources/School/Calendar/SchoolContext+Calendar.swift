import Model
import Store

extension SchoolContext {
    /// Closes the days from `from` through `to` (nil: that day alone) of the current semester:
    /// no service, no registers, no absences. `names` are how the two dates were given, for refusals.
    public func closeDays(
        from: CalendarDate, to: CalendarDate?, reason: String?, names: (String, String) = ("DATE", "--to")
    ) throws -> [CalendarEntry] {
        let semester = try currentSemester()
        let from = try dayOfSemester(from, name: names.0, semester: semester)
        let to = try to.map { try dayOfSemester($0, name: names.1, semester: semester) } ?? from
        guard to >= from else {
            throw Refusal(zh: "--to：\(to) 早于 \(from)", en: "--to: \(to) is before \(from)")
        }
        try database().closeDays(from: from, through: to, reason: reason, semester: semester.id)
        return (from.dayNumber...to.dayNumber).map {
            CalendarEntry(date: CalendarDate(dayNumber: $0), kind: .closed, reason: reason)
        }
    }

    /// Opens `date` as a school day following `weekday`'s timetable (typed with `--as`); opening an
    /// ordinary school day as its own weekday undoes a closure. Returns the entry and whether the
    /// day is ordinary again.
    public func openDay(_ date: CalendarDate, as text: String, reason: String?, name: String = "DATE") throws -> (
        CalendarEntry, ordinary: Bool
    ) {
        let semester = try currentSemester()
        let policy = try policy()
        let date = try dayOfSemester(date, name: name, semester: semester)
        guard let weekday = try DayList.parse(text, flag: "--as", policy: policy).first, !text.contains(",") else {
            throw Refusal(
                zh: "--as：只写一个星期几", en: "--as: give one weekday", hintZh: "例如 --as fri", hintEn: "for example --as fri")
        }
        let ordinary = date.weekdayIndex == weekday.index
        try database().openDay(date, follows: ordinary ? nil : weekday, reason: reason, semester: semester.id)
        return (CalendarEntry(date: date, kind: .makeup, follows: weekday, reason: reason), ordinary)
    }

    /// The current semester's closed days and make-up days.
    public func calendarEntries() throws -> [CalendarEntry] {
        try database().calendarEntries(semester: try currentSemester().id)
    }

    /// `date` when it lies in `semester`; else a refusal naming the argument.
    func dayOfSemester(_ date: CalendarDate, name: String, semester: Semester) throws -> CalendarDate {
        guard semester.from <= date, date <= semester.to else {
            throw Refusal(
                LocalizedText(
                    zh: "\(name)：\(date) 不在学期 '\(semester.id)'（\(semester.from) – \(semester.to)）之内",
                    en: "\(name): \(date) is outside the semester '\(semester.id)' (\(semester.from) – \(semester.to))")
            )
        }
        return date
    }
}
