/// One cell of a `--by` breakdown: a module, grade, class or semester, its count and its rate.
///
/// A suppressed cell keeps its `n` (how many responses fell under it is not the secret) but shows
/// neither its rate, its bounds nor its successes.
public struct BreakdownCell: Sendable, Hashable, Identifiable {
    /// The module id, grade, class or semester id the cell counts.
    public let key: String
    /// The responses under the key that answer every value the expression reads.
    public let n: Int
    /// The responses where the expression holds; nil when suppressed.
    public let k: Int?
    /// `k / n`; nil when suppressed or when `n` is 0.
    public let rate: Double?
    /// The 95% Wilson interval; nil when suppressed or when `n` is 0.
    public let low: Double?
    public let high: Double?
    /// Whether the cell hides its rate (fewer than the threshold's responses, or hidden beside one that has).
    public let suppressed: Bool

    public var id: String { key }

    /// A cell showing `proportion`, or hiding it when `suppressed`.
    public init(key: String, proportion: Proportion, suppressed: Bool) {
        self.key = key
        n = proportion.n
        self.suppressed = suppressed
        k = suppressed ? nil : proportion.k
        rate = suppressed ? nil : proportion.rate
        low = suppressed ? nil : proportion.low
        high = suppressed ? nil : proportion.high
    }

    /// The cell's proportion when it is shown; nil when suppressed.
    public var proportion: Proportion? {
        guard let k, !suppressed else { return nil }
        return Proportion(k: k, n: n)
    }
}
