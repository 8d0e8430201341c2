import Expressions
import Model

/// Why a form and its module questions cannot be run. The loader refuses such files already, so
/// this guards forms built some other way, and a module question whose id a form question has.
public enum SurveyDefinitionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two questions with one id: their answers could not be told apart.
    case duplicateQuestion(String)
    /// A `relevant` or `constraint` that does not parse.
    case invalidExpression(question: String, key: String, ExpressionError)

    public var description: String { message.text(.en) }
}

extension SurveyDefinitionError: UserFacingError {
    /// The problem in both languages.
    public var message: LocalizedText {
        switch self {
        case .duplicateQuestion(let id):
            LocalizedText(zh: "题目 '\(id)' 出现了两次", en: "question '\(id)' appears twice")
        case .invalidExpression(let id, let key, let error):
            LocalizedText(
                zh: "题目 '\(id)' 的 \(key)：\(error.message(.zh))",
                en: "question '\(id)': \(key): \(error.message(.en))")
        }
    }
}
