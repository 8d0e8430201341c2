/// A figure this semester beside the same figure last semester, and the change between them.
public struct SemesterComparison: Sendable, Hashable {
    public let current: Proportion
    /// Nil when there is no earlier semester to compare with.
    public let previous: Proportion?

    /// `current` beside `previous` (nil in a first semester).
    public init(current: Proportion, previous: Proportion? = nil) {
        self.current = current
        self.previous = previous
    }

    /// The current rate minus the previous one, as a fraction (0.032 is 3.2 percentage points);
    /// nil when either rate is missing.
    public var change: Double? {
        guard let now = current.rate, let before = previous?.rate else { return nil }
        return now - before
    }
}
