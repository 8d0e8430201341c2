import Expressions
import Model

/// Parses and checks the expressions that declarations hold, placing each problem at its column
/// in the file: the column of the expression's first character plus the column inside it.
enum ExpressionCheck {
    /// What an expression may read.
    struct Scope {
        /// Names it may read, in declaration order (the first declared wins a "did you mean" tie).
        var names: [String]
        /// Whether `.` (the answer being checked) may appear.
        var allowDot: Bool = false
        /// Questions of the same form that come after the one being checked, and that one itself:
        /// naming them gets its own message rather than "unknown name".
        var later: Set<String> = []
        var current: String?
    }

    /// The first problem of `source` in `scope`, with its position; nil when it is fine.
    /// With no scope, only the syntax is checked.
    static func problem(in source: SourceText, scope: Scope?) -> (Problem, Position)? {
        do {
            let expression = try Expression(parsing: source.text)
            guard let scope else { return nil }
            let known = Set(scope.names)
            for reference in expression.references where !known.contains(reference.name) {
                if reference.name == scope.current {
                    return (.refersToItself(reference.name), position(source, reference.column))
                }
                if scope.later.contains(reference.name) {
                    return (.refersLater(reference.name), position(source, reference.column))
                }
                break
            }
            try expression.check(names: scope.names, allowDot: scope.allowDot)
            return nil
        } catch {
            let message = LocalizedText(zh: error.message(.zh), en: error.message(.en))
            let hint = error.hint(.en).map { LocalizedText(zh: error.hint(.zh) ?? $0, en: $0) }
            return (.expression(message: message, hint: hint), position(source, error.column))
        }
    }

    /// Checks `source` and reports its first problem at the expression's key path.
    static func check(_ source: SourceText, scope: Scope?, reader: DeclarationReader, path: NodePath) {
        guard let (problem, position) = problem(in: source, scope: scope) else { return }
        reader.report(problem, at: position, path: path)
    }

    private static func position(_ source: SourceText, _ column: Int) -> Position {
        Position(line: source.line, column: source.column + max(column, 1) - 1)
    }
}
