import Foundation

/// A shell transcript: the arguments, the script fed on stdin, and the exact stdout, stderr and
/// exit code expected. Files live in `Tests/ShellTests/Transcripts/`:
///
///     # what the transcript shows
///     $ setup roster import $FIXTURES/roster/good.csv
///     $ afterschool --lang en --format json
///     semester list
///     >>> stdout
///     []
///     >>> stderr
///     >>> exit 0
///
/// The transcript runs the built `afterschool` program, from the repository root, with a clean
/// environment. Unless the arguments say otherwise it gets a new database in a fresh temporary
/// folder and the repository's `Plugins` and `Catalog`. `$ setup` lines run first, as a script on
/// stdin of the same program on the same database, and must succeed; their output is not compared.
/// Arguments are split at spaces, and a part in single or double quotes is one argument.
/// `$TMP` in any part stands for the temporary folder, `$FIXTURES` for the shell tests'
/// `Fixtures/` and `$REPO` for the repository.
public struct Transcript: CustomStringConvertible, Sendable {
    public let name: String
    public var arguments: [String] = []
    public var setup: [String] = []
    public var input: [String] = []
    public var stdout: [String] = []
    public var stderr: [String] = []
    public var exitCode: Int32 = 0

    public var description: String { name }

    /// Every transcript in the repository, by file name.
    public static func all() -> [Transcript] {
        let folder = Repository.transcripts
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".transcript") }.sorted().compactMap { file in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else {
                return nil
            }
            return Transcript(name: file, text: text)
        }
    }

    public init(name: String, text: String) {
        self.name = name
        enum Part { case input, stdout, stderr }
        var part = Part.input
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if part == .input, line.hasPrefix("# "), input.isEmpty, arguments.isEmpty { continue }
            if part == .input, arguments.isEmpty, line.hasPrefix("$ setup ") {
                setup.append(String(line.dropFirst("$ setup ".count)))
            } else if part == .input, line.hasPrefix("$ afterschool") {
                arguments = Self.words(line.dropFirst("$ afterschool".count))
            } else if line == ">>> stdout" {
                part = .stdout
            } else if line == ">>> stderr" {
                part = .stderr
            } else if line.hasPrefix(">>> exit ") {
                exitCode = Int32(line.dropFirst(">>> exit ".count)) ?? -1
            } else {
                switch part {
                case .input: input.append(line)
                case .stdout: stdout.append(line)
                case .stderr: stderr.append(line)
                }
            }
        }
    }

    /// The words of an argument line: split at spaces, a quoted part kept whole without its quotes.
    static func words(_ line: Substring) -> [String] {
        var words: [String] = []
        var word: String?
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word = (word ?? "") + String(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                word = word ?? ""
            } else if character == " " {
                if let finished = word { words.append(finished) }
                word = nil
            } else {
                word = (word ?? "") + String(character)
            }
        }
        if let finished = word { words.append(finished) }
        return words
    }

    /// `text` with `$TMP`, `$FIXTURES` and `$REPO` replaced.
    public static func substitute(_ text: String, temporary: String) -> String {
        text.replacingOccurrences(of: "$TMP", with: temporary).replacingOccurrences(
            of: "$FIXTURES", with: Repository.fixtures
        )
        .replacingOccurrences(of: "$REPO", with: Repository.root.path)
    }

    /// The expected stdout or stderr as one text, for the temporary folder `temporary`.
    public static func expected(_ lines: [String], temporary: String) -> String {
        lines.isEmpty ? "" : lines.map { substitute($0, temporary: temporary) }.joined(separator: "\n") + "\n"
    }

    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var stdout: String
        public var stderr: String
        public var exitCode: Int32
        /// The folder that `$TMP` stood for (removed after the run).
        public var temporary: String
    }

    /// Runs the set-up, then the transcript, with the built program, in a fresh temporary folder.
    public func run() throws -> Outcome {
        let folder = try TemporaryFolder("transcript")
        defer { folder.remove() }
        // $TMP is a folder of its own, so that what the program is given and writes back stays apart.
        let temporary = folder.file("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        var arguments = arguments.map { Self.substitute($0, temporary: temporary) }
        var given: [String] = []
        for (option, value) in [
            ("--db", temporary + "/transcript.sqlite"), ("--plugins", Repository.plugins),
            ("--catalog", Repository.catalog),
        ] {
            if Self.value(of: option, in: arguments) == nil { given += [option, value] }
        }
        arguments = given + arguments
        if !setup.isEmpty {
            var setupArguments = ["--lang", "en"]
            for option in ["--db", "--plugins", "--catalog"] {
                if let value = Self.value(of: option, in: arguments) { setupArguments += [option, value] }
            }
            let script = setup.map { Self.substitute($0, temporary: temporary) }
            let result = try Program.run(arguments: setupArguments, input: script, home: temporary, in: folder)
            guard result.exitCode == 0 else {
                throw SetupFailed(errors: "exit \(result.exitCode)\n\(result.stderr)")
            }
        }
        let script = input.map { Self.substitute($0, temporary: temporary) }
        let result = try Program.run(arguments: arguments, input: script, home: temporary, in: folder)
        return Outcome(stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, temporary: temporary)
    }

    /// The value given to `option` (`--db PATH` or `--db=PATH`), if it is given.
    static func value(of option: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == option { return index + 1 < arguments.count ? arguments[index + 1] : "" }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }
}
