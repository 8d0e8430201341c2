import Foundation
import Model
import Store
import Testing
import TestSupport
@testable import Shell

/// Nothing a user types crashes the shell: every command, with odd arguments, on a school with
/// data in every table, either succeeds or refuses in words.
@Suite struct ShellRobustnessTests {
    static let oddWords = ["", "x", "-1", "0", "99999999999999999999", "3-1", "mon,sat", "25:00", "2021-02-30", "足球", "'", "\"",
                           "--", "--format", "--bogus", "A01", "P01", "T01", "rope", "study-2-mon-activity-1", "parent", "code",
                           "\u{0}", "🙂", String(repeating: "长", count: 300)]

    func school() throws -> Session {
        try SmallSchool.shell(then: [
            "teacher add T01 --name 王老师",
            "club publish --module sports --title 跳绳 --grades 1-5 --capacity 2 --days mon --segment activity --teacher T01 --set venue=playground --set rain_plan=x --id rope",
            "enrol A01 --days mon,wed --until latecare", "enrol A03 --days mon --until activity",
            "choose A01 rope", "choose A03 rope", "match run --seed 1", "match publish", "survey open parent-satisfaction",
        ]).session
    }

    @Test func everyCommandWithOddArgumentsRefusesInWordsOrSucceeds() throws {
        let session = try school()
        var generator = SeededGenerator(seed: 7)
        // Commands that would wait for answers get an empty source: they must refuse, not hang.
        // Commands that write files (backup, --out, --html) are left out: a test writes nothing where it runs.
        for command in session.commands.commands where !["quit", "exit", "backup"].contains(command.name) {
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
                _ = session.execute(line)
            }
        }
        #expect(session.execute("semester list"))
    }

    @Test func randomLinesNeverCrashTheTokenizerOrDispatcher() throws {
        let session = try school()
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("abc -'\"\\#足球\t\u{3000}=,:0123456789semtrclubmatchsurvey")
        for _ in 0..<500 {
            let length = generator.next(40)
            let line = String((0..<length).map { _ in alphabet[generator.next(alphabet.count)] })
            _ = session.execute(line)
        }
        #expect(session.execute("help"))
    }
}

