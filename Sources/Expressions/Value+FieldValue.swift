import Model

extension Value {
    /// The value a club's field or fact has inside an expression: numbers as numbers, `multi`
    /// fields and `days` as selections, everything else as the text it would be typed as.
    public init(_ field: FieldValue) {
        switch field {
        case .text(let text): self = .string(text)
        case .integer(let n): self = .number(Double(n))
        case .decimal(let d): self = .number(d)
        case .boolean(let b): self = .boolean(b)
        case .multi(let values): self = .multi(values)
        case .days(let days): self = .multi(days.map(\.rawValue))
        case .time, .localized, .grades: self = .string(field.description)
        }
    }
}
