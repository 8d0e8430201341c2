import Model

/// One option of a question as it is shown: what to type for it, the value it stores and its words.
public struct AnswerOption: Sendable, Hashable {
    /// What the person types to pick it: the option's number, or for a scale the point itself.
    public let key: String
    /// The value stored: `yes`, a choice's value, a scale point.
    public let value: String
    /// The option's words; nil for a scale point without a label.
    public let label: LocalizedText?

    /// Makes an option shown as `key`.
    public init(key: String, value: String, label: LocalizedText?) {
        self.key = key
        self.value = value
        self.label = label
    }

    /// The words of `yes` or `no`.
    static func yesNoLabel(_ yes: Bool) -> LocalizedText {
        yes ? LocalizedText(zh: "是", en: "yes") : LocalizedText(zh: "否", en: "no")
    }
}

extension Question {
    /// The options shown for this question, in order: `1 是`/`2 否` for `yes_no`, the numbered
    /// choices of `single` and `multi`, the points of a `scale`; empty for other types.
    public var options: [AnswerOption] {
        switch type {
        case .yesNo:
            return [
                AnswerOption(key: "1", value: "yes", label: AnswerOption.yesNoLabel(true)),
                AnswerOption(key: "2", value: "no", label: AnswerOption.yesNoLabel(false)),
            ]
        case .single, .multi:
            return choices.enumerated().map {
                AnswerOption(key: String($0.offset + 1), value: $0.element.value, label: $0.element.label)
            }
        case .scale:
            guard let points = scalePoints else { return [] }
            return points.map { AnswerOption(key: String($0), value: String($0), label: labels[$0]) }
        case .integer, .decimal, .text, .date, .time:
            return []
        }
    }
}
