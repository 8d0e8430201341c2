/// The grades a module or club serves, written `1-5` or a single grade `3`.
public struct GradeRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The grades a primary or nine-year school has.
    public static let validGrades: ClosedRange<Int> = 1...9

    public let lower: Int
    public let upper: Int

    /// A range of valid grades; nil when a bound is outside 1-9 or the range is reversed.
    public init?(lower: Int, upper: Int) {
        guard GradeRange.validGrades.contains(lower), GradeRange.validGrades.contains(upper), lower <= upper else {
            return nil
        }
        self.lower = lower
        self.upper = upper
    }

    /// Parses `1-5` or `3`; nil for other text, grades outside 1-9 and reversed ranges.
    public init?(_ text: String) {
        guard let bounds = GradeRange.bounds(of: text) else { return nil }
        self.init(lower: bounds.lower, upper: bounds.upper)
    }

    /// The two numbers of `A-B` (or `A` twice for a single grade), without judging them, so that a
    /// loader can tell "not a range" from "reversed" and "outside 1-9".
    public static func bounds(of text: String) -> (lower: Int, upper: Int)? {
        let parts = text.filter { $0 != " " }.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let lower = Int(parts[0]), let upper = Int(parts[parts.count - 1])
        else { return nil }
        return (lower, upper)
    }

    /// Whether `grade` is in the range.
    public func contains(_ grade: Int) -> Bool { (lower...upper).contains(grade) }

    /// Whether every grade of `other` is in this range.
    public func contains(_ other: GradeRange) -> Bool { lower <= other.lower && other.upper <= upper }

    /// Whether the two ranges share a grade.
    public func overlaps(_ other: GradeRange) -> Bool { lower <= other.upper && other.lower <= upper }

    /// `1-5`, or `3` for a single grade.
    public var description: String { lower == upper ? String(lower) : "\(lower)-\(upper)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let range = GradeRange(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a grade range: \(text)"))
        }
        self = range
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
