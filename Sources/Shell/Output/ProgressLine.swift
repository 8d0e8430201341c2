import Foundation
import Model

/// A progress line on stderr for work that takes more than a second (a district report, a
/// large matching or import), only when stderr is a terminal: scripts and pipes see nothing.
/// The line is rewritten in place and cleared when the work is done.
final class ProgressLine {
    private let active: Bool
    private let started = Date()
    private var shown = false

    init() {
        active = isatty(STDERR_FILENO) == 1
    }

    /// Shows `text` with the time so far, once the work has run for a second.
    func show(_ text: String) {
        guard active, Date().timeIntervalSince(started) >= 1 else { return }
        shown = true
        let elapsed = String(format: "%.1f", Date().timeIntervalSince(started))
        FileSink.standardError().write("\r\u{1B}[K\(text) (\(elapsed)s)")
    }

    /// Clears the line, if one was shown.
    func done() {
        guard shown else { return }
        shown = false
        FileSink.standardError().write("\r\u{1B}[K")
    }
}

extension ProgressLine {
    /// Runs `work` with a line that shows, in `language`, what it says it is doing; the line is
    /// cleared when the work ends.
    static func showing<Value>(_ language: Language, _ work: ((LocalizedText) -> Void) throws -> Value) rethrows
        -> Value
    {
        let line = ProgressLine()
        defer { line.done() }
        return try work { line.show($0.text(language)) }
    }
}
