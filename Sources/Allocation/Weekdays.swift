/// A set of weekdays as a 7-bit mask, Monday first (`mon` is bit 0, `sun` bit 6).
///
/// The mask is what the engine compares in its inner loop: a club fits a student's enrolment
/// when `club.days.isSubset(of: enrolment.days)`.
public struct Weekdays: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8

    /// Creates a set from a mask; bits above bit 6 are dropped.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue & 0x7F
    }

    public static let mon = Weekdays(rawValue: 1 << 0)
    public static let tue = Weekdays(rawValue: 1 << 1)
    public static let wed = Weekdays(rawValue: 1 << 2)
    public static let thu = Weekdays(rawValue: 1 << 3)
    public static let fri = Weekdays(rawValue: 1 << 4)
    public static let sat = Weekdays(rawValue: 1 << 5)
    public static let sun = Weekdays(rawValue: 1 << 6)

    /// Monday to Friday.
    public static let schoolWeek: Weekdays = [.mon, .tue, .wed, .thu, .fri]

    /// The short English names the shell and the declarations use, indexed by day (0 = Monday).
    public static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The set holding the one day with index `day` (0 = Monday ... 6 = Sunday).
    public init(day: Int) {
        precondition((0..<7).contains(day), "day index out of range")
        self.init(rawValue: UInt8(1) << UInt8(day))
    }

    /// The set of days whose short names are given (`["mon", "wed"]`); nil if a name is unknown.
    public init?(names: some Sequence<String>) {
        var mask: UInt8 = 0
        for name in names {
            guard let index = Weekdays.names.firstIndex(of: name) else { return nil }
            mask |= 1 << UInt8(index)
        }
        self.init(rawValue: mask)
    }

    /// The day indices in the set, in week order (0 = Monday).
    public var dayIndices: [Int] {
        (0..<7).filter { rawValue & (1 << UInt8($0)) != 0 }
    }

    /// The number of days in the set.
    public var count: Int { rawValue.nonzeroBitCount }

    /// Whether the set holds the day with index `day`.
    public func contains(day: Int) -> Bool {
        (0..<7).contains(day) && rawValue & (1 << UInt8(day)) != 0
    }

    /// The days as the shell writes them: `mon,wed`.
    public var description: String {
        dayIndices.map { Weekdays.names[$0] }.joined(separator: ",")
    }
}
