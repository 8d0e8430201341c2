import Model
import Store

extension Session {
    /// Who is acting, as stored with what they record: a person's id, or `admin` for the coordinator.
    var actor: String {
        guard let identity, identity.role != .admin else { return "admin" }
        return identity.id
    }

    /// The current semester's calendar: the policy's days, holidays and make-up days.
    func serviceCalendar(_ semester: Semester) throws -> ServiceCalendar {
        ServiceCalendar(semester: semester, days: try policy().days, entries: try database().calendarEntries(semester: semester.id))
    }

    /// The date of `flag` (default today, in the policy's time zone), which must lie in `semester`.
    func semesterDate(_ arguments: ParsedArguments, flag: String = "--date", in semester: Semester) throws -> CalendarDate {
        let given = try arguments.date(flag)
        let today = Clock.now(timeZone: try policy().timezone).date
        let date = given ?? today
        guard semester.from <= date, date <= semester.to else {
            let span = "\(semester.from) – \(semester.to)"
            if given == nil {
                throw Refusal(LocalizedText(zh: "今天（\(date)）不在学期 '\(semester.id)'（\(span)）之内", en: "today (\(date)) is outside the semester '\(semester.id)' (\(span))"),
                              hint: LocalizedText(zh: "用 \(flag) 给出学期内的日期", en: "give a date of the semester with \(flag)"))
            }
            throw Refusal(LocalizedText(zh: "\(flag)：\(date) 不在学期 '\(semester.id)'（\(span)）之内", en: "\(flag): \(date) is outside the semester '\(semester.id)' (\(span))"),
                          hint: LocalizedText(zh: "'semester use ID' 切换学期", en: "'semester use ID' switches to another semester"))
        }
        return date
    }

    /// The time of `--at` (default now, in the policy's time zone).
    func timeOfDay(_ arguments: ParsedArguments, flag: String = "--at") throws -> TimeOfDay {
        guard let text = arguments.value(flag) else {
            let policy = try policy()
            return Clock.now(timeZone: policy.timezone).time ?? policy.latestEnd
        }
        guard let time = TimeOfDay(text) else {
            throw Refusal(LocalizedText(zh: "\(flag)：'\(text)' 不是时间（HH:MM）", en: "\(flag): '\(text)' is not a time (HH:MM)"),
                          hint: LocalizedText(zh: "例如 16:45", en: "for example 16:45"))
        }
        return time
    }

    /// The weekday whose timetable `date` follows, or why there is no service that day.
    func timetableDay(_ date: CalendarDate, calendar: ServiceCalendar) throws -> Weekday {
        switch calendar.day(date) {
        case .open(let weekday): return weekday
        case .closed(let reason):
            let why = reason.map { LocalizedText(zh: "（\($0)）", en: " (\($0))") } ?? LocalizedText("")
            throw Refusal(LocalizedText(zh: "\(date) 停课\(why.text(.zh))：没有课后服务", en: "\(date) is closed\(why.text(.en)): there is no service"),
                          hint: LocalizedText(zh: "'calendar list' 显示停课日和调休日", en: "'calendar list' shows closed and make-up days"))
        case .notSchoolDay, .outsideSemester:
            let weekday = Weekday(index: date.weekdayIndex)
            throw Refusal(LocalizedText(zh: "\(date) 是\(weekday?.name(.zh) ?? "")，不是上学日", en: "\(date) is a \(weekday?.name(.en) ?? "day") and not a school day"),
                          hint: LocalizedText(zh: "调休上课日用 'calendar open DATE --as WEEKDAY' 设置", en: "a make-up school day is set with 'calendar open DATE --as WEEKDAY'"))
        }
    }

    /// Refuses unless the semester's allocation is published: registers and departures follow the published groups.
    func requirePublished(_ semester: Semester) throws {
        guard try database().isPublished(semester: semester.id) else {
            throw Refusal(zh: "分配还没有公布：点名册按公布的班组生成", en: "the allocation has not been published yet: registers follow the published groups",
                          hintZh: "先 match run，再 match publish", hintEn: "run 'match run', then 'match publish'")
        }
    }

    /// How a stored actor is shown: the coordinator by role, anyone else by id.
    func actorName(_ actor: String) -> String {
        actor == "admin" ? Role.admin.name.text(language) : actor
    }
}
