/// A semester: the unit for which groups are fixed (P8) and surveys are run (P13).
public struct Semester: Sendable, Hashable, Codable {
    public var id: String
    public var from: CalendarDate
    public var to: CalendarDate

    public init(id: String, from: CalendarDate, to: CalendarDate) {
        self.id = id
        self.from = from
        self.to = to
    }

    public func overlaps(_ other: Semester) -> Bool { from <= other.to && other.from <= to }
}
