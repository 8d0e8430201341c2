/// A figure broken down by module, grade, class or semester, with small cells suppressed.
///
/// A cell with fewer than `threshold` responses never shows its rate. When exactly one cell of a
/// breakdown is suppressed, the smallest of the others is suppressed with it, so that the total
/// minus the shown cells cannot reveal the hidden one. A family counts once under each distinct
/// grade, class or module of its children, so the cells may add up to more than the total.
public struct Breakdown: Sendable, Hashable {
    /// What the cells' keys are.
    public enum Dimension: String, Sendable, Hashable, CaseIterable, Codable {
        case module, grade, `class`, semester
    }

    /// The fewest responses a cell shows a rate for.
    public static let threshold = 5

    public let dimension: Dimension
    /// The cells in the order given.
    public let cells: [BreakdownCell]

    /// The breakdown of `counts` (each key's successes `k` out of `n`), in the order given.
    public init(dimension: Dimension, counts: [(key: String, k: Int, n: Int)], threshold: Int = Breakdown.threshold) {
        self.dimension = dimension
        cells = Breakdown.cells(counts, threshold: threshold)
    }

    /// The cells of `counts` in the order given, with small cells suppressed.
    ///
    /// The companion of a lone suppressed cell is the shown cell with the smallest `n`, the
    /// smallest key (in Unicode order) among equal `n`. A cell with no responses is hidden too but
    /// protects nothing (subtracting zero gives a hidden cell away), so it never counts as a
    /// lone cell's companion.
    public static func cells(_ counts: [(key: String, k: Int, n: Int)], threshold: Int = Breakdown.threshold)
        -> [BreakdownCell]
    {
        let proportions = counts.map { Proportion(k: $0.k, n: $0.n) }
        var suppressed = proportions.map { $0.n < threshold }
        if proportions.indices.count(where: { suppressed[$0] && proportions[$0].n > 0 }) == 1 {
            let companion = proportions.indices
                .filter { !suppressed[$0] }
                .min { a, b in
                    proportions[a].n != proportions[b].n
                        ? proportions[a].n < proportions[b].n : counts[a].key < counts[b].key
                }
            if let companion { suppressed[companion] = true }
        }
        return counts.indices.map {
            BreakdownCell(key: counts[$0].key, proportion: proportions[$0], suppressed: suppressed[$0])
        }
    }

    /// The shown cell with the highest rate (more responses, then the smaller key, among equals).
    public var highest: BreakdownCell? { ranked.first }

    /// The shown cell with the lowest rate (more responses, then the smaller key, among equals);
    /// nil unless at least two cells are shown, so that one module is never both best and worst.
    public var lowest: BreakdownCell? {
        let ranked = ranked(descending: false)
        return ranked.count >= 2 ? ranked.first : nil
    }

    private var ranked: [BreakdownCell] { ranked(descending: true) }

    private func ranked(descending: Bool) -> [BreakdownCell] {
        cells.filter { !$0.suppressed && $0.rate != nil }.sorted { a, b in
            guard let rateA = a.rate, let rateB = b.rate else { return false }
            if rateA != rateB { return descending ? rateA > rateB : rateA < rateB }
            if a.n != b.n { return a.n > b.n }
            return a.key < b.key
        }
    }
}
