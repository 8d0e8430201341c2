/// A value an expression reads or yields. XLSForm semantics: unanswered is `.empty`, never zero.
public enum Value: Sendable, Hashable {
    case empty
    case number(Double)
    case string(String)
    case boolean(Bool)
    /// The selected values of a `multi` question, or a club's `days`.
    case multi([String])
}

extension Value {
    /// Whether the value counts as true: boolean true, a non-zero number, a non-empty string or multi.
    public var isTruthy: Bool {
        switch self {
        case .empty: false
        case .number(let n): n != 0 && !n.isNaN
        case .string(let s): !s.isEmpty
        case .boolean(let b): b
        case .multi(let values): !values.isEmpty
        }
    }

    /// Whether the value is unanswered: `.empty` only; an empty string is a real answer.
    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }

    /// Empty, an empty string or an empty selection: what `coalesce` skips.
    var isBlank: Bool {
        switch self {
        case .empty: true
        case .string(let s): s.isEmpty
        case .multi(let values): values.isEmpty
        case .number, .boolean: false
        }
    }

    /// The value as a number, when it is one or reads as one; answers arrive as text.
    var numeric: Double? {
        switch self {
        case .number(let n): n
        case .string(let s): Value.parseNumber(s)
        case .boolean(let b): b ? 1 : 0
        case .multi(let values): values.count == 1 ? Value.parseNumber(values[0]) : nil
        case .empty: nil
        }
    }

    /// The value as text, as a person would write it: `3` rather than `3.0`, selections space-separated.
    public var text: String {
        switch self {
        case .empty: ""
        case .number(let n): Value.format(n)
        case .string(let s): s
        case .boolean(let b): b ? "true" : "false"
        case .multi(let values): values.joined(separator: " ")
        }
    }

    /// The selected values: a multi's own, a string's space-separated parts, nothing for empty.
    var selections: [String] {
        switch self {
        case .empty: []
        case .multi(let values): values
        case .string(let s): s.split(whereSeparator: { $0 == " " }).map(String.init)
        case .number, .boolean: [text]
        }
    }

    /// Reads plain decimal text (`12`, `-3.5`, `.5`, surrounding spaces allowed); nothing else, so
    /// `inf`, `nan` and hexadecimal stay text.
    static func parseNumber(_ text: String) -> Double? {
        var trimmed = Substring(text)
        while trimmed.utf8.first == UInt8(ascii: " ") { trimmed = trimmed.dropFirst() }
        while trimmed.utf8.last == UInt8(ascii: " ") { trimmed = trimmed.dropLast() }
        var digits = 0
        var sawPoint = false
        var isFirst = true
        for byte in trimmed.utf8 {
            defer { isFirst = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ".") where !sawPoint: sawPoint = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if !isFirst { return nil }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return Double(trimmed)
    }

    /// Formats a number without a trailing `.0` when it is whole.
    static func format(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 1e15 {
            return String(Int64(n))
        }
        return String(n)
    }
}
