import Declarations
import Foundation
import Model
import School

/// One shell session: its settings, its database, its output, and the command table.
///
/// The session runs one line at a time; each command's effects on the database happen in one
/// transaction inside the store, so a failed line leaves nothing behind.
public final class Session {
    public var options: SessionOptions
    var language: Language
    var format: OutputFormat
    let out: any TextSink
    let err: any TextSink
    let commands: CommandTable
    /// The school this session works on: its database, catalog, who is acting, and the clock.
    public let school: SchoolContext
    /// The sources being read, innermost last: `source FILE` pushes one.
    private var sources: [any LineSource] = []
    /// Set by `quit`; the runner stops reading.
    var quitRequested = false

    /// A session on `options`, working on the school at its paths; tests pass a `school` of
    /// their own (an in-memory database, a fixed clock). Who acts is the coordinator, or nobody
    /// yet at a kiosk.
    public init(options: SessionOptions, out: any TextSink, err: any TextSink, school: SchoolContext? = nil) {
        self.options = options
        language = options.language
        format = options.format
        self.out = out
        self.err = err
        commands = CommandTable.standard()
        self.school =
            school
            ?? SchoolContext(
                databasePath: options.databasePath, pluginsPath: options.pluginsPath,
                catalogPath: options.catalogPath, identity: nil)
        self.school.identity = options.kiosk ? nil : .coordinator
        if options.kiosk { self.school.guessLimit = GuessLimit() }
        // The catalog's problems are printed once, when it is first loaded.
        self.school.catalogLoaded = { [unowned self] catalog in
            if !catalog.diagnostics.isEmpty { self.err.write(catalog.report(self.language) + "\n") }
        }
    }

    /// Closes the database, if it was opened, first folding its write-ahead log into the file, so
    /// that the file alone holds everything: a copy of it misses nothing. The next command opens it again.
    public func close() {
        school.close()
    }

    // MARK: Running lines

    /// Runs every line of `source`; false when any command failed. Stops early on `quit`, and at
    /// the first failure with `--bail`.
    @discardableResult
    public func run(_ source: any LineSource) -> Bool {
        sources.append(source)
        defer { sources.removeLast() }
        var succeeded = true
        while !quitRequested {
            let terminal = source as? TerminalLines
            // At a kiosk every prompt gives up after five idle minutes: the command line, a PIN, a question.
            terminal?.idleTimeout = options.kiosk ? Self.kioskIdleSeconds : nil
            guard let line = source.readLine(prompt: prompt, kind: .command) else {
                if terminal?.timedOut == true {
                    if school.identity != nil { loggedOutWhenIdle() }
                    continue
                }
                // Ctrl-D at a kiosk's terminal leaves only as `quit` does: with the coordinator's PIN.
                if options.kiosk, terminal != nil {
                    execute("quit")
                    continue
                }
                break
            }
            if !execute(line, location: source.name.map { "\($0):\(source.lineNumber): " } ?? "") {
                succeeded = false
                if options.bail { break }
            }
        }
        return succeeded
    }

    /// The interactive prompt, with who is logged in when it is not the coordinator.
    var prompt: String {
        guard let identity = school.identity else {
            return options.kiosk ? (language == .zh ? "请登录> " : "login> ") : "afterschool> "
        }
        return identity.role == .admin ? "afterschool> " : "afterschool(\(identity.role.rawValue) \(identity.id))> "
    }

    /// Kiosk sessions end by themselves after this long without input.
    static let kioskIdleSeconds = 300

    /// Ends the logged-in person's session: back to logged out at a kiosk, to the coordinator
    /// otherwise. At a kiosk's terminal nothing of the last person stays: no history, no screen.
    func logOut() {
        school.surveyCode = nil
        school.identity = options.kiosk ? nil : .coordinator
        if options.kiosk, let terminal = sources.last as? TerminalLines {
            terminal.forget()
            // Clears the screen and what scrolled off it.
            out.write("\u{1B}[3J\u{1B}[H\u{1B}[2J")
        }
    }

    /// Logs out a kiosk that was left idle, and says so.
    func loggedOutWhenIdle() {
        logOut()
        out.write(language == .zh ? "空闲 5 分钟，已自动退出登录。\n" : "Logged out after 5 idle minutes.\n")
    }

