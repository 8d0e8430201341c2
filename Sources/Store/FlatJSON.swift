/// Reads a flat JSON object of strings in place — what the database keeps a response's answers
/// in, `{"aware":"yes","overall":"4"}`, as `JSONText` and SQLite's `json_object` write it —
/// handing each key and value over as bytes, unescaped. The reports read a million such objects
/// for a handful of keys each: SQLite's `json_extract` parses the object again for every key it
/// is asked, and decoding whole objects into Swift strings costs more still. Anything that is
/// not a flat object of strings (a number, a nested value, text that is not JSON) makes it give
/// up, and the caller asks SQLite instead.
enum FlatJSON {
    /// Calls `pair` with each key and its value, in order; false, part way through perhaps, when
    /// `bytes` is not a flat object of strings.
    static func forEachPair(
        in bytes: UnsafeBufferPointer<UInt8>,
        _ pair: (_ key: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        var position = skipSpace(bytes, 0)
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return false }
        position = skipSpace(bytes, position + 1)
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            return skipSpace(bytes, position + 1) == bytes.count
        }
        while true {
            var key: [UInt8] = []
            var value: [UInt8] = []
            guard let keyRange = string(bytes, at: position, unescapingInto: &key) else { return false }
            position = skipSpace(bytes, keyRange.next)
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
            position = skipSpace(bytes, position + 1)
            guard let valueRange = string(bytes, at: position, unescapingInto: &value) else { return false }
            withBytes(bytes, keyRange, key) { key in
                withBytes(bytes, valueRange, value) { value in pair(key, value) }
            }
            position = skipSpace(bytes, valueRange.next)
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case UInt8(ascii: ","): position = skipSpace(bytes, position + 1)
            case UInt8(ascii: "}"): return skipSpace(bytes, position + 1) == bytes.count
            default: return false
            }
        }
    }

    /// A string's content in the bytes, the position after its closing quote, and whether its
    /// content holds escapes.
    private typealias Token = (content: Range<Int>, next: Int, escaped: Bool)

    /// The string starting with the quote at `start`. When it holds escapes, `unescaped`
    /// receives its decoded bytes.
    private static func string(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, unescapingInto unescaped: inout [UInt8]
    ) -> Token? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
        var position = start + 1
        var escaped = false
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                let content = (start + 1)..<position
                if escaped { guard unescape(bytes, content, into: &unescaped) else { return nil } }
                return (content, position + 1, escaped)
            case UInt8(ascii: "\\"):
                escaped = true
                position += 2
            case ..<0x20:
                return nil
            default:
                position += 1
            }
        }
        return nil
    }

    /// Decodes the escapes of a string's content (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`,
    /// `\uXXXX` with surrogate pairs) into UTF-8; false for an escape JSON does not have.
    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, into output: inout [UInt8])
        -> Bool
    {
        var position = content.lowerBound
        while position < content.upperBound {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                position += 1
                continue
            }
            guard position + 1 < content.upperBound else { return false }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex(bytes, position, content.upperBound) else { return false }
                position += 4
                if (0xD800..<0xDC00).contains(code) {
                    // A high surrogate: its low half must follow as another \u escape.
                    guard position + 1 < content.upperBound, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u"),
                        let low = hex(bytes, position + 2, content.upperBound), (0xDC00..<0xE000).contains(low)
                    else { return false }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                }
                guard let scalar = Unicode.Scalar(code) else { return false }
                output.append(contentsOf: String(Character(scalar)).utf8)
            default:
                return false
            }
        }
        return true
    }

    /// The four hexadecimal digits at `position`, as a number.
    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> UInt32? {
        guard position + 4 <= end else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The first position from `start` that is not JSON white space.
    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return position
            }
        }
        return position
    }

    /// A string's bytes as they stand, or its unescaped bytes when it had escapes.
    private static func withBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ unescaped: [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        if token.escaped {
            unescaped.withUnsafeBufferPointer(body)
        } else {
            body(UnsafeBufferPointer(rebasing: bytes[token.content]))
        }
    }
}
