/// A family's word that a child will not stay on some days (a parent's leave request).
public struct LeaveRequest: Sendable, Hashable {
    public var id: Int
    public var student: String
    public var from: CalendarDate
    public var to: CalendarDate
    public var reason: String?
    /// Who asked: a guardian's id, or `admin` for the coordinator.
    public var requestedBy: String
    /// Who cancelled it, when it was cancelled.
    public var cancelledBy: String?

    public init(
        id: Int, student: String, from: CalendarDate, to: CalendarDate, reason: String?, requestedBy: String,
        cancelledBy: String? = nil
    ) {
        self.id = id
        self.student = student
        self.from = from
        self.to = to
        self.reason = reason
        self.requestedBy = requestedBy
        self.cancelledBy = cancelledBy
    }

    public var isCancelled: Bool { cancelledBy != nil }

    /// Whether the leave covers `date`.
    public func covers(_ date: CalendarDate) -> Bool { from <= date && date <= to }
}
