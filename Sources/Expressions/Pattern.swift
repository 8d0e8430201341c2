import Foundation

/// A compiled regular expression for `regex()`, kept in the parsed expression so that evaluating
/// it again does not compile it again.
final class Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and documented as safe to share across threads.
    private let regex: NSRegularExpression
    /// The pattern as written.
    let source: String

    /// Compiles `source`; nothing when it is not a valid pattern.
    init?(_ source: String) {
        guard let regex = try? NSRegularExpression(pattern: source) else { return nil }
        self.regex = regex
        self.source = source
    }

    /// Whether the pattern matches anywhere in `text`, as XLSForm's `regex()` does; anchor it with
    /// `^…$` to match the whole answer.
    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }
}
