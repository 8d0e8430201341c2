import Foundation
import Model
import Store
import TestSupport
import Testing

@testable import Shell

/// Nothing a user types crashes the shell: every command, with odd arguments, on a school with
/// data in every table, either succeeds or refuses in words.
@Suite struct ShellRobustnessTests {
    static let oddWords = [
        "", "x", "-1", "0", "99999999999999999999", "3-1", "mon,sat", "25:00", "2021-02-30", "足球", "'", "\"",
        "--", "--format", "--bogus", "A01", "P01", "T01", "rope", "study-2-mon-activity-1", "parent", "code",
        "\u{0}", "🙂", String(repeating: "长", count: 300),
    ]

    /// How every line a user is shown on stderr begins, after the file it is about, if any.
    static let prefixes = ["error: ", "hint: ", "warning: ", "note: "]
    /// What a program's own description of a value looks like: never for a user.
    static let dumps = ["Error(", "(rawValue:", "Optional(", "DecodingError", "GRDB", "SQLite error"]

    func school() throws -> TestShell {
        try SmallSchool.shell(then: [
            "teacher add T01 --name 王老师",
            "club publish --module sports --title 跳绳 --grades 1-5 --capacity 2 --days mon --segment activity "
                + "--teacher T01 --set venue=playground --set rain_plan=x --id rope",
            "enrol A01 --days mon,wed --until latecare", "enrol A03 --days mon --until activity",
            "choose A01 rope", "choose A03 rope", "match run --seed 1", "match publish",
            "survey open parent-satisfaction",
        ])
    }

    /// Whether `text` is a line said to a user: `error: …`, `hint: …`, `warning: …` or `note: …`,
    /// or a diagnostic about a file (`FILE: error: …`) and the count of them (`2 errors`).
    static func isWorded(_ text: Substring) -> Bool {
        prefixes.contains { text.hasPrefix($0) || text.contains(": " + $0) }
            || text.wholeMatch(of: #/[0-9]+ errors?(, [0-9]+ warnings?)?|[0-9]+ warnings?/#) != nil
    }

    /// What is wrong with what a line wrote on stderr, or nil: a line that fails must say why, and
    /// everything on stderr is said in words (`isWorded`), with no value printed as the program
    /// sees it (a type's name, `case(label: …)`).
    static func problem(succeeded: Bool, written: String) -> String? {
        if !succeeded, written.isEmpty { return "failed without a word" }
        let unworded = written.split(separator: "\n").contains { !isWorded($0) }
        let dumped = dumps.contains { written.contains($0) } || written.contains(#/[A-Za-z]\([a-zA-Z]+: /#)
        return unworded || dumped ? written.split(separator: "\n").joined(separator: "\n  ") : nil
    }

    /// Runs `line`, adding to `problems` what is wrong with what it wrote on stderr; true when it succeeded.
    static func execute(_ shell: TestShell, _ line: String, problems: inout [String]) -> Bool {
        let before = shell.err.text.utf8.count
        let succeeded = shell.session.execute(line)
        let written = String(decoding: shell.err.text.utf8.dropFirst(before), as: UTF8.self)
        if let problem = problem(succeeded: succeeded, written: written) { problems.append("\(line)\n  \(problem)") }
        return succeeded
    }

    @Test func theCheckTellsWordsFromDumps() {
        #expect(Self.problem(succeeded: true, written: "") == nil)
        #expect(Self.problem(succeeded: false, written: "error: no semester is open\nhint: open one first\n") == nil)
        #expect(Self.problem(succeeded: false, written: "Catalog/forms/x.yaml:3:1: error: bad\n1 error\n") == nil)
        #expect(Self.problem(succeeded: true, written: "note: no responses yet\n") == nil)
        #expect(Self.problem(succeeded: false, written: "") != nil)
        #expect(Self.problem(succeeded: false, written: "no semester is open\n") != nil)
        #expect(Self.problem(succeeded: false, written: "error: alreadyPlaced(student: \"A01\")\n") != nil)
        #expect(Self.problem(succeeded: false, written: "error: Optional(\"x\")\n") != nil)
        #expect(Self.problem(succeeded: false, written: "error: SQLite error 19: UNIQUE constraint failed\n") != nil)
    }

    @Test func everyCommandWithOddArgumentsRefusesInWordsOrSucceeds() throws {
        let shell = try school()
        var generator = SeededGenerator(seed: 7)
        var problems: [String] = []
        var refused = 0
        var lines = 0
        // Commands that would wait for answers get an empty source: they must refuse, not hang.
        // Commands that write files (backup, --out, --html) are left out: a test writes nothing where it runs.
        for command in shell.session.commands.commands where !["quit", "exit", "backup"].contains(command.name) {
            let flags = command.flags.filter { $0.name != "--out" && $0.name != "--html" }
            for _ in 0..<40 {
                var words = command.path
                for _ in 0..<generator.next(5) {
                    if !flags.isEmpty, generator.next(3) == 0 {
                        words.append(flags[generator.next(flags.count)].name)
                    }
                    words.append(Self.oddWords[generator.next(Self.oddWords.count)])
                }
                let line = words.map { "'" + $0.replacingOccurrences(of: "'", with: "") + "'" }.joined(separator: " ")
                lines += 1
                if !Self.execute(shell, line, problems: &problems) { refused += 1 }
            }
        }
        // Most odd lines are refused, so the check above saw many refusals.
        #expect(refused > lines / 2, "\(refused) of \(lines) refused")
        #expect(
            problems.isEmpty,
            "\(problems.count) lines not refused in words:\n\(problems.prefix(20).joined(separator: "\n"))")
        #expect(shell.session.execute("semester list"))
    }

    @Test func randomLinesNeverCrashTheTokenizerOrDispatcher() throws {
        let shell = try school()
        var generator = SeededGenerator(seed: 11)
        var problems: [String] = []
        var refused = 0
        let alphabet = Array("abc -'\"\\#足球\t\u{3000}=,:0123456789semtrclubmatchsurvey")
        for _ in 0..<500 {
            let length = generator.next(40)
            let line = String((0..<length).map { _ in alphabet[generator.next(alphabet.count)] })
            if !Self.execute(shell, line, problems: &problems) { refused += 1 }
        }
        #expect(refused > 250, "\(refused) of 500 refused")
        #expect(
            problems.isEmpty,
            "\(problems.count) lines not refused in words:\n\(problems.prefix(20).joined(separator: "\n"))")
        #expect(shell.session.execute("help"))
    }
}
