/// A date the school calendar changes: a holiday with no service, or a make-up school day (调休)
/// that follows another weekday's timetable.
public struct CalendarEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case closed, makeup
    }

    public var date: CalendarDate
    public var kind: Kind
    /// For a make-up day, the weekday whose timetable it follows.
    public var follows: Weekday?
    public var reason: String?

    public init(date: CalendarDate, kind: Kind, follows: Weekday? = nil, reason: String? = nil) {
        self.date = date
        self.kind = kind
        self.follows = follows
        self.reason = reason
    }
}

/// What a date is for the service: a day that follows a weekday's timetable, or a day without service.
public enum ServiceDay: Sendable, Hashable {
    /// Service runs, with the groups of `timetable` (the date's own weekday, or the one a make-up day follows).
    case open(timetable: Weekday)
    /// Closed by the school calendar (a holiday).
    case closed(reason: String?)
    /// Not one of the policy's days, and not a make-up day.
    case notSchoolDay
    /// Outside the semester.
    case outsideSemester

    /// The weekday whose groups meet, when there is service.
    public var timetable: Weekday? {
        if case .open(let day) = self { return day }
        return nil
    }
}

/// The semester's calendar: the policy's school days, less holidays, plus make-up days.
public struct ServiceCalendar: Sendable {
    public let semester: Semester
    public let days: [Weekday]
    public let entries: [CalendarDate: CalendarEntry]

    public init(semester: Semester, days: [Weekday], entries: [CalendarEntry]) {
        self.semester = semester
        self.days = days
        self.entries = Dictionary(entries.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// What `date` is for the service.
    public func day(_ date: CalendarDate) -> ServiceDay {
        guard semester.from <= date, date <= semester.to else { return .outsideSemester }
        if let entry = entries[date] {
            switch entry.kind {
            case .closed: return .closed(reason: entry.reason)
            case .makeup: if let follows = entry.follows { return .open(timetable: follows) }
            }
        }
        guard let weekday = Weekday(index: date.weekdayIndex), days.contains(weekday) else { return .notSchoolDay }
        return .open(timetable: weekday)
    }

    /// Every date of `range` (clipped to the semester) with service, and the weekday it follows.
    public func serviceDays(from start: CalendarDate, through end: CalendarDate) -> [(
        date: CalendarDate, timetable: Weekday
    )] {
        let first = max(start, semester.from)
        let last = min(end, semester.to)
        guard first <= last else { return [] }
        return (first.dayNumber...last.dayNumber).compactMap { number in
            let date = CalendarDate(dayNumber: number)
            return day(date).timetable.map { (date, $0) }
        }
    }
}
