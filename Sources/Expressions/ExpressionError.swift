import Model

/// A parse or check problem; `column` is 1-based within the expression's own text, counted in
/// Unicode scalars like YAML's columns, so a file diagnostic adds it to the column where the
/// expression starts.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The distinct problems, with what each names.
    public enum Kind: Sendable, Hashable {
        /// Nothing but spaces.
        case emptyExpression
        /// `${` without its closing `}`.
        case unterminatedReference
        /// `'` without its closing quote.
        case unterminatedString
        /// A character the language has no use for; `suggestion` is the ASCII one meant (`（` for `(`).
        case unexpectedCharacter(String, suggestion: String?)
        /// The text ended where an operand was needed.
        case unexpectedEnd
        /// A token, as written, where it cannot stand; `suggestion` is what was likely meant.
        case unexpectedToken(String, suggestion: String?)
        /// `)` or `,` was needed at this token.
        case expected(String)
        /// A call of a function the language lacks.
        case unknownFunction(String, suggestion: String?)
        /// A call with the wrong number of arguments.
        case wrongArgumentCount(function: String, expected: Int, got: Int)
        /// A `${name}` the context does not declare.
        case unknownName(String, suggestion: String?)
        /// `.` outside a constraint.
        case dotNotAllowed
        /// A literal pattern of `regex()` that does not compile.
        case invalidPattern(String)
        /// Parentheses or operators nested deeper than any real expression needs.
        case nestedTooDeeply
    }

    /// 1-based, in Unicode scalars, within the expression's own text.
    public let column: Int
    /// Which problem it is.
    public let kind: Kind

    /// Makes an error at a 1-based column.
    public init(column: Int, kind: Kind) {
        self.column = column
        self.kind = kind
    }

    /// The problem in words, lowercase, with the user's text in single quotes.
    public func message(_ language: Language) -> String {
        switch language {
        case .en: englishMessage
        case .zh: chineseMessage
        }
    }

    /// What was likely meant, when there is a good guess.
    public func hint(_ language: Language) -> String? {
        let suggestion: String?
        switch kind {
        case .unexpectedCharacter(_, let s), .unexpectedToken(_, let s),
            .unknownFunction(_, let s), .unknownName(_, let s):
            suggestion = s
        default:
            suggestion = nil
        }
        guard let suggestion else { return nil }
        switch language {
        case .en: return "did you mean '\(suggestion)'?"
        case .zh: return "您是不是要写 '\(suggestion)'？"
        }
    }

    /// The English message.
    public var description: String { englishMessage }

    private var englishMessage: String {
        switch kind {
        case .emptyExpression: "empty expression"
        case .unterminatedReference: "unterminated '${'"
        case .unterminatedString: "unterminated string"
        case .unexpectedCharacter(let c, _): "unexpected character '\(c)'"
        case .unexpectedEnd: "unexpected end of expression"
        case .unexpectedToken(let t, _): "unexpected '\(t)'"
        case .expected(let t): "expected '\(t)'"
        case .unknownFunction(let f, _): "unknown function '\(f)'"
        case .wrongArgumentCount(let f, let expected, let got):
            "'\(f)' takes \(expected) argument\(expected == 1 ? "" : "s"), got \(got)"
        case .unknownName(let n, _): "unknown name '\(n)'"
        case .dotNotAllowed: "'.' is only allowed in a constraint"
        case .invalidPattern(let p): "invalid regular expression '\(p)'"
        case .nestedTooDeeply: "expression is nested too deeply"
        }
    }

    private var chineseMessage: String {
        switch kind {
        case .emptyExpression: "表达式为空"
        case .unterminatedReference: "'${' 没有结束"
        case .unterminatedString: "字符串没有结束"
        case .unexpectedCharacter(let c, _): "无法识别的字符 '\(c)'"
        case .unexpectedEnd: "表达式意外结束"
        case .unexpectedToken(let t, _): "此处不应出现 '\(t)'"
        case .expected(let t): "此处应为 '\(t)'"
        case .unknownFunction(let f, _): "未知的函数 '\(f)'"
        case .wrongArgumentCount(let f, let expected, let got): "'\(f)' 需要 \(expected) 个参数，实际有 \(got) 个"
        case .unknownName(let n, _): "未知的名称 '\(n)'"
        case .dotNotAllowed: "'.' 只能用在约束条件中"
        case .invalidPattern(let p): "无效的正则表达式 '\(p)'"
        case .nestedTooDeeply: "表达式嵌套过深"
        }
    }
}

extension ExpressionError: UserFacingError {
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
