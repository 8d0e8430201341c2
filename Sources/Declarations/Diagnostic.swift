import Model

/// One problem found in a declaration file, with where it is and what to do about it.
///
/// Renders as `Plugins/sports/module.yaml:14:5: error: fields[1].type: unknown type 'choise'`,
/// followed by `hint: did you mean 'choice'?` when there is a hint.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Whether the problem stops the file from loading.
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        case error, warning
    }

    /// The file's path as it was given to the loader.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file (it cannot be read).
    public var line: Int
    /// 1-based column, counted in Unicode scalars as YAML counts them; 0 with line 0.
    public var column: Int
    public var severity: Severity
    /// Where in the document: `fields[1].type`; empty for the document as a whole.
    public var keyPath: String
    public var message: LocalizedText
    public var hint: LocalizedText?

    /// Makes a diagnostic; `line` and `column` are 1-based, or 0 for the whole file.
    public init(
        file: String, line: Int, column: Int, severity: Severity = .error, keyPath: String = "",
        message: LocalizedText, hint: LocalizedText? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.keyPath = keyPath
        self.message = message
        self.hint = hint
    }

    /// Whether the problem keeps its file from loading (a warning does not).
    public var isError: Bool { severity == .error }

    /// `file:line:column`, or just the file when the problem has no position.
    public var location: String { line > 0 ? "\(file):\(line):\(column)" : file }

    /// The diagnostic's line, then `hint: …` on a second line when there is a hint.
    public func rendered(_ language: Language) -> String {
        var text = "\(location): \(severity.rawValue): "
        if !keyPath.isEmpty { text += "\(keyPath): " }
        text += message.text(language)
        if let hint { text += "\nhint: " + hint.text(language) }
        return text
    }

    /// The English rendering.
    public var description: String { rendered(.en) }

    /// `2 errors, 1 warning` (`2 个错误，1 个警告`), or nil when there is nothing to count.
    public static func summary(of diagnostics: [Diagnostic], _ language: Language) -> String? {
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        guard errors + warnings > 0 else { return nil }
        switch language {
        case .en:
            let parts = [(errors, "error"), (warnings, "warning")].filter { $0.0 > 0 }
                .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            return parts.joined(separator: ", ")
        case .zh:
            let parts = [(errors, "个错误"), (warnings, "个警告")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            return parts.joined(separator: "，")
        }
    }

    /// Every diagnostic rendered, one after another, then the count line; empty when there are none.
    public static func report(_ diagnostics: [Diagnostic], _ language: Language) -> String {
        guard let summary = summary(of: diagnostics, language) else { return "" }
        return (diagnostics.map { $0.rendered(language) } + [summary]).joined(separator: "\n")
    }
}
