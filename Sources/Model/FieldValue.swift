/// A value a club carries: one of a module's declared fields, or one of the club's own facts in a
/// template (`title`, `grades`, `days` …), already interpreted by its declared type.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    /// `text` and `choice` fields, and the facts `segment`, `room` and `teacher`.
    case text(String)
    /// `integer` fields, and the facts `capacity` and `min`.
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    /// `multi` fields: the selected values in the order written.
    case multi([String])
    case time(TimeOfDay)
    /// The fact `title`.
    case localized(LocalizedText)
    /// The fact `grades`.
    case grades(GradeRange)
    /// The fact `days`.
    case days([Weekday])

    /// The value as it would be typed after a flag: `操场`, `24`, `3-5`, `mon,wed`, `true`.
    public var description: String {
        switch self {
        case .text(let text): text
        case .integer(let n): String(n)
        case .decimal(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .boolean(let b): b ? "true" : "false"
        case .multi(let values): values.joined(separator: ",")
        case .time(let time): time.description
        case .localized(let text): text.text(.zh)
        case .grades(let range): range.description
        case .days(let days): days.map(\.rawValue).joined(separator: ",")
        }
    }
}
