/// Escaping and number formatting for the report pages.
enum HTMLText {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `30.8%` for 0.30798; `—` for nil.
    static func percent(_ fraction: Double?) -> String {
        guard let fraction, fraction.isFinite else { return "—" }
        return tenths(fraction * 100) + "%"
    }

    /// A change in percentage points with its sign: `+2.8`, `−1.2`, `±0.0`.
    static func signedPoints(_ change: Double) -> String {
        let rounded = Int((change * 1000).rounded())
        let sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±"
        return sign + tenths(Double(abs(rounded)) / 10)
    }

    /// A non-negative number to one decimal: `30.8`.
    static func tenths(_ value: Double) -> String {
        let scaled = Int((abs(value) * 10).rounded())
        return (value < 0 && scaled > 0 ? "-" : "") + "\(scaled / 10).\(scaled % 10)"
    }

    /// A count with thousands separated: `1,450`.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// An SVG coordinate to at most one decimal: `12`, `12.5`.
    static func coordinate(_ value: Double) -> String {
        let scaled = Int((value * 10).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        return sign + (magnitude % 10 == 0 ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)")
    }

    /// `text` cut to about `ems` wide (CJK characters one em, others about half), with `…` when cut.
    static func truncated(_ text: String, ems: Double) -> String {
        guard width(text) > ems else { return text }
        var result = ""
        var used = 0.0
        for character in text {
            let next = width(String(character))
            if used + next > ems - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// About how wide `text` is, in ems.
    static func width(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (isWide(scalar) ? 1 : scalar.properties.isUppercase ? 0.68 : 0.56)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}
