/// A share of a count — `k` of `n` — with its 95% Wilson score interval.
///
/// Every rate the reports print is one of these: satisfaction and awareness (responses where the
/// policy's expression holds, out of the responses that answer every value it reads), coverage
/// (students enrolled out of the roster) and the response rate. With `n = 0` there is no rate:
/// `rate`, `low` and `high` are nil rather than NaN.
public struct Proportion: Sendable, Hashable {
    /// The z value of a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    /// The successes counted.
    public let k: Int
    /// The count they are a share of.
    public let n: Int
    /// `k / n`, or nil when `n` is 0.
    public let rate: Double?
    /// The Wilson interval's lower bound, or nil when `n` is 0.
    public let low: Double?
    /// The Wilson interval's upper bound, or nil when `n` is 0.
    public let high: Double?

    /// The share `k` of `n`. Counts outside `0...n` are clamped into it, so that a miscount can
    /// never print a rate above 100% or below 0.
    public init(k: Int, n: Int) {
        let n = max(n, 0)
        let k = min(max(k, 0), n)
        self.k = k
        self.n = n
        guard n > 0 else {
            rate = nil
            low = nil
            high = nil
            return
        }
        let bounds = Proportion.wilson(k: k, n: n, z: Proportion.z95)
        rate = Double(k) / Double(n)
        low = bounds.low
        high = bounds.high
    }

    /// The proportion of nothing: no rate and no bounds.
    public static let empty = Proportion(k: 0, n: 0)

    /// The Wilson score interval of `k` successes in `n > 0` trials, clamped to 0...1 and exact
    /// at the edges (0 when `k = 0`, 1 when `k = n`) so that rounding never prints `-0.0%`.
    public static func wilson(k: Int, n: Int, z: Double) -> (low: Double, high: Double) {
        let count = Double(n)
        let p = Double(k) / count
        let z2 = z * z
        let denominator = 1 + z2 / count
        let centre = (p + z2 / (2 * count)) / denominator
        let half = z / denominator * (p * (1 - p) / count + z2 / (4 * count * count)).squareRoot()
        let low = k == 0 ? 0 : min(max(centre - half, 0), 1)
        let high = k == n ? 1 : min(max(centre + half, 0), 1)
        return (low, high)
    }

    /// The two proportions' successes and counts added: how district totals pool schools.
    public static func + (lhs: Proportion, rhs: Proportion) -> Proportion {
        Proportion(k: lhs.k + rhs.k, n: lhs.n + rhs.n)
    }

    /// The pooled proportion of all `parts` (sum of `k` over sum of `n`), never an average of rates.
    public static func pooled(_ parts: some Sequence<Proportion>) -> Proportion {
        parts.reduce(Proportion.empty, +)
    }
}
