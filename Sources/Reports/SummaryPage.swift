import Model

/// The HTML page of one school's semester (`report summary --html`).
struct SummaryPage {
    let summary: Summary
    let language: Language

    func render() -> String {
        let school = summary.school.name[language]
        let title = "\(school) · \(ReportLabels.summaryTitle[language])"
        var body = "<header><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(semesterLine))</p></header>\n"
        body += "<div class=\"figures\">\n\(figures)</div>\n"
        body += facts
        body += "<div class=\"charts\">\n"
        body += HTMLReport.card(
            ReportLabels.byModule[language],
            HTMLReport.rateChart(
                id: "by-module", title: ReportLabels.byModule[language], keyHeader: ReportLabels.module[language],
                lines: summary.satisfactionByModule.cells.map {
                    .init(label: summary.moduleName($0.key, language), cell: $0)
                },
                language: language))
        body += HTMLReport.card(
            ReportLabels.byGrade[language],
            HTMLReport.rateChart(
                id: "by-grade", title: ReportLabels.byGrade[language], keyHeader: ReportLabels.grade[language],
                lines: summary.satisfactionByGrade.cells.map {
                    .init(label: ReportLabels.grade($0.key, language), cell: $0)
                },
                language: language))
        body += HTMLReport.card(
            ReportLabels.coverageByGrade[language],
            HTMLReport.coverageChart(
                id: "coverage-by-grade", title: ReportLabels.coverageByGrade[language],
                keyHeader: ReportLabels.grade[language],
                lines: summary.coverageByGrade.map { (ReportLabels.grade($0.key, language), $0.proportion) },
                language: language))
        body += HTMLReport.card(
            ReportLabels.distributions[language],
            DistributionSection(distributions: summary.distributions, language: language).render(),
            wide: true)
        body += "</div>\n<p class=\"note\">\(HTMLText.escape(ReportLabels.footnote[language]))</p>"
        return HTMLReport.page(title: title, language: language, body: body)
    }

    private var semesterLine: String {
        var line = "\(ReportLabels.semester[language]) \(summary.semester)"
        if let previous = summary.previousSemester {
            line +=
                language == .zh
                ? "（\(ReportLabels.comparedWith[language]) \(previous)）"
                : " (\(ReportLabels.comparedWith[language]) \(previous))"
        }
        return line
    }

    private var figures: String {
        let coverage = summary.coverage.current
        let coverageDetail =
            coverage.n > 0
            ? "\(HTMLText.count(coverage.k)) "
                + "/ \(HTMLText.count(coverage.n)) \(HTMLText.escape(ReportLabels.students[language]))"
            : HTMLText.escape(ReportLabels.noRoster[language])
        return HTMLReport.figure(
            ReportLabels.coverage[language], rate: coverage.rate,
            details: [coverageDetail, HTMLReport.comparison(summary.coverage, language)])
            + HTMLReport.figure(
                ReportLabels.awareness[language], rate: summary.awareness.current.rate,
                details: [
                    HTMLReport.countAndInterval(summary.awareness.current, language),
                    HTMLReport.comparison(summary.awareness, language),
                ])
            + HTMLReport.figure(
                ReportLabels.satisfaction[language], rate: summary.satisfaction.current.rate,
                details: [
                    HTMLReport.countAndInterval(summary.satisfaction.current, language),
                    HTMLReport.comparison(summary.satisfaction, language),
                ])
    }

    private var facts: String {
        var items = [responseLine]
        if let most = summary.mostSatisfiedModule {
            items.append(moduleFact(ReportLabels.mostSatisfied, most))
        }
        if let least = summary.leastSatisfiedModule {
            items.append(moduleFact(ReportLabels.leastSatisfied, least))
        }
        items.append("\(HTMLText.count(summary.comments)) \(HTMLText.escape(ReportLabels.comments[language]))")
        return "<ul class=\"card facts\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
    }

    /// `回收率 18.6%：发出问卷码 1,450 个，收回 270 份` / `Response rate 18.6%: 270 responses to 1,450 codes issued`.
    private var responseLine: String {
        let rate =
            "\(HTMLText.escape(ReportLabels.responseRate[language])) "
            + "<strong>\(HTMLText.percent(summary.responseRate))</strong>"
        let invited = HTMLText.count(summary.invited)
        let responses = HTMLText.count(summary.responses)
        return language == .zh
            ? "\(rate)：发出问卷码 \(invited) 个，收回 \(responses) 份"
            : "\(rate): \(responses) responses to \(invited) codes issued"
    }

    private func moduleFact(_ label: LocalizedText, _ cell: BreakdownCell) -> String {
        let separator = language == .zh ? "：" : ": "
        let name = HTMLText.escape(summary.moduleName(cell.key, language))
        return "\(HTMLText.escape(label[language]))\(separator)<strong>\(name)</strong>"
            + " \(HTMLText.percent(cell.rate)) (n = \(HTMLText.count(cell.n)))"
    }
}
