/// JSON text, written as SQLite's `json_object` writes it: for the JSON the program prints, and
/// for what the database keeps as JSON (a response's answers), which SQLite's functions read back.
public enum JSONText {
    /// `text` as a JSON string, in quotes.
    public static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `{"key":"value",…}` with the pairs in the order given.
    public static func object(_ pairs: [(key: String, value: String)]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pairs.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 })
        bytes.append(UInt8(ascii: "{"))
        for (index, pair) in pairs.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(pair.key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendString(pair.value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string, in quotes, with quotes, backslashes and control characters
    /// escaped. Byte by byte: no byte of a character beyond ASCII needs escaping.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let backslash = UInt8(ascii: "\\")
        bytes.append(quote)
        for byte in text.utf8 {
            switch byte {
            case quote, backslash: bytes += [backslash, byte]
            case 0x0A: bytes += [backslash, UInt8(ascii: "n")]
            case 0x0D: bytes += [backslash, UInt8(ascii: "r")]
            case 0x09: bytes += [backslash, UInt8(ascii: "t")]
            case 0x08: bytes += [backslash, UInt8(ascii: "b")]
            case 0x0C: bytes += [backslash, UInt8(ascii: "f")]
            case ..<0x20: bytes += Array("\\u00".utf8) + [Hex.digits[Int(byte >> 4)], Hex.digits[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(quote)
    }
}
