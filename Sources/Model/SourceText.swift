/// Text taken from a declaration file together with where it starts, so that a problem found in it
/// later (an expression that refers to a question of another file) can still be shown in place.
///
/// Model cannot depend on the expression language, so module rules and form logic keep their
/// source here and are parsed again by whoever evaluates them.
public struct SourceText: Sendable, Hashable, CustomStringConvertible {
    /// The text exactly as the file gives it, without YAML's quotes.
    public var text: String
    /// 1-based line of the text's first character; 0 for a built-in default.
    public var line: Int
    /// 1-based column (in Unicode scalars) of the text's first character; 0 for a built-in default.
    public var column: Int

    /// Wraps text found at `line`:`column`; both 0 when the text is a default rather than read.
    public init(_ text: String, line: Int = 0, column: Int = 0) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// Whether the text is a built-in default rather than something a file wrote.
    public var isDefault: Bool { line == 0 }

    public var description: String { text }
}
