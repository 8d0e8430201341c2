import Model

/// Reads tokens into a `Node` by recursive descent, stopping at the first problem in reading order.
///
/// Precedence, low to high: `or`, `and`, comparison (non-associative), `+ -`, `* div mod`, unary `-`.
struct Parser {
    /// Deeper nesting than this is refused rather than risking the stack on hostile input. Each
    /// parenthesis, call, unary minus and chained operator counts, since each deepens the tree.
    static let maximumDepth = 128

    private var lexer: Lexer
    private var current: Token
    private var previous: Token?
    private var depth = 0

    /// Parses a whole expression; whitespace alone is an `empty expression`.
    static func parse(_ source: String) throws(ExpressionError) -> Node {
        var parser = try Parser(source)
        if parser.current.kind == .end {
            throw ExpressionError(column: 1, kind: .emptyExpression)
        }
        let node = try parser.expression()
        guard parser.current.kind == .end else { throw parser.unexpected(parser.current) }
        return node
    }

    private init(_ source: String) throws(ExpressionError) {
        lexer = Lexer(source)
        current = try lexer.next()
    }

    private mutating func advance() throws(ExpressionError) {
        previous = current
        current = try lexer.next()
    }

    // MARK: Levels of precedence

    private mutating func expression() throws(ExpressionError) -> Node {
        try deepen()
        defer { depth -= 1 }
        return try disjunction()
    }

    private mutating func deepen() throws(ExpressionError) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw ExpressionError(column: current.column, kind: .nestedTooDeeply)
        }
    }

    private mutating func disjunction() throws(ExpressionError) -> Node {
        var node = try conjunction()
        var links = 0
        defer { depth -= links }
        while current.isWord("or") {
            links += 1
            try deepen()
            try advance()
            node = .or(node, try conjunction())
        }
        return node
    }

    private mutating func conjunction() throws(ExpressionError) -> Node {
        var node = try comparison()
        var links = 0
        defer { depth -= links }
        while current.isWord("and") {
            links += 1
            try deepen()
            try advance()
            node = .and(node, try comparison())
        }
        return node
    }

    private mutating func comparison() throws(ExpressionError) -> Node {
        let left = try additive()
        guard let op = Parser.comparisonOperator(current.kind) else { return left }
        try advance()
        let right = try additive()
        // Comparisons do not chain: `1 < 2 < 3` is a mistake, not `(1 < 2) < 3`.
        if current.isComparison { throw unexpected(current) }
        return .binary(op, left, right)
    }

    private mutating func additive() throws(ExpressionError) -> Node {
        var node = try multiplicative()
        var links = 0
        defer { depth -= links }
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return node
            }
            links += 1
            try deepen()
            try advance()
            node = .binary(op, node, try multiplicative())
        }
    }

    private mutating func multiplicative() throws(ExpressionError) -> Node {
        var node = try unary()
        var links = 0
        defer { depth -= links }
        while true {
            let op: BinaryOperator
            if current.kind == .star {
                op = .multiply
            } else if current.isWord("div") {
                op = .divide
            } else if current.isWord("mod") {
                op = .modulo
            } else {
                return node
            }
            links += 1
            try deepen()
            try advance()
            node = .binary(op, node, try unary())
        }
    }

    private mutating func unary() throws(ExpressionError) -> Node {
        guard current.kind == .minus else { return try primary() }
        try deepen()
        defer { depth -= 1 }
        try advance()
        return .negate(try unary())
    }

    private mutating func primary() throws(ExpressionError) -> Node {
        let token = current
        switch token.kind {
        case .number(let n):
            try advance()
            return .literal(.number(n))
        case .string(let s):
            try advance()
            return .literal(.string(s))
        case .reference(let name):
            try advance()
            return .reference(name)
        case .dot:
            try advance()
            return .dot
        case .leftParen:
            try advance()
            let inner = try expression()
            try expect(.rightParen, ")")
            return inner
        case .word(let name) where !Parser.operatorWords.contains(name):
            try advance()
            guard current.kind == .leftParen else { throw unexpected(token) }
            return try call(name, at: token)
        default:
            throw unexpected(token)
        }
    }

    // MARK: Calls

    private mutating func call(_ name: String, at token: Token) throws(ExpressionError) -> Node {
        guard let function = Function(rawValue: name) else {
            let names = Function.allCases.map(\.rawValue)
            throw ExpressionError(
                column: token.column,
                kind: .unknownFunction(
                    name, suggestion: Suggestion.closest(to: name, among: names)))
        }
        try advance()
        var arguments: [Node] = []
        if current.kind != .rightParen {
            while true {
                arguments.append(try expression())
                if current.kind == .comma {
                    try advance()
                } else if current.kind == .rightParen {
                    break
                } else {
                    let wanted = arguments.count < function.arity ? "," : ")"
                    throw ExpressionError(column: current.column, kind: .expected(wanted))
                }
            }
        }
        try advance()
        guard arguments.count == function.arity else {
            throw ExpressionError(
                column: token.column,
                kind: .wrongArgumentCount(
                    function: name, expected: function.arity, got: arguments.count))
        }
        return try Parser.node(for: function, arguments, at: token)
    }

    /// A call of `regex` with a literal pattern compiles the pattern now, so a bad one is a load error.
    private static func node(for function: Function, _ arguments: [Node], at token: Token) throws(ExpressionError)
        -> Node
    {
        guard function == .regex, case .literal(.string(let source)) = arguments[1] else {
            return .call(function, arguments)
        }
        guard let pattern = Pattern(source) else {
            throw ExpressionError(column: token.column, kind: .invalidPattern(source))
        }
        return .match(arguments[0], pattern)
    }

    // MARK: Helpers

    private static let operatorWords: Set<String> = ["and", "or", "div", "mod"]

    private static func comparisonOperator(_ kind: Token.Kind) -> BinaryOperator? {
        switch kind {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }

    private mutating func expect(_ kind: Token.Kind, _ written: String) throws(ExpressionError) {
        guard current.kind == kind else {
            throw ExpressionError(column: current.column, kind: .expected(written))
        }
        try advance()
    }

    /// The error for a token that cannot stand where it is, with a guess at what was meant.
    private func unexpected(_ token: Token) -> ExpressionError {
        if token.kind == .end {
            return ExpressionError(column: token.column, kind: .unexpectedEnd)
        }
        return ExpressionError(column: token.column, kind: .unexpectedToken(token.text, suggestion: guess(token)))
    }

    private func guess(_ token: Token) -> String? {
        switch token.kind {
        case .word(let name) where Function(rawValue: name) != nil:
            return name + "()"
        case .word(let name) where !Parser.operatorWords.contains(name):
            return "${" + name + "}"
        case .equal:
            // `==` from other languages: the second `=` is the unexpected one.
            guard let previous, previous.kind == .equal, previous.column == token.column - 1 else { return nil }
            return "="
        default:
            return nil
        }
    }
}
