/// One bad row or cell of an imported file, with its line and column name.
public struct RowProblem: Equatable, Sendable {
    public let line: Int
    public let column: String?
    public let message: LocalizedText
    public let hint: LocalizedText?

    public init(line: Int, column: String?, message: LocalizedText, hint: LocalizedText?) {
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `roster.csv:5: grade: '10' is not a grade from 1 to 9`
    public func text(file: String, _ language: Language) -> String {
        "\(file):\(line): " + (column.map { "\($0): " } ?? "") + message.text(language)
    }
}

/// Every problem found in a file at once: all are reported, then nothing is changed.
public struct ProblemList: Error, Sendable {
    public var file: String
    public let problems: [RowProblem]

    public init(_ problems: [RowProblem], file: String = "") {
        self.problems = problems
        self.file = file
    }

    /// The closing line after the problems.
    public var summary: LocalizedText {
        LocalizedText(
            zh: "'\(file)' 中有 \(problems.count) 处问题，什么都没有导入",
            en: "\(problems.count) problem\(problems.count == 1 ? "" : "s") in '\(file)'; nothing was imported")
    }
}
