import Model
import Store

extension SchoolContext {
    /// The current semester, or a refusal that says how to open one.
    public func currentSemester() throws -> Semester {
        guard let semester = try database().currentSemester() else {
            throw Refusal(
                zh: "还没有打开学期", en: "no semester is open",
                hintZh: "先用 'semester open ID --from DATE --to DATE' 打开一个学期",
                hintEn: "open one first with 'semester open ID --from DATE --to DATE'")
        }
        return semester
    }

    /// The semester a report is about: the one named, else the current one.
    public func reportSemester(_ id: String?) throws -> Semester {
        guard let id else { return try currentSemester() }
        let all = try database().semesters().all
        if let semester = all.first(where: { $0.id == id }) { return semester }
        let near = Suggestion.closest(to: id, among: all.map(\.id))
        throw Refusal(
            LocalizedText(zh: "没有学期 '\(id)'", en: "no semester '\(id)'"),
            hint: near.map(Suggestion.didYouMean)
                ?? LocalizedText(zh: "'semester list' 列出所有学期", en: "'semester list' shows every semester"))
    }

    /// The student with `id`, or a refusal with the nearest id as a hint.
    public func requireStudent(_ id: String) throws -> (student: Student, guardians: [Guardian]) {
        let database = try database()
        if let found = try database.student(id: id) { return found }
        let near = Suggestion.closest(to: id, among: try database.studentIDs())
        throw Refusal(
            LocalizedText(zh: "没有学生 '\(id)'", en: "no student '\(id)'"),
            hint: near.map(Suggestion.didYouMean)
                ?? LocalizedText(zh: "'student list' 列出所有学生", en: "'student list' shows every student"))
    }

    /// Every student's name, by id.
    public func studentNames() throws -> [String: String] {
        Dictionary(try database().students().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The club with `id`, or a refusal with the nearest id.
    public func requireClub(_ id: String) throws -> Club {
        let database = try database()
        if let club = try database.club(id: id) { return club }
        let ids = try database.clubs(semester: try currentSemester().id).map(\.id)
        let near = Suggestion.closest(to: id, among: ids)
        throw Refusal(
            LocalizedText(zh: "没有社团 '\(id)'", en: "no club '\(id)'"),
            hint: near.map(Suggestion.didYouMean)
                ?? LocalizedText(zh: "'club list' 列出本学期的社团", en: "'club list' shows this semester's clubs"))
    }

    /// The allocation to show: the draft when there is one (for staff), else the published one.
    public func shownAllocation(publishedOnly: Bool = false) throws -> (Semester, AllocationState) {
        let semester = try currentSemester()
        let database = try database()
        if publishedOnly {
            guard try database.isPublished(semester: semester.id) else {
                throw Refusal(zh: "分配还没有公布", en: "the allocation has not been published yet")
            }
            return (semester, .published)
        }
        guard let state = try database.shownAllocationState(semester: semester.id) else {
            throw Refusal(
                LocalizedText(zh: "学期 '\(semester.id)' 还没有运行分配", en: "no allocation has been run for '\(semester.id)'"),
                hint: LocalizedText(zh: "先运行 match run", en: "run 'match run' first"))
        }
        return (semester, state)
    }

    /// Refuses unless the semester's allocation is published: registers and departures follow the published groups.
    public func requirePublished(_ semester: Semester) throws {
        guard try database().isPublished(semester: semester.id) else {
            throw Refusal(
                zh: "分配还没有公布：点名册按公布的班组生成",
                en: "the allocation has not been published yet: registers follow the published groups",
                hintZh: "先 match run，再 match publish", hintEn: "run 'match run', then 'match publish'")
        }
    }

    // MARK: Days

    /// The current semester's calendar: the policy's days, holidays and make-up days.
    public func serviceCalendar(_ semester: Semester) throws -> ServiceCalendar {
        ServiceCalendar(
            semester: semester, days: try policy().days, entries: try database().calendarEntries(semester: semester.id))
    }

    /// The date `given` with `flag` (nil: today, by the clock, in the policy's time zone), which
    /// must lie in `semester`.
    public func semesterDate(_ given: CalendarDate?, flag: String = "--date", in semester: Semester) throws
        -> CalendarDate
    {
        let date = try given ?? today()
        guard semester.from <= date, date <= semester.to else {
            let span = "\(semester.from) – \(semester.to)"
            if given == nil {
                throw Refusal(
                    LocalizedText(
                        zh: "今天（\(date)）不在学期 '\(semester.id)'（\(span)）之内",
                        en: "today (\(date)) is outside the semester '\(semester.id)' (\(span))"),
                    hint: LocalizedText(zh: "用 \(flag) 给出学期内的日期", en: "give a date of the semester with \(flag)"))
            }
            throw Refusal(
                LocalizedText(
                    zh: "\(flag)：\(date) 不在学期 '\(semester.id)'（\(span)）之内",
                    en: "\(flag): \(date) is outside the semester '\(semester.id)' (\(span))"),
                hint: LocalizedText(zh: "'semester use ID' 切换学期", en: "'semester use ID' switches to another semester"))
        }
        return date
    }

    /// The time `given` (nil: now, by the clock, in the policy's time zone).
    public func timeOfDay(_ given: TimeOfDay?) throws -> TimeOfDay {
        if let given { return given }
        return try now().time ?? policy().latestEnd
    }

    /// The weekday whose timetable `date` follows, or why there is no service that day.
    public func timetableDay(_ date: CalendarDate, calendar: ServiceCalendar) throws -> Weekday {
        switch calendar.day(date) {
        case .open(let weekday): return weekday
        case .closed(let reason):
            let why = reason.map { LocalizedText(zh: "（\($0)）", en: " (\($0))") } ?? LocalizedText("")
            throw Refusal(
                LocalizedText(
                    zh: "\(date) 停课\(why.text(.zh))：没有课后服务",
                    en: "\(date) is closed\(why.text(.en)): there is no service"),
                hint: LocalizedText(
                    zh: "'calendar list' 显示停课日和调休日", en: "'calendar list' shows closed and make-up days"))
        case .notSchoolDay, .outsideSemester:
            let weekday = Weekday(index: date.weekdayIndex)
            throw Refusal(
                LocalizedText(
                    zh: "\(date) 是\(weekday?.name(.zh) ?? "")，不是上学日",
                    en: "\(date) is a \(weekday?.name(.en) ?? "day") and not a school day"),
                hint: LocalizedText(
                    zh: "调休上课日用 'calendar open DATE --as WEEKDAY' 设置",
                    en: "a make-up school day is set with 'calendar open DATE --as WEEKDAY'"))
        }
    }
}
