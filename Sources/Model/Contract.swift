/// A signed contract with an outside provider (P10): the provider may run clubs while it lasts.
public struct Contract: Sendable, Hashable {
    public var id: String
    public var provider: String
    public var from: CalendarDate
    public var to: CalendarDate

    public init(id: String, provider: String, from: CalendarDate, to: CalendarDate) {
        self.id = id
        self.provider = provider
        self.from = from
        self.to = to
    }

    /// True when the contract runs from the semester's first day to its last.
    public func covers(_ semester: Semester) -> Bool { from <= semester.from && to >= semester.to }
}
