import Model

/// A refused answer together with the question it concerns: for `survey submit`, `survey import`
/// and a confirmation that finds a problem.
public struct QuestionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let questionID: String
    public let problem: AnswerProblem

    /// Pairs `problem` with question `questionID`.
    public init(questionID: String, problem: AnswerProblem) {
        self.questionID = questionID
        self.problem = problem
    }

    /// `question 'overall': '7' is not between 1 and 5`; a problem that names its question
    /// already (`question 'x' does not apply …`) is not prefixed again.
    public func message(_ language: Language) -> String {
        switch problem {
        case .notApplicable, .unknownQuestion:
            return problem.message(language)
        default:
            let prefix = language == .zh ? "题目 '\(questionID)'：" : "question '\(questionID)': "
            return prefix + problem.message(language)
        }
    }

    public var description: String { message(.en) }
}

extension QuestionProblem: UserFacingError {
    /// The message in both languages, naming the question.
    public var message: LocalizedText { LocalizedText(zh: message(.zh), en: message(.en)) }

    /// The problem's own hint.
    public var hint: LocalizedText? { problem.hint }
}

/// Every problem of a response given all at once (`survey submit`, a row of `survey import`),
/// in the order of the questions; unknown question ids come first.
public struct ResponseProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public let problems: [QuestionProblem]

    /// Collects `problems`.
    public init(_ problems: [QuestionProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}

extension ResponseProblems: UserFacingError {
    /// Each problem's message, separated by `; `.
    public var message: LocalizedText {
        LocalizedText(
            zh: problems.map { $0.message(.zh) }.joined(separator: "；"),
            en: problems.map { $0.message(.en) }.joined(separator: "; "))
    }

    /// The first problem's hint, when it has one.
    public var hint: LocalizedText? { problems.first?.hint }
}
