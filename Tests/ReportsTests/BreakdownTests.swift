import Testing

@testable import Reports

@Suite struct BreakdownTests {
    private func suppressedKeys(_ counts: [(key: String, k: Int, n: Int)]) -> [String] {
        Breakdown.cells(counts).filter(\.suppressed).map(\.key)
    }

    @Test func noSmallCellSuppressesNothing() {
        let cells = Breakdown.cells([("arts", 40, 50), ("sports", 30, 31), ("science", 5, 5)])
        #expect(cells.allSatisfy { !$0.suppressed })
        #expect(cells.map(\.key) == ["arts", "sports", "science"])
        #expect(cells[0].rate == 0.8 && cells[0].k == 40 && cells[0].low != nil && cells[0].high != nil)
    }

    @Test func oneSmallCellTakesTheNextSmallestWithIt() {
        #expect(
            suppressedKeys([("arts", 40, 50), ("labour", 2, 4), ("sports", 10, 12), ("science", 20, 30)]) == [
                "labour", "sports",
            ])
    }

    @Test func suppressedCellKeepsItsCountButHidesItsRate() throws {
        let cells = Breakdown.cells([("arts", 40, 50), ("labour", 2, 4), ("sports", 10, 12)])
        let labour = try #require(cells.first { $0.key == "labour" })
        #expect(labour.suppressed && labour.n == 4)
        #expect(
            labour.rate == nil && labour.low == nil && labour.high == nil && labour.k == nil && labour.proportion == nil
        )
        let sports = try #require(cells.first { $0.key == "sports" })
        #expect(sports.suppressed && sports.n == 12 && sports.rate == nil)
    }

    @Test func twoSmallCellsAreEnough() {
        #expect(
            suppressedKeys([("arts", 40, 50), ("labour", 2, 4), ("reading", 1, 3), ("sports", 10, 12)]) == [
                "labour", "reading",
            ])
    }

    @Test func allSmallCellsAreAllSuppressed() {
        let cells = Breakdown.cells([("1", 1, 1), ("2", 2, 4), ("3", 0, 0)])
        #expect(cells.allSatisfy { $0.suppressed && $0.rate == nil })
    }

    @Test func aLoneCellIsSuppressedAlone() {
        #expect(suppressedKeys([("arts", 1, 3)]) == ["arts"])
        #expect(suppressedKeys([]) == [])
    }

    @Test func tiesOnCountGoToTheSmallerKey() {
        #expect(
            suppressedKeys([("zeta", 5, 9), ("arts", 1, 4), ("beta", 6, 9), ("alpha", 3, 20)]) == ["arts", "beta"])
        // The same whatever order the cells come in.
        #expect(
            Set(suppressedKeys([("beta", 6, 9), ("alpha", 3, 20), ("arts", 1, 4), ("zeta", 5, 9)])) == ["arts", "beta"])
    }

    @Test func thresholdIsFiveResponses() {
        #expect(suppressedKeys([("a", 4, 5), ("b", 3, 5), ("c", 1, 4)]) == ["a", "c"])
        #expect(suppressedKeys([("a", 4, 5), ("b", 3, 5)]) == [])
    }

    @Test func highestAndLowestAmongShownCells() {
        let breakdown = Breakdown(
            dimension: .module,
            counts: [
                ("arts", 45, 50), ("labour", 4, 4), ("sports", 10, 12), ("science", 18, 30), ("reading", 24, 30),
                ("study", 34, 40),
            ])
        // labour (4 of 4) is suppressed, and sports with it: neither can be best or worst.
        #expect(breakdown.highest?.key == "arts")
        #expect(breakdown.lowest?.key == "science")
    }

    @Test func equalRatesPreferMoreResponses() {
        let breakdown = Breakdown(
            dimension: .module, counts: [("arts", 9, 10), ("sports", 18, 20), ("science", 5, 10), ("music", 10, 20)])
        #expect(breakdown.highest?.key == "sports")
        #expect(breakdown.lowest?.key == "music")
    }

    @Test func oneShownCellIsNotAlsoTheLeast() {
        let breakdown = Breakdown(dimension: .grade, counts: [("3", 9, 10)])
        #expect(breakdown.highest?.key == "3")
        #expect(breakdown.lowest == nil)
        #expect(Breakdown(dimension: .grade, counts: []).highest == nil)
    }
}
