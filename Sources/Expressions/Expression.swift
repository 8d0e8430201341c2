import Model

/// A parsed expression of the XLSForm subset: module rules, form logic and policy are written in it.
/// Parsing checks syntax only; `check` resolves names against a context.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    /// The text as written.
    public let source: String
    /// Each distinct `${name}` in order of first appearance, with its 1-based column.
    public let references: [(name: String, column: Int)]
    /// The 1-based column of each `.`, in order.
    private let dotColumns: [Int]
    /// The parsed tree.
    let root: Node

    /// Parses `source`, failing at the first problem in reading order.
    public init(parsing source: String) throws(ExpressionError) {
        self.source = source
        root = try Parser.parse(source)
        var references: [(name: String, column: Int)] = []
        var seen: Set<String> = []
        var dots: [Int] = []
        // The text parsed, so it lexes again without error.
        var lexer = Lexer(source)
        while let token = try? lexer.next(), token.kind != .end {
            switch token.kind {
            case .reference(let name):
                if seen.insert(name).inserted { references.append((name, token.column)) }
            case .dot:
                dots.append(token.column)
            default:
                break
            }
        }
        self.references = references
        dotColumns = dots
    }

    /// Whether the expression reads `.`, the answer being checked.
    public var usesDot: Bool { !dotColumns.isEmpty }

    /// Resolves every `${name}` against the names a context declares; the first unknown one (or the
    /// first `.` when `allowDot` is false) is an error at its column with a "did you mean" hint.
    ///
    /// A set has no order, so when two names are equally close the hint takes the first in sorted
    /// order; pass the names as an array in declaration order to prefer the first declared.
    public func check(names: Set<String>, allowDot: Bool) throws(ExpressionError) {
        try check(names: names.sorted(), allowDot: allowDot)
    }

    /// Resolves every `${name}` against `names` in declaration order, which breaks ties between
    /// equally close suggestions in favour of the first declared.
    public func check(names: [String], allowDot: Bool) throws(ExpressionError) {
        let known = Set(names)
        var problem: ExpressionError?
        if let unknown = references.first(where: { !known.contains($0.name) }) {
            problem = ExpressionError(
                column: unknown.column,
                kind: .unknownName(
                    unknown.name, suggestion: Suggestion.closest(to: unknown.name, among: names)))
        }
        if !allowDot, let dot = dotColumns.first, dot < (problem?.column ?? Int.max) {
            problem = ExpressionError(column: dot, kind: .dotNotAllowed)
        }
        if let problem { throw problem }
    }

    /// Evaluates; total (never throws, never traps): type mismatches and bad regexes give `.empty`/false.
    public func evaluate(_ lookup: (String) -> Value, dot: Value) -> Value {
        withoutActuallyEscaping(lookup) { lookup in
            Evaluator(lookup: lookup, dot: dot).evaluate(root)
        }
    }

    /// Truthiness of the result: boolean true, non-zero number, non-empty string/multi; `.empty` is false.
    public func holds(_ lookup: (String) -> Value, dot: Value) -> Bool {
        evaluate(lookup, dot: dot).isTruthy
    }

    /// The text as written.
    public var description: String { source }

    /// Two expressions are the same when they are written the same.
    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }
}
