/// Lowercase hexadecimal text, by table: formatting each byte with `String(format:)` costs more
/// than hashing it (an import hashes every code it reads).
public enum Hex {
    /// `0`…`9`, `a`…`f` as UTF-8.
    public static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` as hexadecimal text, two digits a byte.
    public static func text<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(2 * bytes.underestimatedCount)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
