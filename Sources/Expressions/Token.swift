/// One lexical unit of an expression, with the text it was written as and where it starts.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case reference(String)
        case dot
        /// A bare word: a function name, or one of the word operators `and or div mod`.
        case word(String)
        case plus, minus, star
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case leftParen, rightParen, comma
        case end
    }

    let kind: Kind
    /// The token as written, for messages.
    let text: String
    /// 1-based, in Unicode scalars.
    let column: Int

    /// Whether the token is one of the six comparison operators.
    var isComparison: Bool {
        switch kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// Whether the token is the word operator `name` (`and`, `or`, `div`, `mod`).
    func isWord(_ name: String) -> Bool {
        if case .word(let w) = kind { return w == name }
        return false
    }
}
