import Foundation
import Model

extension Session {
    /// A line on stderr about a report that is not an error (`note:`, `warning:`), with the
    /// script's `FILE:LINE: ` in front like errors, and its hint.
    func reportRemark(_ kind: String, _ message: LocalizedText, hint: LocalizedText? = nil) {
        err.write("\(currentLocation)\(kind): \(message.text(language))\n")
        if let hint { err.write("\(currentLocation)hint: \(hint.text(language))\n") }
    }

    /// The notes a report gives beside its figures, each as a `note:` line.
    func reportNotes(_ notes: [LocalizedText]) {
        for note in notes { reportRemark("note", note) }
    }
}
