/// JSON text, written as SQLite's `json_object` writes it: for the JSON the program prints, and
/// for what the database keeps as JSON (a response's answers), which SQLite's functions read back.
public enum JSONText {
    /// `text` as a JSON string, in quotes.
    public static func string(_ string: String) -> String {
        var text = ""
        appendString(string, to: &text)
        return text
    }

    /// `{"key":"value",…}` with the pairs in the order given.
    public static func object(_ pairs: [(key: String, value: String)]) -> String {
        var text = "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { text += "," }
            appendString(pair.key, to: &text)
            text += ":"
            appendString(pair.value, to: &text)
        }
        return text + "}"
    }

    /// `string` as a JSON string: in quotes, with quotes, backslashes and control characters escaped.
    public static func appendString(_ string: String, to text: inout String) {
        text += "\""
        // Most answers need no escape: copy them whole.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