    /// The width of the terminal that stdout prints on; nil for a pipe or a file, which keep full tables.
    var terminalWidth: Int? {
        guard out is FileSink, isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// How many scripts are being read inside one another (`source` in a script).
    var sourceDepth: Int { sources.count }
    /// The most scripts that may be read inside one another.
    static let deepestSource = 16

    /// Whether the lines come from a person at a terminal (not a script or a pipe).
    var atTerminal: Bool { sources.last is TerminalLines }

    /// Runs one line; false when it failed. Diagnostics go to stderr with `location` in front.
    @discardableResult
    public func execute(_ line: String, location: String = "") -> Bool {
        do {
            let words = try Tokenizer.split(line)
            guard !words.isEmpty else { return true }
            // At a terminal, Ctrl-C stops the command's work and rolls it back.
            let result = try CommandInterruption.whileRunning(atTerminal ? school.interrupter : nil) {
                try commands.dispatch(words, session: self)
            }
            out.write(result.format.renderer(width: terminalWidth).render(result.result, language: language))
            return true
        } catch is IdleTimeout {
            loggedOutWhenIdle()
            return false
        } catch {
            report(error, location: location)
            return false
        }
    }

    /// Prints an error as `error: …` and, when there is one, `hint: …`.
    func report(_ error: any Error, location: String = "") {
        if let problems = error as? CatalogProblems {
            for diagnostic in problems.diagnostics {
                for line in diagnostic.rendered(language).split(separator: "\n") { err.write("\(location)\(line)\n") }
            }
            if let summary = Diagnostic.summary(of: problems.diagnostics, language) {
                err.write("\(location)\(summary)\n")
            }
            return
        }
        if let list = error as? RefusalList {
            for refusal in list.refusals { report(refusal, location: location) }
            return
        }
        if let list = error as? ProblemList {
            // A file with thousands of bad rows shows the first ones and a count, not a flood.
            let shown = 25
            for problem in list.problems.prefix(shown) {
                err.write("\(location)error: \(problem.text(file: list.file, language))\n")
                if let hint = problem.hint { err.write("\(location)hint: \(hint.text(language))\n") }
            }
            if list.problems.count > shown {
                let more = list.problems.count - shown
                err.write(
                    "\(location)error: " + (language == .zh ? "……另有 \(more) 处问题" : "… and \(more) more problems") + "\n"
                )
            }
            err.write("\(location)error: \(list.summary.text(language))\n")
            return
        }
        let (message, hint) = Self.describe(error, language: language)
        err.write("\(location)error: \(message)\n")
        if let hint { err.write("\(location)hint: \(hint)\n") }
    }

    static func describe(_ error: any Error, language: Language) -> (String, String?) {
        if let error = error as? any UserFacingError {
            return (error.message.text(language), error.hint?.text(language))
        }
        return (String(describing: error), nil)
    }

    // MARK: Asking

    /// `FILE:LINE: ` of the line read last, for diagnostics about answers; empty on a terminal.
    var currentLocation: String {
        guard let source = sources.last, let name = source.name else { return "" }
        return "\(name):\(source.lineNumber): "
    }

    /// Reads an answer from the current source (the terminal, or the script's next line).
    /// Throws when the input ends before an answer comes.
    /// At a terminal, Ctrl-C abandons the question (and the command: nothing is changed), and at a
    /// kiosk five idle minutes log the person out.
    func ask(_ prompt: String, secret: Bool = false) throws -> String {
        guard let source = sources.last else { throw Self.inputEnded }
        guard let answer = source.readLine(prompt: prompt, kind: secret ? .secret : .answer) else {
            if let terminal = source as? TerminalLines {
                if terminal.timedOut { throw IdleTimeout() }
                if terminal.interrupted { throw Refusal(zh: "已取消，没有任何更改", en: "cancelled; nothing was changed") }
            }
            throw Self.inputEnded
        }
        return answer
    }

    static let inputEnded = Refusal(zh: "输入已结束，问题没有得到回答", en: "the input ended before the question was answered")
}

/// A question at a kiosk waited five minutes for an answer: the person is logged out.
struct IdleTimeout: Error {
}

extension Session {
    /// A problem with the database path that makes the whole invocation wrong (exit code 2), or nil.
    /// Nothing is created or changed by the check.
    public func checkDatabasePathOnly() -> (any Error)? {
        school.checkDatabasePath()
    }
}
