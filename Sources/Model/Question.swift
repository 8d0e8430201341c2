/// One question of a survey form, or of a module's addition to the semester survey.
public struct Question: Sendable, Hashable, Identifiable {
    public var id: String
    public var type: QuestionType
    public var text: LocalizedText
    /// Shown when the person answering types `?`.
    public var help: LocalizedText?
    public var required: Bool
    /// When given, the question is asked only if this expression holds; it reads earlier questions.
    public var relevant: SourceText?
    /// When given, a non-empty answer must make this expression hold; `.` is the answer.
    public var constraint: SourceText?
    public var constraintMessage: LocalizedText?
    /// The options of a `single` or `multi` question, in the order shown.
    public var choices: [Choice]
    /// The bounds of a `scale` (always whole numbers), `integer` or `decimal` answer.
    public var min: Double?
    public var max: Double?
    /// Words for some points of a `scale`: `1: 很不满意`.
    public var labels: [Int: LocalizedText]
    /// The longest `text` answer, in characters.
    public var maxLength: Int?
    /// The answer proposed before the person answers, as answer text (`yes`, `3`, `time content`).
    public var defaultAnswer: String?

    public init(
        id: String, type: QuestionType, text: LocalizedText, help: LocalizedText? = nil, required: Bool = false,
        relevant: SourceText? = nil, constraint: SourceText? = nil, constraintMessage: LocalizedText? = nil,
        choices: [Choice] = [], min: Double? = nil, max: Double? = nil, labels: [Int: LocalizedText] = [:],
        maxLength: Int? = nil, defaultAnswer: String? = nil
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.help = help
        self.required = required
        self.relevant = relevant
        self.constraint = constraint
        self.constraintMessage = constraintMessage
        self.choices = choices
        self.min = min
        self.max = max
        self.labels = labels
        self.maxLength = maxLength
        self.defaultAnswer = defaultAnswer
    }

    /// The points of a `scale` question, low to high; nil for other types.
    public var scalePoints: ClosedRange<Int>? {
        guard type == .scale, let min, let max, min < max else { return nil }
        return Int(min)...Int(max)
    }

    /// The choice whose value is `value`.
    public func choice(_ value: String) -> Choice? { choices.first { $0.value == value } }
}

/// The kinds of answer a question takes, as the `type` key writes them.
public enum QuestionType: String, Sendable, Hashable, CaseIterable, Codable {
    case yesNo = "yes_no"
    case single, multi, scale, integer, decimal, text, date, time
}

/// An option of a `single`/`multi` question or a `choice`/`multi` field: a stored value and the
/// label people read (the value itself when the file gives none).
public struct Choice: Sendable, Hashable {
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText? = nil) {
        self.value = value
        self.label = label ?? LocalizedText(value)
    }
}
