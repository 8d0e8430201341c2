@testable import Expressions

/// Parses and evaluates `source` with `values` for its names and `dot` for `.`.
func evaluate(_ source: String, _ values: [String: Value] = [:], dot: Value = .empty) throws -> Value {
    try Expression(parsing: source).evaluate({ values[$0] ?? .empty }, dot: dot)
}

/// Whether `source` holds with `values` for its names and `dot` for `.`.
func holds(_ source: String, _ values: [String: Value] = [:], dot: Value = .empty) throws -> Bool {
    try Expression(parsing: source).holds({ values[$0] ?? .empty }, dot: dot)
}

/// The grouping the parser chose, as a prefix form.
func tree(_ source: String) throws -> String {
    try Expression(parsing: source).root.description
}

/// The error parsing `source` gives, or nothing when it parses.
func parseError(_ source: String) -> ExpressionError? {
    do {
        _ = try Expression(parsing: source)
        return nil
    } catch {
        return error
    }
}

/// The kinds of the tokens of `source`, up to and without the end.
func kinds(_ source: String) throws -> [Token.Kind] {
    try Lexer.tokenize(source).map(\.kind).dropLast()
}
