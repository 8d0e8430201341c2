/// A horizontal bar chart of rates as inline SVG: one row per cell, its label above its bar, the
/// 95% interval as an error bar, and a hatched placeholder where a cell is suppressed.
///
/// The drawing has a fixed `viewBox` and scales to its box's width, so it never makes a phone
/// page scroll sideways.
struct SVGBarChart {
    /// One bar.
    struct Row {
        var label: String
        /// The rate, 0...1; nil draws no bar.
        var value: Double?
        var low: Double? = nil
        var high: Double? = nil
        var suppressed = false
        /// The words at the end of the label line, such as `n = 40`.
        var note: String = ""
    }

    /// Makes the hatch pattern's id unique on the page.
    var id: String
    /// What the chart shows, for screen readers.
    var title: String
    var rows: [Row]
    /// Written across a suppressed row's placeholder.
    var suppressedText: String

    private static let width = 360.0
    private static let barWidth = 280.0
    private static let top = 22.0
    private static let rowHeight = 44.0

    /// The `<svg>` element.
    func render() -> String {
        let height = Self.top + Double(rows.count) * Self.rowHeight
        var svg =
            "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" "
            + "viewBox=\"0 0 \(HTMLText.coordinate(Self.width)) \(HTMLText.coordinate(height))\" font-size=\"13\">"
        svg +=
            "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
            + "stroke=\"#b0b0b0\" stroke-width=\"2.5\"/>"
            + "</pattern></defs>"
        svg += axis(height: height)
        for (index, row) in rows.enumerated() {
            svg += draw(row, at: Self.top + Double(index) * Self.rowHeight)
        }
        return svg + "</svg>"
    }

    private func x(_ fraction: Double) -> String {
        HTMLText.coordinate(min(max(fraction, 0), 1) * Self.barWidth)
    }

    private func axis(height: Double) -> String {
        var svg = "<g class=\"axis\">"
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let anchor = tick == 0 ? "start" : tick == 1 ? "end" : "middle"
            svg +=
                "<line x1=\"\(x(tick))\" y1=\"16\" x2=\"\(x(tick))\" y2=\"\(HTMLText.coordinate(height))\" "
                + "stroke=\"#e3e6ea\"/>"
            svg +=
                "<text x=\"\(x(tick))\" y=\"12\" font-size=\"11\" text-anchor=\"\(anchor)\" "
                + "fill=\"#6b7280\">\(Int(tick * 100))%</text>"
        }
        return svg + "</g>"
    }

    private func draw(_ row: Row, at y: Double) -> String {
        let barY = y + 19
        let label = HTMLText.escape(HTMLText.truncated(row.label, ems: 17))
        var svg = "<g><title>\(HTMLText.escape(row.label))</title>"
        svg += "<text x=\"0\" y=\"\(HTMLText.coordinate(y + 13))\" fill=\"#1f2933\">\(label)</text>"
        if !row.note.isEmpty {
            svg +=
                "<text x=\"\(x(1))\" y=\"\(HTMLText.coordinate(y + 13))\" text-anchor=\"end\" font-size=\"11\" "
                + "fill=\"#6b7280\">"
                + "\(HTMLText.escape(row.note))</text>"
        }
        let valueY = HTMLText.coordinate(barY + 12)
        let valueX = HTMLText.coordinate(Self.barWidth + 6)
        if row.suppressed {
            svg +=
                "<rect x=\"0\" y=\"\(HTMLText.coordinate(barY))\" width=\"\(x(1))\" height=\"16\" "
                + "fill=\"url(#\(id)-hatch)\" stroke=\"#c4c4c4\"/>"
            svg +=
                "<text x=\"\(x(0.5))\" y=\"\(valueY)\" text-anchor=\"middle\" font-size=\"11.5\" fill=\"#1f2933\">"
                + "\(HTMLText.escape(suppressedText))</text>"
            svg += "<text x=\"\(valueX)\" y=\"\(valueY)\" fill=\"#6b7280\">—</text>"
        } else if let value = row.value {
            svg +=
                "<rect x=\"0\" y=\"\(HTMLText.coordinate(barY))\" width=\"\(x(value))\" height=\"16\" "
                + "fill=\"#3b73b9\"/>"
            if let low = row.low, let high = row.high {
                svg += errorBar(low: low, high: high, y: barY + 8)
            }
            svg +=
                "<text x=\"\(valueX)\" y=\"\(valueY)\" font-weight=\"600\" "
                + "fill=\"#1f2933\">\(HTMLText.percent(value))</text>"
        } else {
            svg += "<text x=\"\(valueX)\" y=\"\(valueY)\" fill=\"#6b7280\">—</text>"
        }
        return svg + "</g>"
    }

    private func errorBar(low: Double, high: Double, y: Double) -> String {
        let top = HTMLText.coordinate(y - 6)
        let bottom = HTMLText.coordinate(y + 6)
        let middle = HTMLText.coordinate(y)
        let style = "stroke=\"#111827\" stroke-width=\"1.5\""
        return "<g class=\"interval\">"
            + "<line x1=\"\(x(low))\" y1=\"\(middle)\" x2=\"\(x(high))\" y2=\"\(middle)\" \(style)/>"
            + "<line x1=\"\(x(low))\" y1=\"\(top)\" x2=\"\(x(low))\" y2=\"\(bottom)\" \(style)/>"
            + "<line x1=\"\(x(high))\" y1=\"\(top)\" x2=\"\(x(high))\" y2=\"\(bottom)\" \(style)/>"
            + "</g>"
    }
}
