/// How many terminal columns text takes, so that tables line up when they mix Chinese and Latin.
///
/// East Asian Wide and Fullwidth characters take two columns, Ambiguous ones one, combining
/// marks none (the table is generated from the Unicode Character Database).
public enum DisplayWidth {
    /// The display width of `text`.
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// The display width of one code point: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if contains(EastAsianWidthTable.wide, value) { return 2 }
        if contains(EastAsianWidthTable.zero, value) { return 0 }
        return 1
    }

    /// `text` followed by spaces up to `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    private static func contains(_ ranges: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].0 {
                high = mid - 1
            } else if value > ranges[mid].1 {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
