import Model

/// The question being asked, as the shell shows it: `3/9`, the text, the numbered options and
/// the answer an empty line keeps.
public struct Step: Sendable, Hashable {
    public let question: Question
    /// 1-based among the questions that apply.
    public let number: Int
    /// How many questions apply, given the answers so far; it can change as answers change.
    public let total: Int
    /// The answer held (the person's or the default), which an empty line keeps.
    public let answer: Answer?

    /// Makes a step; the runner makes them.
    public init(question: Question, number: Int, total: Int, answer: Answer?) {
        self.question = question
        self.number = number
        self.total = total
        self.answer = answer
    }

    /// The question's options, numbered as the person types them.
    public var options: [AnswerOption] { question.options }

    /// `3/9`.
    public var progress: Progress { Progress(number: number, total: total) }
}

/// How far the person is: `3/9`.
public struct Progress: Sendable, Hashable, CustomStringConvertible {
    public let number: Int
    public let total: Int

    /// Makes `number/total`.
    public init(number: Int, total: Int) {
        self.number = number
        self.total = total
    }

    public var description: String { "\(number)/\(total)" }
}

/// One line of the review before confirming: the question's number, the question and its answer.
public struct ReviewItem: Sendable, Hashable {
    /// What `jump(toQuestionNumber:)` takes to change this answer.
    public let number: Int
    public let question: Question
    /// Nil for an optional question left empty.
    public let answer: Answer?

    /// Makes a review line; the runner makes them.
    public init(number: Int, question: Question, answer: Answer?) {
        self.number = number
        self.question = question
        self.answer = answer
    }

    /// The answer as the person reads it back, or `—` when there is none.
    public func display(in language: Language) -> String {
        answer?.display(for: question, in: language) ?? "—"
    }
}
