import Foundation
import Model
import Store
import Testing
@testable import Shell

/// A shell transcript: the arguments, the script fed on stdin, and the exact stdout, stderr and
/// exit code expected. Files live in `Transcripts/` beside this file:
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
/// `$ setup` lines run first, as the coordinator, and must succeed; their output is not compared.
/// `$TMP` in any part stands for a fresh temporary folder, `$FIXTURES` for `Fixtures/` beside
/// this file and `$REPO` for the repository.
struct Transcript: CustomStringConvertible {
    let name: String
    var arguments: [String] = []
    var setup: [String] = []
    var input: [String] = []
    var stdout: [String] = []
    var stderr: [String] = []
    var exitCode: Int32 = 0

    var description: String { name }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func all() -> [Transcript] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".transcript") }.sorted().compactMap { file in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
            return Transcript(name: file, text: text)
        }
    }

    init(name: String, text: String) {
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
                arguments = line.dropFirst("$ afterschool".count).split(separator: " ").map(String.init)
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

    static func substitute(_ text: String, temporary: String) -> String {
        text.replacingOccurrences(of: "$TMP", with: temporary).replacingOccurrences(of: "$FIXTURES", with: fixtures)
            .replacingOccurrences(of: "$REPO", with: repository.path)
    }

    /// Runs the transcript on an in-memory database, from the repository root, and returns
    /// what came out.
    func run(temporary: String) throws -> (stdout: String, stderr: String, exitCode: Int32) {
        var options = SessionOptions(
            pluginsPath: Self.repository.appendingPathComponent("Plugins").path,
            catalogPath: Self.repository.appendingPathComponent("Catalog").path)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? Self.substitute(arguments[index + 1], temporary: temporary) : ""
            switch argument {
            case "--lang": options.language = Language(rawValue: value) ?? .en; index += 1
            case "--format": options.format = OutputFormat(rawValue: value) ?? .table; index += 1
            case "--plugins": options.pluginsPath = value; index += 1
            case "--catalog": options.catalogPath = value; index += 1
            case "--bail": options.bail = true
            case "--kiosk": options.kiosk = true
            default: Issue.record("transcript \(name): unsupported argument \(argument)")
            }
            index += 1
        }
        let database = try AppDatabase.inMemory()
        if !setup.isEmpty {
            let setupErrors = BufferSink()
            let coordinator = Session(options: SessionOptions(pluginsPath: options.pluginsPath, catalogPath: options.catalogPath),
                                      out: BufferSink(), err: setupErrors, database: database)
            let lines = setup.map { Self.substitute($0, temporary: temporary) }
            if !coordinator.run(ScriptLines(name: "setup", lines: lines)) {
                Issue.record("setup of \(name) failed: \(setupErrors.text)")
            }
        }
        let out = BufferSink(), err = BufferSink()
        let session = Session(options: options, out: out, err: err, database: database)
        let script = input.map { Self.substitute($0, temporary: temporary) }
        let succeeded = session.run(ScriptLines(name: "<stdin>", lines: script))
        return (out.text, err.text, succeeded ? 0 : 1)
    }
}

@Suite struct TranscriptTests {
    @Test(arguments: Transcript.all())
    func transcript(_ transcript: Transcript) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("afterschool-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let result = try transcript.run(temporary: temporary)
        func expected(_ lines: [String]) -> String {
            lines.isEmpty ? "" : lines.map { Transcript.substitute($0, temporary: temporary) }.joined(separator: "\n") + "\n"
        }
        #expect(result.stdout.replacingOccurrences(of: "\r\n", with: "\n") == expected(transcript.stdout), "stdout of \(transcript.name)")
        #expect(result.stderr == expected(transcript.stderr), "stderr of \(transcript.name)")
        #expect(result.exitCode == transcript.exitCode, "exit code of \(transcript.name)")
    }

    @Test func thereAreTranscripts() {
        #expect(Transcript.all().count >= 5)
    }
}
