import Foundation
import Model

/// Where "today" and "now" come from: the system clock in the shell, a fixed moment in tests.
/// Every default date and time of a use case (`--date`, `--at`, the day a response keeps) is
/// read from the `SchoolContext`'s clock, and nowhere else.
public protocol SchoolClock: Sendable {
    /// The current moment.
    func now() -> Date
}

/// The computer's clock.
public struct SystemClock: SchoolClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock stopped at one moment, for tests and for reproducing a day's work.
public struct FixedClock: SchoolClock {
    public let moment: Date

    public init(_ moment: Date) { self.moment = moment }

    /// The clock stopped at `date` and `time` in the time zone `identifier`.
    public init?(date: CalendarDate, time: TimeOfDay, timeZone identifier: String) {
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        calendar.timeZone = zone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: time.minutes / 60, minute: time.minutes % 60)
        guard let moment = calendar.date(from: components) else { return nil }
        self.moment = moment
    }

    public func now() -> Date { moment }
}

extension SchoolClock {
    /// Today and the time of day in the time zone `identifier` (the policy's).
    public func today(timeZone identifier: String) -> (date: CalendarDate, time: TimeOfDay?) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now())
        let date =
            CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
        return (date, TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0))
    }
}
