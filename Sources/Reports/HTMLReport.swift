import Model

/// The HTML pages of `report summary --html` and `report district --html`: one self-contained
/// file each — inline CSS and SVG, no scripts, nothing fetched — in the session's language,
/// readable on a phone and printable.
public enum HTMLReport {
    /// The page of a school's semester: the three figures, the breakdowns and the answers.
    public static func render(summary: Summary, language: Language) -> String {
        SummaryPage(summary: summary, language: language).render()
    }

    /// The page of a district: the pooled figures and every school beside the others.
    public static func render(district: DistrictReport, language: Language) -> String {
        DistrictPage(report: district, language: language).render()
    }

    /// The line every page carries in its head, by which a later run knows it may replace the file.
    public static let generatorMark = "<meta name=\"generator\" content=\"afterschool\">"

    /// A whole document around `body`.
    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(generatorMark)
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A white box with a heading; `wide` boxes take the whole row on wide screens.
    static func card(_ title: String, _ content: String, wide: Bool = false) -> String {
        "<section class=\"card\(wide ? " wide" : "")\"><h2>\(HTMLText.escape(title))</h2>\(content)</section>\n"
    }

    /// One of the big figures: its name, its rate, lines of detail (already HTML) and the comparison.
    static func figure(_ title: String, rate: Double?, details: [String]) -> String {
        var html = "<section class=\"figure\"><h2>\(HTMLText.escape(title))</h2>"
        html += "<p class=\"big\">\(HTMLText.percent(rate))</p>"
        for detail in details {
            html += "<p>\(detail)</p>"
        }
        return html + "</section>\n"
    }

    /// `n = 263 · 95% interval 25.5%–36.6%`, or the words for a rate that cannot be computed.
    static func countAndInterval(_ proportion: Proportion, _ language: Language) -> String {
        guard proportion.n > 0 else { return HTMLText.escape(ReportLabels.noResponses[language]) }
        return "n = \(HTMLText.count(proportion.n)) · \(HTMLText.escape(ReportLabels.interval[language])) "
            + "\(HTMLText.percent(proportion.low))–\(HTMLText.percent(proportion.high))"
    }

    /// `Last semester 30.1% · ▲ +2.8 pts`, coloured by the direction of the change.
    static func comparison(_ comparison: SemesterComparison, _ language: Language) -> String {
        guard let previous = comparison.previous else {
            return "<span class=\"flat\">\(HTMLText.escape(ReportLabels.noPrevious[language]))</span>"
        }
        var html = "\(HTMLText.escape(ReportLabels.lastSemester[language])) \(HTMLText.percent(previous.rate))"
        if let change = comparison.change {
            let rounded = Int((change * 1000).rounded())
            let (style, arrow) = rounded > 0 ? ("up", "▲") : rounded < 0 ? ("down", "▼") : ("flat", "＝")
            html +=
                " · <span class=\"\(style)\">\(arrow) \(HTMLText.signedPoints(change)) "
                + "\(HTMLText.escape(ReportLabels.points[language]))</span>"
        }
        return html
    }

    /// A rate for one bar and one table row: a breakdown cell, or a school's figure.
    struct RateLine {
        var label: String
        var proportion: Proportion
        var suppressed: Bool

        init(label: String, cell: BreakdownCell) {
            self.label = label
            proportion = cell.proportion ?? Proportion(k: 0, n: cell.n)
            suppressed = cell.suppressed
        }

        init(label: String, proportion: Proportion) {
            self.label = label
            self.proportion = proportion
            suppressed = false
        }
    }

    /// A bar chart of rates with their intervals, and the table of the same numbers under it.
    static func rateChart(id: String, title: String, keyHeader: String, lines: [RateLine], language: Language) -> String
    {
        guard !lines.isEmpty else { return "<p class=\"empty\">\(HTMLText.escape(ReportLabels.noData[language]))</p>" }
        let suppressedText = ReportLabels.suppressed[language]
        let chart = SVGBarChart(
            id: id, title: ReportLabels.chartOf[language] + title,
            rows: lines.map { line in
                SVGBarChart.Row(
                    label: line.label, value: line.proportion.rate, low: line.proportion.low,
                    high: line.proportion.high, suppressed: line.suppressed,
                    note: "n = \(HTMLText.count(line.proportion.n))")
            },
            suppressedText: suppressedText)
        let table = HTMLTable(
            caption: title,
            headers: [keyHeader, "n", ReportLabels.rate[language], ReportLabels.interval[language]],
            rows: lines.map { line in
                let p = line.proportion
                let interval =
                    line.suppressed
                    ? suppressedText
                    : p.n == 0 ? "—" : "\(HTMLText.percent(p.low))–\(HTMLText.percent(p.high))"
                return [line.label, HTMLText.count(p.n), line.suppressed ? "—" : HTMLText.percent(p.rate), interval]
            },
            numeric: [1, 2, 3], words: [suppressedText])
        return chart.render() + table.render()
    }

    /// A bar chart of coverage (students enrolled of the roster), and its table.
    static func coverageChart(
        id: String, title: String, keyHeader: String, lines: [(label: String, proportion: Proportion)],
        language: Language
    ) -> String {
        guard !lines.isEmpty else { return "<p class=\"empty\">\(HTMLText.escape(ReportLabels.noData[language]))</p>" }
        let chart = SVGBarChart(
            id: id, title: ReportLabels.chartOf[language] + title,
            rows: lines.map {
                SVGBarChart.Row(
                    label: $0.label, value: $0.proportion.rate,
                    note: "\(HTMLText.count($0.proportion.k)) / \(HTMLText.count($0.proportion.n))")
            },
            suppressedText: "")
        let table = HTMLTable(
            caption: title,
            headers: [
                keyHeader, ReportLabels.enrolled[language], ReportLabels.roster[language],
                ReportLabels.coverage[language],
            ],
            rows: lines.map {
                [
                    $0.label, HTMLText.count($0.proportion.k), HTMLText.count($0.proportion.n),
                    HTMLText.percent($0.proportion.rate),
                ]
            },
            numeric: [1, 2, 3])
        return chart.render() + table.render()
    }
}
