import Model
import Testing

@testable import Reports

@Suite struct ReportValueTests {
    private func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 10_000).rounded() / 10_000 }
    }

    @Test func summaryComparesWithLastSemester() throws {
        let summary = SampleReports.summary()
        // 81/263 − 200/240
        #expect(rounded(summary.satisfaction.change) == rounded(81.0 / 263.0 - 200.0 / 240.0))
        #expect(rounded(summary.coverage.change) == rounded(1203.0 / 1450.0 - 1150.0 / 1432.0))
        #expect(summary.responseRate == 270.0 / 1450.0)
        #expect(summary.comments == 37)
    }

    @Test func changeNeedsBothRates() {
        #expect(SemesterComparison(current: Proportion(k: 3, n: 4)).change == nil)
        #expect(SemesterComparison(current: Proportion(k: 3, n: 4), previous: .empty).change == nil)
        #expect(SemesterComparison(current: .empty, previous: Proportion(k: 3, n: 4)).change == nil)
        #expect(SemesterComparison(current: Proportion(k: 1, n: 2), previous: Proportion(k: 1, n: 4)).change == 0.25)
    }

    @Test func mostAndLeastSatisfiedSkipSuppressedModules() {
        let summary = SampleReports.summary()
        // labour (3 of 4) is suppressed with games (25 of 33, the next smallest).
        let suppressed = summary.satisfactionByModule.cells.filter(\.suppressed).map(\.key)
        #expect(suppressed == ["labour", "games"])
        #expect(summary.mostSatisfiedModule?.key == "sports")
        #expect(summary.leastSatisfiedModule?.key == "study")
        #expect(summary.moduleName("sports", .zh) == "体育锻炼")
        #expect(summary.moduleName("unknown", .en) == "unknown")
    }

    @Test func districtPoolsCountsAcrossSchools() throws {
        let report = SampleReports.district()
        let district = report.district
        #expect(district.school == nil)
        #expect(district.name == DistrictReport.districtName)
        #expect(district.coverage.k == 1203 + 640 + 0 + 380 && district.coverage.n == 1450 + 702 + 512 + 420)
        #expect(district.satisfaction.k == 81 + 290 + 3 && district.satisfaction.n == 263 + 330 + 4)
        #expect(district.awareness.k == 240 + 300 + 10 + 3 && district.awareness.n == 263 + 330 + 40 + 4)
        #expect(district.n == 270 + 331 + 40 + 4)
        #expect(district.invited == 1450 + 702 + 512 + 420)
        // Pooled, not the mean of the schools' rates.
        #expect(rounded(district.satisfaction.rate) == rounded(374.0 / 597.0))
        let mean = (81.0 / 263 + 290.0 / 330 + 3.0 / 4) / 3
        #expect(rounded(district.satisfaction.rate) != rounded(mean))
        #expect(rounded(district.satisfaction.low) == 0.5870)
        #expect(rounded(district.satisfaction.high) == 0.6643)
        #expect(report.schoolCoverage.k == 3 && report.schoolCoverage.n == 4 && report.schoolCoverage.rate == 0.75)
        #expect(report.schools.map(\.school) == ["zj2", "sx", "ty", "fx"])
        #expect(report.schools[2].satisfaction.rate == nil)
        #expect(report.offersService["ty"] == false)
    }

    @Test func emptyDistrictHasNoRates() {
        let report = DistrictReport(semester: "2024-2025-1", schools: [])
        #expect(report.district.coverage.rate == nil && report.district.satisfaction.rate == nil)
        #expect(report.schoolCoverage.rate == nil && report.district.responseRate == nil)
    }

    @Test func distributionListsEveryPointOfTheScale() throws {
        let question = Question(
            id: "overall", type: .scale, text: LocalizedText("总体"), min: 1, max: 5,
            labels: [1: LocalizedText("很不满意"), 5: LocalizedText("很满意")])
        let distribution = ScaleDistribution(question: question, counts: [5: 6, 4: 3, 1: 1])
        #expect(distribution.points.map(\.value) == [1, 2, 3, 4, 5])
        #expect(distribution.points.map(\.count) == [1, 0, 0, 3, 6])
        #expect(distribution.total == 10)
        #expect(distribution.points[4].name(.en) == "很满意" && distribution.points[1].name(.zh) == "2")
        let point = try #require(distribution.points.last)
        #expect(distribution.share(of: point) == 0.6)
    }
}
