import Foundation
import Model
import TestSupport
import Testing

@testable import Reports

@Suite struct HTMLReportTests {
    private static let pages: [(String, String)] = Language.allCases.flatMap { language in
        [
            ("summary.\(language.rawValue)", HTMLReport.render(summary: SampleReports.summary(), language: language)),
            (
                "district.\(language.rawValue)",
                HTMLReport.render(district: SampleReports.district(), language: language)
            ),
        ]
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(arguments: pages.map(\.1))
    func pageIsSelfContained(html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("@import") && !html.contains("url(http") && !html.contains("@font-face"))
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("<iframe"))
        #expect(!html.contains("src="))
        // Every url() points inside the page.
        for part in html.components(separatedBy: "url(").dropFirst() {
            #expect(part.hasPrefix("#"))
        }
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print"))
    }

    @Test(arguments: pages.map(\.1))
    func everyChartIsAnImageWithAName(html: String) {
        let svgs = html.components(separatedBy: "<svg").dropFirst()
        #expect(!svgs.isEmpty)
        for svg in svgs {
            let tag = svg.prefix { $0 != ">" }
            #expect(tag.contains("role=\"img\""))
            #expect(tag.contains("aria-label=\""))
            #expect(tag.contains("viewBox="))
        }
        // A table under every bar chart.
        #expect(occurrences(of: "<table>", in: html) >= occurrences(of: "<svg class=\"chart\"", in: html))
    }

    @Test func summaryPageShowsTheFiguresAndChartsInChinese() {
        let html = HTMLReport.render(summary: SampleReports.summary(), language: .zh)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("上海市金山区朱泾第二小学"))
        #expect(html.contains("覆盖度") && html.contains("知晓率") && html.contains("满意率"))
        #expect(html.contains("83.0%"))  // coverage 1203 / 1450
        #expect(html.contains("30.8%") && html.contains("25.5%–36.6%"))  // satisfaction 81 / 263 and its interval
        #expect(html.contains("▼ −52.5 个百分点"))  // 30.8% against 83.3%
        #expect(html.contains("少于 5 份回复，不显示"))
        #expect(html.contains("最满意的模块：<strong>体育锻炼</strong>"))
        #expect(html.contains("37 条文字意见"))
        // 6 modules + 5 grades + 5 grades of coverage as bars, 8 questions as stacked bars.
        #expect(occurrences(of: "<svg class=\"chart\"", in: html) == 3)
        #expect(occurrences(of: "<svg class=\"stacked\"", in: html) == 8)
        #expect(occurrences(of: "<g class=\"interval\">", in: html) == 4 + 5)
    }

    @Test func suppressedCellsShowNoRateAnywhere() {
        let html = HTMLReport.render(summary: SampleReports.summary(), language: .en)
        // labour: 3 of 4 (75.0%) and games: 25 of 33 (75.8%) are hidden.
        #expect(!html.contains("75.0%") && !html.contains("75.8%"))
        #expect(occurrences(of: "fewer than 5 responses", in: html) >= 4)
    }

    @Test func summaryPageInEnglish() {
        let html = HTMLReport.render(summary: SampleReports.summary(), language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Zhujing No. 2 Primary School"))
        #expect(html.contains("Coverage") && html.contains("Awareness") && html.contains("Satisfaction by module"))
        #expect(html.contains("Grade 3") && html.contains("Very satisfied"))
        #expect(!html.contains("满意率"))
    }

    @Test func namesAreEscaped() {
        let name = LocalizedText("<script>alert(\"x\")</script> & 'Co'")
        var summary = SampleReports.summary(schoolName: name)
        summary.moduleNames["arts"] = LocalizedText("A<b>&\"")
        for language in Language.allCases {
            let html = HTMLReport.render(summary: summary, language: language)
            #expect(!html.contains("<script"))
            #expect(!html.contains("<b>"))
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"))
            #expect(html.contains("A&lt;b&gt;&amp;&quot;"))
        }
        let district = DistrictReport(
            semester: "s<1>",
            schools: [
                .init(
                    school: Policy.School(id: "x", name: name), offersService: true, enrolled: 1, roster: 2,
                    awareness: .empty, satisfaction: .empty, responses: 0, invited: 0)
            ])
        let html = HTMLReport.render(district: district, language: .zh)
        #expect(!html.contains("<script") && html.contains("s&lt;1&gt;"))
    }

    @Test func emptySemesterSaysSo() {
        let summary = Summary(
            school: Policy.School(id: "x", name: LocalizedText("新校")), semester: "2024-2025-1",
            coverage: SemesterComparison(current: .empty), awareness: SemesterComparison(current: .empty),
            satisfaction: SemesterComparison(current: .empty), invited: 0, responses: 0, comments: 0)
        let zh = HTMLReport.render(summary: summary, language: .zh)
        #expect(zh.contains("尚无回复，无法计算") && zh.contains("暂无数据") && zh.contains("无上学期数据"))
        #expect(!zh.contains("nan") && !zh.contains("NaN") && !zh.contains("inf"))
        let en = HTMLReport.render(summary: summary, language: .en)
        #expect(en.contains("No responses yet") && en.contains("The roster is empty"))
    }

    @Test func districtPageListsSchoolsAndTotals() {
        let html = HTMLReport.render(district: SampleReports.district(), language: .zh)
        #expect(html.contains("区课后服务报告") && html.contains("全区合计") && html.contains("亭林小学"))
        #expect(html.contains("75.0%"))  // 3 of 4 schools offer service
        #expect(html.contains("3 / 4 所学校开展服务"))
        #expect(occurrences(of: "<svg class=\"chart\"", in: html) == 3)
        let en = HTMLReport.render(district: SampleReports.district(), language: .en)
        #expect(en.contains("District total") && en.contains("Tinglin Primary School"))
    }

    @Test func formatting() {
        #expect(HTMLText.percent(0.30798) == "30.8%")
        #expect(HTMLText.percent(1) == "100.0%")
        #expect(HTMLText.percent(nil) == "—")
        #expect(HTMLText.signedPoints(0.0281) == "+2.8")
        #expect(HTMLText.signedPoints(-0.0123) == "−1.2")
        #expect(HTMLText.signedPoints(0.00001) == "±0.0")
        #expect(
            HTMLText.count(1450) == "1,450" && HTMLText.count(12) == "12" && HTMLText.count(1_234_567) == "1,234,567")
        #expect(
            HTMLText.coordinate(12.04) == "12" && HTMLText.coordinate(12.46) == "12.5"
                && HTMLText.coordinate(-0.3) == "-0.3")
        #expect(HTMLText.truncated("上海市金山区朱泾第二小学附属实验学校课后服务中心", ems: 10).hasSuffix("…"))
        #expect(HTMLText.truncated("体育", ems: 10) == "体育")
        #expect(Palette.colors(count: 5) == ["#ca0020", "#f4a582", "#e0e0e0", "#92c5de", "#0571b0"])
        #expect(Palette.colors(count: 11).count == 11)
    }

    /// Writes the sample pages (`summary.zh.html`, `summary.en.html`, `district.zh.html`,
    /// `district.en.html`) and reads each back whole. They go into a new temporary folder, or into
    /// the folder named by `REPORT_SAMPLE_OUT`, for `scripts/check-report-page.sh` to render.
    @Test func writeSamplePages() throws {
        let temporary = try TemporaryFolder("sample-pages")
        defer { temporary.remove() }
        let named = ProcessInfo.processInfo.environment["REPORT_SAMPLE_OUT"] ?? ""
        let directory = named.isEmpty ? temporary.path : named
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(Set(Self.pages.map(\.0)).count == 2 * Language.allCases.count)
        for (name, html) in Self.pages {
            let path = (directory as NSString).appendingPathComponent("\(name).html")
            try html.write(toFile: path, atomically: true, encoding: .utf8)
            let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, "\(path)")
            #expect(size > 0, "\(path)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == html, "\(path)")
        }
    }
}
