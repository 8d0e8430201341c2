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

    /// Splits text into lines, accepting LF, CRLF (a script written in Notepad) and CR line ends
    /// and a UTF-8 byte order mark. (Swift counts CRLF as one character, so the split is made on
    /// the text's scalars.)
    public convenience init(name: String?, text: String) {
        self.init(name: name, lines: Self.lines(of: text))
    }

    static func lines(of text: String) -> [String] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCR = false
        for scalar in scalars {
            if scalar == "\n", afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
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
    /// Lines that arrived in one read, separated by a lone CR (old Mac line ends).
    private var pending: [String] = []

    public init() {}

    public func readLine(prompt: String, kind: InputKind) -> String? {
        if pending.isEmpty {
            guard var line = Swift.readLine(strippingNewline: true) else { return nil }
            if lineNumber == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            pending = line.unicodeScalars.contains("\r") ? ScriptLines.lines(of: line) : [line]
            if pending.isEmpty { pending = [""] }
        }
        lineNumber += 1
        return pending.removeFirst()
    }
}
