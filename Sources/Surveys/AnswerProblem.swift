import Model

/// Why an answer was refused. The person is told why and asked again; `survey submit` and
/// `survey import` report it against the question.
public enum AnswerProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not an option's number, value or label. `numbers` are the keys that pick an option and
    /// `values` the values that may be typed, for the hint.
    case notAnOption(String, numbers: ClosedRange<Int>?, values: [String])
    case notANumber(String)
    case notAWholeNumber(String)
    /// Outside the question's `min`/`max`.
    case outOfRange(String, min: Double?, max: Double?)
    /// Longer than `max_length`, with the answer's length in characters.
    case tooLong(maxLength: Int, length: Int)
    case notADate(String)
    case notATime(String)
    /// An option picked twice in a `multi` answer.
    case repeated(String)
    /// The question's `constraint` does not hold; `message` is its `constraint_message`.
    case constraintFailed(String, message: LocalizedText?)
    /// An empty answer to a `required` question.
    case required
    /// An answer given for a question that `relevant` hides.
    case notApplicable(question: String)
    /// An answer given for a question the form does not have.
    case unknownQuestion(String, suggestion: String?)
    /// `<` at the first question.
    case atFirstQuestion
    /// At the review, neither a confirmation nor the number of a listed question.
    case notAQuestionNumber(String, count: Int)
    /// At the review, an empty line: the answers wait for `y` or a question's number.
    case awaitingConfirmation

    /// The problem in `language`, lowercase apart from a form's own `constraint_message`.
    public func message(_ language: Language) -> String {
        language == .zh ? chinese : english
    }

    /// What to type instead, when there is something useful to say.
    public func hint(_ language: Language) -> String? {
        language == .zh ? chineseHint : englishHint
    }

    public var description: String { english }

    private var english: String {
        switch self {
        case .notAnOption(let input, _, _): "'\(input)' is not one of the options"
        case .notANumber(let input): "'\(input)' is not a number"
        case .notAWholeNumber(let input): "'\(input)' is not a whole number"
        case .outOfRange(let input, let min?, let max?): "'\(input)' is not between \(f(min)) and \(f(max))"
        case .outOfRange(let input, let min?, nil): "'\(input)' is less than \(f(min))"
        case .outOfRange(let input, _, let max): "'\(input)' is more than \(max.map(f) ?? "")"
        case .tooLong(let maxLength, _): "at most \(maxLength) characters"
        case .notADate(let input): "'\(input)' is not a date (YYYY-MM-DD)"
        case .notATime(let input): "'\(input)' is not a time (HH:MM)"
        case .repeated(let input): "'\(input)' appears twice"
        case .constraintFailed(let input, let message):
            message?.text(.en) ?? "'\(input)' is not accepted for this question"
        case .required: "this question needs an answer"
        case .notApplicable(let id): "question '\(id)' does not apply to this response"
        case .unknownQuestion(let id, _): "unknown question '\(id)'"
        case .atFirstQuestion: "this is the first question"
        case .notAQuestionNumber(let input, let count): "'\(input)' is not a question number (1-\(count))"
        case .awaitingConfirmation: "type y to submit, or a question's number to change its answer"
        }
    }

    private var chinese: String {
        switch self {
        case .notAnOption(let input, _, _): "'\(input)' 不是可选的选项"
        case .notANumber(let input): "'\(input)' 不是数字"
        case .notAWholeNumber(let input): "'\(input)' 不是整数"
        case .outOfRange(let input, let min?, let max?): "'\(input)' 不在 \(f(min)) 到 \(f(max)) 之间"
        case .outOfRange(let input, let min?, nil): "'\(input)' 小于 \(f(min))"
        case .outOfRange(let input, _, let max): "'\(input)' 大于 \(max.map(f) ?? "")"
        case .tooLong(let maxLength, _): "最多 \(maxLength) 个字"
        case .notADate(let input): "'\(input)' 不是日期（YYYY-MM-DD）"
        case .notATime(let input): "'\(input)' 不是时间（HH:MM）"
        case .repeated(let input): "'\(input)' 出现了两次"
        case .constraintFailed(let input, let message): message?.text(.zh) ?? "'\(input)' 不符合本题的要求"
        case .required: "本题必须回答"
        case .notApplicable(let id): "题目 '\(id)' 不适用于这份答卷"
        case .unknownQuestion(let id, _): "未知的题目 '\(id)'"
        case .atFirstQuestion: "这已经是第一题"
        case .notAQuestionNumber(let input, let count): "'\(input)' 不是题号（1-\(count)）"
        case .awaitingConfirmation: "输入 y 提交，或输入题号修改该题的答案"
        }
    }

    private var englishHint: String? {
        switch self {
        case .notAnOption(_, let numbers, let values):
            let number = numbers.map { "a number from \($0.lowerBound) to \($0.upperBound)" }
            let value = values.isEmpty ? nil : "one of: " + values.joined(separator: ", ")
            return "answer with " + [number, value].compactMap { $0 }.joined(separator: " or ")
        case .tooLong(_, let length): return "the answer has \(length)"
        case .unknownQuestion(_, let suggestion?): return "did you mean '\(suggestion)'?"
        case .notAQuestionNumber: return "type y to submit, or a question's number to change its answer"
        default: return nil
        }
    }

    private var chineseHint: String? {
        switch self {
        case .notAnOption(_, let numbers, let values):
            let number = numbers.map { " \($0.lowerBound) 到 \($0.upperBound) 的数字" }
            let value = values.isEmpty ? nil : "以下之一：" + values.joined(separator: "、")
            return "请输入" + [number, value].compactMap { $0 }.joined(separator: "，或")
        case .tooLong(_, let length): return "当前有 \(length) 个字"
        case .unknownQuestion(_, let suggestion?): return "您是不是要写 '\(suggestion)'？"
        case .notAQuestionNumber: return "输入 y 提交，或输入题号修改该题的答案"
        default: return nil
        }
    }

    private func f(_ number: Double) -> String { InputText.format(number) }
}

extension AnswerProblem: UserFacingError {
    /// The message in both languages, for the shell's `error: …` line.
    public var message: LocalizedText {
        LocalizedText(zh: message(.zh), en: message(.en))
    }

    /// The hint in both languages, for the shell's `hint: …` line.
    public var hint: LocalizedText? {
        guard let en = hint(.en), let zh = hint(.zh) else { return nil }
        return LocalizedText(zh: zh, en: en)
    }
}
