import Testing

@testable import Reports

/// Reference values computed independently (Python, z = 1.959963984540054) to 4 decimals.
@Suite struct ProportionTests {
    private func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 10_000).rounded() / 10_000 }
    }

    @Test(arguments: [
        (81, 263, 0.3080, 0.2553, 0.3662),
        (45, 50, 0.9000, 0.7864, 0.9565),
        (3, 4, 0.7500, 0.3006, 0.9544),
        (5, 9, 0.5556, 0.2667, 0.8112),
        (200, 480, 0.4167, 0.3734, 0.4613),
        (0, 10, 0.0, 0.0, 0.2775),
        (10, 10, 1.0, 0.7225, 1.0),
        (0, 1, 0.0, 0.0, 0.7935),
        (1, 1, 1.0, 0.2065, 1.0),
    ])
    func wilsonIntervalMatchesReference(k: Int, n: Int, rate: Double, low: Double, high: Double) {
        let proportion = Proportion(k: k, n: n)
        #expect(rounded(proportion.rate) == rate)
        #expect(rounded(proportion.low) == low)
        #expect(rounded(proportion.high) == high)
    }

    @Test func edgesAreExact() throws {
        let none = Proportion(k: 0, n: 37)
        #expect(try #require(none.low) == 0)
        #expect(try #require(none.rate) == 0)
        let all = Proportion(k: 37, n: 37)
        #expect(try #require(all.high) == 1)
        #expect(try #require(all.rate) == 1)
        for k in 0...20 {
            let p = Proportion(k: k, n: 20)
            let low = try #require(p.low)
            let high = try #require(p.high)
            let rate = try #require(p.rate)
            #expect(0 <= low && low <= rate && rate <= high && high <= 1)
        }
    }

    @Test func emptyCountHasNoRate() {
        let empty = Proportion(k: 0, n: 0)
        #expect(empty.rate == nil && empty.low == nil && empty.high == nil)
        #expect(Proportion.empty == empty)
        #expect(Proportion(k: 3, n: 0).rate == nil)
    }

    @Test func countsOutsideRangeAreClamped() {
        #expect(Proportion(k: 12, n: 10).rate == 1)
        #expect(Proportion(k: -1, n: 10).k == 0)
        #expect(Proportion(k: 1, n: -4).n == 0)
    }

    @Test func poolingSumsCountsNotRates() {
        let pooled = Proportion.pooled([Proportion(k: 120, n: 130), Proportion(k: 37, n: 40), Proportion.empty])
        #expect(pooled.k == 157 && pooled.n == 170)
        #expect(rounded(pooled.rate) == 0.9235)
        #expect(rounded(pooled.low) == 0.8736)
        #expect(rounded(pooled.high) == 0.9548)
    }

    @Test func ratiosWithoutDenominatorAreNil() {
        #expect(Figures.responseRate(responses: 263, invited: 0) == nil)
        #expect(Figures.responseRate(responses: 263, invited: 1450) == 263.0 / 1450.0)
        #expect(Figures.coverage(enrolled: 0, roster: 0).rate == nil)
        #expect(Figures.coverage(enrolled: 1203, roster: 1450).rate == 1203.0 / 1450.0)
        #expect(Figures.schoolCoverage(offering: 3, schools: 4).rate == 0.75)
        #expect(Figures.schoolCoverage(offering: 0, schools: 0).rate == nil)
    }

    @Test func surveyFigureReportCarriesCodesAndResponses() {
        let report = SatisfactionReport(measure: .satisfaction, k: 81, n: 263, responses: 270, invited: 1450)
        #expect(rounded(report.rate) == 0.3080)
        #expect(report.n == 263 && report.k == 81 && report.responses == 270 && report.invited == 1450)
        #expect(report.responseRate == 270.0 / 1450.0)
        let nothing = AwarenessReport(measure: .awareness, k: 0, n: 0, responses: 0, invited: 0)
        #expect(nothing.rate == nil && nothing.low == nil && nothing.high == nil && nothing.responseRate == nil)
    }
}
