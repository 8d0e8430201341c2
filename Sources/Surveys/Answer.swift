import Expressions
import Model

/// One question's answer, typed by the question's type. An unanswered question has no `Answer`:
/// empty is never zero, never `no`, never an empty text.
public enum Answer: Sendable, Hashable, CustomStringConvertible {
    /// `yes_no`.
    case yesNo(Bool)
    /// `single`: the chosen option's value.
    case choice(String)
    /// `multi`: the chosen options' values, in the order the question lists them; never empty.
    case choices([String])
    /// `scale` and `integer`.
    case integer(Int)
    case decimal(Double)
    /// `text`: never empty.
    case text(String)
    case date(CalendarDate)
    case time(TimeOfDay)

    /// The answer as stored and as `survey submit` takes it: `yes`, `time content`, `4`, `2.5`,
    /// `2025-03-14`, `15:30`.
    public var text: String {
        switch self {
        case .yesNo(let yes): yes ? "yes" : "no"
        case .choice(let value): value
        case .choices(let values): values.joined(separator: " ")
        case .integer(let n): String(n)
        case .decimal(let d): InputText.format(d)
        case .text(let text): text
        case .date(let date): date.description
        case .time(let time): time.description
        }
    }

    public var description: String { text }

    /// The answer inside an expression: `yes_no` as the string `'yes'` or `'no'`, numbers as
    /// numbers, `multi` as a selection, dates and times as their text.
    public var value: Value {
        switch self {
        case .yesNo, .choice, .text, .date, .time: .string(text)
        case .choices(let values): .multi(values)
        case .integer(let n): .number(Double(n))
        case .decimal(let d): .number(d)
        }
    }

    /// The answer as the person reads it back: option labels rather than values, and a scale
    /// point with its words (`3 一般`).
    public func display(for question: Question, in language: Language) -> String {
        switch self {
        case .yesNo(let yes):
            return AnswerOption.yesNoLabel(yes).text(language)
        case .choice(let value):
            return question.choice(value)?.label.text(language) ?? value
        case .choices(let values):
            let labels = values.map { question.choice($0)?.label.text(language) ?? $0 }
            return labels.joined(separator: language == .zh ? "、" : ", ")
        case .integer(let n):
            guard question.type == .scale, let label = question.labels[n] else { return text }
            return "\(n) \(label.text(language))"
        default:
            return text
        }
    }

    /// Reads an answer back from its stored text (`text`), for the question it answers; nil when
    /// the text no longer fits the question. A stored `text` answer is taken as it is.
    public init?(stored: String, for question: Question) {
        if question.type == .text {
            guard !stored.isEmpty else { return nil }
            self = .text(stored)
            return
        }
        guard case .success(let answer?) = question.parseAnswer(stored) else { return nil }
        self = answer
    }
}
