/// One 100% stacked bar as inline SVG: how the answers to a scale question split over its points.
struct SVGStackedBar {
    /// One point of the scale.
    struct Segment {
        var label: String
        var count: Int
        var color: String
    }

    var title: String
    var segments: [Segment]
    /// Written across the bar when nobody answered.
    var emptyText: String

    private static let width = 360.0
    private static let height = 28.0

    /// The `<svg>` element.
    func render() -> String {
        let total = segments.reduce(0) { $0 + $1.count }
        var svg =
            "<svg class=\"stacked\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" "
            + "viewBox=\"0 0 \(HTMLText.coordinate(Self.width)) \(HTMLText.coordinate(Self.height))\" font-size=\"12\">"
        guard total > 0 else {
            return svg + "<rect width=\"360\" height=\"28\" fill=\"#f3f4f6\" stroke=\"#d1d5db\"/>"
                + "<text x=\"180\" y=\"18.5\" text-anchor=\"middle\" "
                + "fill=\"#6b7280\">\(HTMLText.escape(emptyText))</text></svg>"
        }
        var x = 0.0
        for segment in segments where segment.count > 0 {
            let share = Double(segment.count) / Double(total)
            let width = share * Self.width
            svg += "<g><title>\(HTMLText.escape(segment.label)): \(HTMLText.percent(share))</title>"
            svg +=
                "<rect x=\"\(HTMLText.coordinate(x))\" width=\"\(HTMLText.coordinate(width))\" height=\"28\" "
                + "fill=\"\(segment.color)\"/>"
            if width >= 28 {
                let ink = Palette.isDark(segment.color) ? "#ffffff" : "#111827"
                svg +=
                    "<text x=\"\(HTMLText.coordinate(x + width / 2))\" y=\"18.5\" text-anchor=\"middle\" "
                    + "fill=\"\(ink)\">"
                    + "\(Int((share * 100).rounded()))%</text>"
            }
            svg += "</g>"
            x += width
        }
        return svg + "</svg>"
    }
}

/// The colours of a scale's points, low (red) through neutral (grey) to high (blue).
enum Palette {
    private static let anchors: [(Double, Double, Double)] = [
        (202, 0, 32), (244, 165, 130), (224, 224, 224), (146, 197, 222), (5, 113, 176),
    ]

    /// `count` colours spread evenly from the low end of the scale to the high end.
    static func colors(count: Int) -> [String] {
        guard count > 1 else { return count == 1 ? [hex(anchors[4])] : [] }
        return (0..<count).map { index in
            let position = Double(index) / Double(count - 1) * Double(anchors.count - 1)
            let lower = min(Int(position), anchors.count - 2)
            let t = position - Double(lower)
            let a = anchors[lower]
            let b = anchors[lower + 1]
            return hex((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t))
        }
    }

    /// Whether white text reads better than black on `color` (`#rrggbb`).
    static func isDark(_ color: String) -> Bool {
        let digits = color.dropFirst()
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return false }
        let red = Double((value >> 16) & 0xFF)
        let green = Double((value >> 8) & 0xFF)
        let blue = Double(value & 0xFF)
        return 0.299 * red + 0.587 * green + 0.114 * blue < 140
    }

    private static func hex(_ rgb: (Double, Double, Double)) -> String {
        let parts = [rgb.0, rgb.1, rgb.2].map { component -> String in
            let byte = min(max(Int(component.rounded()), 0), 255)
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + parts.joined()
    }
}
