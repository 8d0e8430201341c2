/// Where a session's lines come from: a script, a pipe, a `-c` list or the terminal.
///
/// Commands that ask questions (a PIN, a survey) read their answers from the same source, so in a
/// script the answers are simply the lines that follow the command.
public protocol LineSource: AnyObject {
    /// What diagnostics put in front of a line number: a file name, `<stdin>`, or nil for none.
    var name: String? { get }
    /// The number of the line read last, from 1.
    var lineNumber: Int { get }
    /// The next line without its line end, or nil at the end of input. `prompt` is shown only by
    /// interactive sources.
    func readLine(prompt: String, kind: InputKind) -> String?
}

/// What a line is read for: the terminal keeps commands in its history, echoes answers, and
/// hides secrets.
public enum InputKind: Sendable {
    case command, answer, secret
}

/// Lines held in memory: a script file's contents, a pipe read whole, or `-c` commands.
public final class ScriptLines: LineSource {
    public let name: String?
    private let lines: [String]
    public private(set) var lineNumber = 0

    public init(name: String?, lines: [String]) {
        self.name = name
        self.lines = lines
    }

    /// Splits text into lines, accepting LF and CRLF line ends and a UTF-8 byte order mark.
    public convenience init(name: String?, text: String) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        self.init(name: name, lines: lines)
    }

    public func readLine(prompt: String, kind: InputKind) -> String? {
        guard lineNumber < lines.count else { return nil }
        lineNumber += 1
        return lines[lineNumber - 1]
    }
}

/// Lines read one at a time from standard input when it is a pipe or a file.
public final class StandardInputLines: LineSource {
    public let name: String? = "<stdin>"
    public private(set) var lineNumber = 0

    public init() {}

    public func readLine(prompt: String, kind: InputKind) -> String? {
        guard var line = Swift.readLine(strippingNewline: true) else { return nil }
        lineNumber += 1
        if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
