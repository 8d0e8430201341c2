/// One published club as the engine sees it: who it serves, when it meets, how many it takes.
public struct Club: Hashable, Sendable {
    /// The grades the club serves, both ends included.
    public var grades: ClosedRange<Int>
    /// The weekdays the club meets; a student must be enrolled on all of them.
    public var days: Weekdays
    /// The index of the segment the club meets in.
    public var segment: Int
    /// The number of seats.
    public var capacity: Int
    /// The fewest students the club runs with; 0 means no minimum.
    public var minimum: Int

    /// Creates a club.
    public init(grades: ClosedRange<Int>, days: Weekdays, segment: Int, capacity: Int, minimum: Int = 0) {
        self.grades = grades
        self.days = days
        self.segment = segment
        self.capacity = capacity
        self.minimum = minimum
    }

    /// Whether two clubs meet at the same time: the same segment on at least one common day.
    public func clashes(with other: Club) -> Bool {
        segment == other.segment && !days.isDisjoint(with: other.days)
    }
}
