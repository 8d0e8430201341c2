/// What a person types, made comparable: Chinese input methods often produce full-width digits,
/// letters and punctuation (`３`, `，`, `：`), which mean the same as their ASCII forms here.
enum InputText {
    /// `text` without surrounding white space (the ideographic space included).
    static func trimmed(_ text: String) -> String {
        // Most text has nothing to trim: check the ends before walking characters, and for an
        // ASCII end its byte, which is its scalar, before decoding scalars.
        guard let head = text.utf8.first, let tail = text.utf8.last else { return text }
        if head < 0x80, tail < 0x80, !isSpace(Unicode.Scalar(head)), !isSpace(Unicode.Scalar(tail)) { return text }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            isSpace(first) || isSpace(last)
        else { return text }
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// White space, answered quickly for ASCII (the Unicode property look-up is slow).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        // The ideographic space U+3000 is the last white space in Unicode: Chinese text ends here.
        if scalar.value > 0x3000 { return false }
        return scalar.properties.isWhitespace
    }

    /// Full-width ASCII forms as ASCII and the ideographic space as a space, then trimmed.
    static func normalized(_ text: String) -> String {
        // Most text, ASCII or Chinese, has no full-width forms to fold.
        if !text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) {
            return trimmed(text)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return trimmed(String(scalars))
    }

    /// The form two words are compared in: normalized and lowercased, so `Timing` matches `timing`.
    static func folded(_ text: String) -> String {
        isFolded(text) ? text : normalized(text).lowercased()
    }

    /// Whether `text` is ASCII without capitals or surrounding white space: folded already, as
    /// most values and typed words are, so folding it need not make a new string.
    private static func isFolded(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        let space = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        return !space(first) && !space(last) && utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    }

    /// The parts of a list answer: split on commas (ASCII, full-width or `、`) and semicolons.
    static func commaParts(_ text: String) -> [String] {
        // Without a separator there is one part, found without walking characters.
        if !hasSeparator(text) {
            let part = trimmed(text)
            return part.isEmpty ? [] : [part]
        }
        return text.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == ";" }).map { trimmed(String($0)) }.filter {
            !$0.isEmpty
        }
    }

    /// Whether `text` holds a byte of `,` or `;`, or the bytes of `、`: a text without them has no
    /// character that `commaParts` splits on.
    private static func hasSeparator(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x2C || byte == 0x3B || (byte == 0x81 && previous == (0xE3, 0x80)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The space-separated words of `text`.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        return text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Plain decimal text (`12`, `-3.5`, `.5`): digits with at most one point and a leading sign;
    /// nothing else, so `1e5`, `inf` and `0x10` are not numbers.
    static func number(_ text: String) -> Double? {
        var digits = 0
        var sawPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ".") where !sawPoint: sawPoint = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index > 0 { return nil }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return Double(text)
    }

    /// A number as people write it: `3` rather than `3.0`.
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
