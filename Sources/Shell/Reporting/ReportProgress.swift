import Foundation
import Model

/// A progress line on stderr for report work that takes more than a second (several large
/// school databases), only when stderr is a terminal; scripts and pipes see nothing.
final class ReportProgress {
    private let active: Bool
    private let started = Date()
    private var shown = false

    init() {
        active = isatty(STDERR_FILENO) == 1
    }

    /// Shows `text` once the work has run for a second.
    func show(_ text: String) {
        guard active, Date().timeIntervalSince(started) >= 1 else { return }
        shown = true
        let elapsed = String(format: "%.1f", Date().timeIntervalSince(started))
        FileSink.standardError().write("\r\u{1B}[K\(text) (\(elapsed)s)")
    }

    /// Clears the line, if one was shown.
    func done() {
        guard shown else { return }
        FileSink.standardError().write("\r\u{1B}[K")
    }
}

extension Session {
    /// A line on stderr about a report that is not an error (`note:`, `warning:`), with the
    /// script's `FILE:LINE: ` in front like errors, and its hint.
    func reportRemark(_ kind: String, _ message: LocalizedText, hint: LocalizedText? = nil) {
        err.write("\(currentLocation)\(kind): \(message.text(language))\n")
        if let hint { err.write("\(currentLocation)hint: \(hint.text(language))\n") }
    }
}
