import Model

/// The answers to every scale question as 100% stacked bars. Consecutive questions whose points
/// carry the same words share one legend and one table.
struct DistributionSection {
    let distributions: [ScaleDistribution]
    let language: Language

    func render() -> String {
        guard !distributions.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(ReportLabels.noData[language]))</p>"
        }
        return groups.map(renderGroup).joined()
    }

    /// Runs of consecutive questions with the same points and words.
    private var groups: [[ScaleDistribution]] {
        var groups: [[ScaleDistribution]] = []
        for distribution in distributions {
            if let last = groups.last?.last, legendKey(last) == legendKey(distribution) {
                groups[groups.count - 1].append(distribution)
            } else {
                groups.append([distribution])
            }
        }
        return groups
    }

    private func legendKey(_ distribution: ScaleDistribution) -> [String] {
        distribution.points.map { "\($0.value)=\($0.name(language))" }
    }

    private func renderGroup(_ group: [ScaleDistribution]) -> String {
        guard let first = group.first else { return "" }
        let colors = Palette.colors(count: first.points.count)
        var html = "<ul class=\"legend\">"
        for (point, color) in zip(first.points, colors) {
            html +=
                "<li><span class=\"swatch\" "
                + "style=\"background:\(color)\"></span>\(HTMLText.escape(legendName(point)))</li>"
        }
        html += "</ul><div class=\"questions\">"
        for distribution in group {
            let text = distribution.text[language]
            html += "<div><p class=\"question\">\(HTMLText.escape(text))</p>"
            let segments = zip(distribution.points, colors).map { point, color in
                SVGStackedBar.Segment(label: legendName(point), count: point.count, color: color)
            }
            let description = distribution.points.map {
                "\(legendName($0)) \(HTMLText.percent(distribution.share(of: $0)))"
            }
            html +=
                SVGStackedBar(
                    title: ReportLabels.stackedOf[language] + text + "; " + description.joined(separator: ", "),
                    segments: segments, emptyText: ReportLabels.noAnswers[language]
                ).render() + "</div>"
        }
        return html + "</div>" + table(group)
    }

    private func legendName(_ point: ScaleDistribution.Point) -> String {
        let name = point.name(language)
        return name == String(point.value) ? name : "\(point.value) \(name)"
    }

    private func table(_ group: [ScaleDistribution]) -> String {
        guard let first = group.first else { return "" }
        let headers =
            [ReportLabels.question[language]] + first.points.map(legendName) + [ReportLabels.answers[language]]
        let rows = group.map { distribution in
            [distribution.text[language]]
                + distribution.points.map {
                    "\(HTMLText.count($0.count)) (\(HTMLText.percent(distribution.share(of: $0))))"
                }
                + [HTMLText.count(distribution.total)]
        }
        return HTMLTable(
            caption: ReportLabels.distributions[language], headers: headers, rows: rows,
            numeric: Set(1..<headers.count), longRowHeaders: true
        ).render()
    }
}
