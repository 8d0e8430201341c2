import CEditLine
import Foundation

/// Lines typed at a terminal, with line editing, history and Tab completion through libedit.
///
/// libedit calls back into C function pointers for completion and signals; the little state
/// those callbacks need lives in `LineEditorState`, and nowhere else.
public final class TerminalLines: LineSource {
    public let name: String? = nil
    public private(set) var lineNumber = 0
    private let historyPath: String?
    /// When set, a read that waits this many seconds gives up and reports `timedOut`.
    var idleTimeout: Int?
    /// True when the last read ended because of `idleTimeout`.
    private(set) var timedOut = false
    /// True when the last read of an answer or a PIN ended with Ctrl-C: the question is abandoned.
    private(set) var interrupted = false
    /// Whether typed commands are remembered for the Up key (never at a shared kiosk).
    private let keepsHistory: Bool

    /// Starts line editing; `complete` gives the words that may follow the words typed so far.
    /// At a `kiosk` nothing typed is remembered, in memory or on disk, and Ctrl-Z and Ctrl-\ are
    /// keys that do nothing.
    public init(historyPath: String?, kiosk: Bool = false, complete: @escaping ([String]) -> [String]) {
        self.historyPath = kiosk ? nil : historyPath
        keepsHistory = !kiosk
        LineEditorState.complete = complete
        // libedit turns the prompt and the line into wide characters with the C library's locale;
        // in the default "C" locale a Chinese prompt (a register, the picker) does not convert and
        // libedit dereferences a null pointer. Use the environment's UTF-8 locale, or C.UTF-8.
        if setlocale(LC_CTYPE, "") == nil
            || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF")
        {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        if kiosk { editline_leave_signals() }
        editline_configure(LineEditorState.attemptCompletion)
        stifle_history(2000)
        if let historyPath = self.historyPath { _ = read_history(historyPath) }
        CommandInterruption.start()
        LineEditorState.installInterruptHandler()
    }

    deinit { saveHistory() }

    /// Writes the history file now (it is also written when the session ends).
    public func saveHistory() {
        if let historyPath { _ = write_history(historyPath) }
    }

    /// Forgets every line typed so far, for the next person at a kiosk.
    public func forget() {
        clear_history()
    }

    public func readLine(prompt: String, kind: InputKind) -> String? {
        timedOut = false
        interrupted = false
        if kind == .secret { return readSecret(prompt: prompt) }
        while true {
            LineEditorState.interrupted = 0
            LineEditorState.alarmed = 0
            if let idleTimeout { alarm(UInt32(idleTimeout)) }
            let read = CEditLine.readline(prompt)
            alarm(0)
            guard let raw = read else {
                if LineEditorState.alarmed != 0 {
                    timedOut = true
                    Terminal.write("\n")
                    return nil
                }
                if LineEditorState.interrupted != 0 {
                    // Ctrl-C abandons the line being typed (and a question with it), not the shell.
                    Terminal.write("\n")
                    if kind == .answer {
                        interrupted = true
                        return nil
                    }
                    continue
                }
                Terminal.write("\n")
                return nil
            }
            let line = String(cString: raw)
            free(raw)
            lineNumber += 1
            if kind == .command, keepsHistory, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                add_history(line)
            }
            return line
        }
    }

    /// Reads a line with echo off, for PINs, byte by byte from the terminal: Ctrl-C abandons it
    /// and the idle alarm ends it, as at the other prompts.
    private func readSecret(prompt: String) -> String? {
        Terminal.write(prompt)
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if isTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            Terminal.write("\n")
        }
        LineEditorState.interrupted = 0
        LineEditorState.alarmed = 0
        if let idleTimeout { alarm(UInt32(idleTimeout)) }
        defer { alarm(0) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                bytes.append(byte)
                continue
            }
            if count < 0, errno == EINTR {
                if LineEditorState.alarmed != 0 {
                    timedOut = true
                    return nil
                }
                if LineEditorState.interrupted != 0 {
                    interrupted = true
                    return nil
                }
                continue
            }
            // End of input: a PIN cut short is no PIN.
            return nil
        }
        lineNumber += 1
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The state libedit's C callbacks reach: the completion source and the interrupt flag.
enum LineEditorState {
    nonisolated(unsafe) static var complete: ([String]) -> [String] = { _ in [] }
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var nextCandidate = 0
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var alarmed: sig_atomic_t = 0

    /// Completes the word under the cursor from the command table; other words fall back to file names.
    static let attemptCompletion:
        @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
            text, start, _ in
            guard let text, let buffer = unsafe_lineBuffer() else { return nil }
            let before = String(
                decoding: UnsafeRawBufferPointer(start: buffer, count: Int(start)).bindMemory(to: UInt8.self),
                as: UTF8.self)
            let typed = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let word = String(cString: text)
            candidates = complete(typed).filter { $0.hasPrefix(word) }
            guard !candidates.isEmpty else { return nil }
            nextCandidate = 0
            return rl_completion_matches(text, generateCandidate)
        }

    static let generateCandidate: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
        _, state in
        if state == 0 { nextCandidate = 0 }
        guard nextCandidate < candidates.count else { return nil }
        defer { nextCandidate += 1 }
        return strdup(candidates[nextCandidate])
    }

    /// Ctrl-C and the idle alarm interrupt the read (no SA_RESTART) and leave a mark, so that the
    /// editor starts a new line or the kiosk logs out.
    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            LineEditorState.interrupted = 1
            // A command running meanwhile is interrupted by the thread that waits on this pipe.
            var byte: UInt8 = 1
            _ = Glibc.write(CommandInterruption.pipeEnds[1], &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var alarmAction = sigaction()
        alarmAction.__sigaction_handler.sa_handler = { _ in LineEditorState.alarmed = 1 }
        sigemptyset(&alarmAction.sa_mask)
        alarmAction.sa_flags = 0
        sigaction(SIGALRM, &alarmAction, nil)
    }
}

/// Direct writes to the terminal, for the few characters the editor itself prints.
enum Terminal {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
