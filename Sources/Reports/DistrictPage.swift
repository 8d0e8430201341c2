import Model

/// The HTML page of a district (`report district --html`): the pooled figures, then every school.
struct DistrictPage {
    let report: DistrictReport
    let language: Language

    func render() -> String {
        let title = ReportLabels.districtTitle[language]
        var body =
            "<header><h1>\(HTMLText.escape(title))</h1>"
            + "<p>\(HTMLText.escape("\(ReportLabels.semester[language]) \(report.semester)"))</p></header>\n"
        body += "<div class=\"figures\">\n\(figures)</div>\n<div class=\"charts\">\n"
        body += HTMLReport.card(
            ReportLabels.satisfactionBySchool[language],
            HTMLReport.rateChart(
                id: "satisfaction-by-school", title: ReportLabels.satisfactionBySchool[language],
                keyHeader: ReportLabels.school[language],
                lines: report.schools.map { .init(label: $0.name[language], proportion: $0.satisfaction) },
                language: language))
        body += HTMLReport.card(
            ReportLabels.awarenessBySchool[language],
            HTMLReport.rateChart(
                id: "awareness-by-school", title: ReportLabels.awarenessBySchool[language],
                keyHeader: ReportLabels.school[language],
                lines: report.schools.map { .init(label: $0.name[language], proportion: $0.awareness) },
                language: language))
        body += HTMLReport.card(
            ReportLabels.coverageBySchool[language],
            HTMLReport.coverageChart(
                id: "coverage-by-school", title: ReportLabels.coverageBySchool[language],
                keyHeader: ReportLabels.school[language],
                lines: report.schools.map { ($0.name[language], $0.coverage) }, language: language))
        body += HTMLReport.card(ReportLabels.allSchools[language], schoolsTable, wide: true)
        body += "</div>\n<p class=\"note\">\(HTMLText.escape(ReportLabels.districtFootnote[language]))</p>"
        return HTMLReport.page(title: title, language: language, body: body)
    }

    private var figures: String {
        let district = report.district
        let schools = report.schoolCoverage
        let coverageDetail =
            district.coverage.n > 0
            ? "\(HTMLText.count(district.coverage.k)) "
                + "/ \(HTMLText.count(district.coverage.n)) \(HTMLText.escape(ReportLabels.students[language]))"
            : HTMLText.escape(ReportLabels.noRoster[language])
        return HTMLReport.figure(
            ReportLabels.schoolCoverage[language], rate: schools.rate,
            details: ["\(schools.k) / \(schools.n) \(HTMLText.escape(ReportLabels.schoolsOffering[language]))"])
            + HTMLReport.figure(
                ReportLabels.coverage[language], rate: district.coverage.rate, details: [coverageDetail])
            + HTMLReport.figure(
                ReportLabels.awareness[language], rate: district.awareness.rate,
                details: [HTMLReport.countAndInterval(district.awareness, language)])
            + HTMLReport.figure(
                ReportLabels.satisfaction[language], rate: district.satisfaction.rate,
                details: [HTMLReport.countAndInterval(district.satisfaction, language)])
    }

    private var schoolsTable: String {
        let headers = [
            ReportLabels.school[language], ReportLabels.offersService[language], ReportLabels.coverage[language],
            ReportLabels.awareness[language], ReportLabels.satisfaction[language], ReportLabels.responses[language],
            ReportLabels.responseRate[language],
        ]
        let rows = (report.schools + [report.district]).map { row -> [String] in
            let offers =
                row.school.map {
                    report.offersService[$0] == true ? ReportLabels.yes[language] : ReportLabels.no[language]
                }
                ?? "\(report.schoolCoverage.k) / \(report.schoolCoverage.n)"
            return [
                row.name[language], offers, HTMLText.percent(row.coverage.rate), HTMLText.percent(row.awareness.rate),
                HTMLText.percent(row.satisfaction.rate), HTMLText.count(row.n), HTMLText.percent(row.responseRate),
            ]
        }
        return HTMLTable(
            caption: ReportLabels.allSchools[language], headers: headers, rows: rows, numeric: [2, 3, 4, 5, 6]
        ).render()
    }
}
