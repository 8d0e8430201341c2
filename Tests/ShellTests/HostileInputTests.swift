import Foundation
import Model
import TestSupport
import Testing

@testable import Shell

/// Input written elsewhere, or written to hurt, is read as meant or refused in words, quickly.
@Suite struct HostileInputTests {
    @Test func scriptsWithCRLFOrCRLineEndsAreReadLineByLine() {
        #expect(ScriptLines.lines(of: "semester list\r\nhelp\r\n") == ["semester list", "help"])
        #expect(ScriptLines.lines(of: "\u{FEFF}semester list\rhelp\r") == ["semester list", "help"])
        #expect(ScriptLines.lines(of: "a\n\nb") == ["a", "", "b"])
        #expect(ScriptLines.lines(of: "a\r\n\r\nb\n") == ["a", "", "b"])
    }

    @Test func aScriptThatSourcesItselfIsRefusedNotACrash() throws {
        let folder = try TemporaryFolder("source")
        defer { folder.remove() }
        let path = folder.file("loop.afterschool")
        try Data("source \(path)\n".utf8).write(to: URL(fileURLWithPath: path))
        let shell = TestShell(database: nil, databasePath: folder.file("x.sqlite"))
        #expect(!shell.session.execute("source \(path)"))
        #expect(shell.err.text.contains("scripts nest more than 16 deep: does '\(path)' source itself?"))
    }

    /// Measured against every candidate, a megabyte id took seventy seconds; it names nothing.
    @Test func aMegabyteIdIsNoTypoOfAnything() {
        #expect(
            Suggestion.closest(to: String(repeating: "x", count: 1_000_000), among: (0..<600).map { "S\($0)" }) == nil)
    }

    @Test func controlCharactersInStoredTextArePrintedVisibly() {
        let name = "林\u{1B}[2J一\u{7}"
        let table = TableRenderer().render(
            .listing(columns: [Column("name", zh: "姓名", en: "name")], records: [Record(["name": .text(name)])]),
            language: .en)
        #expect(!table.contains("\u{1B}"))
        #expect(table.contains("林^[[2J一^G"))
    }
}

/// Dates are of this century: a far one is a slip, refused where it is typed.
@Suite struct DateRangeTests {
    @Test func aDateOutsideTheCenturyIsRefusedWithItsFlag() {
        #expect(
            throws: Refusal(
                zh: "--from：0000-01-01 不在 2000 到 2099 年之间", en: "--from: 0000-01-01 is not a date from 2000 to 2099",
                hintZh: "例如 2026-09-01", hintEn: "for example 2026-09-01")
        ) {
            try ParsedArguments.date("0000-01-01", name: "--from")
        }
        #expect(throws: Never.self) { try ParsedArguments.date("2099-12-31", name: "--to") }
    }
}

/// A roster that contradicts itself about a family is refused, every contradiction with its lines.
@Suite struct GuardianConsistencyTests {
    @Test func oneGuardianIdHasOneNameAndTheSecondGuardianIsAnotherPerson() throws {
        let text = """
            student_id,name,grade,class,guardian_id,guardian_name,guardian2_id
            A1,林一,2,2-1,P1,林父,P1
            A2,林二,3,3-1,P1,林母,
            A3,周三,3,3-1,P2,周母,P1
            """
        #expect {
            try RosterFile(try CSVDocument(parsing: text))
        } throws: { error in
            let problems = (error as? ProblemList)?.problems.map {
                "\($0.line) \($0.column ?? "") \($0.message.text(.en))"
            }
            return problems == [
                "2 guardian2_id the second guardian is the first one again: 'P1'",
                "3 guardian_name guardian 'P1' is '林父' on line 2 and '林母' here",
            ]
        }
    }

    @Test func aQuestionAnsweredTwiceIsRefused() throws {
        let shell = try SmallSchool.shell(then: ["survey open parent-satisfaction"])
        #expect(
            !shell.session.execute(
                "survey submit parent-satisfaction --student A01 --answer overall=5 --answer overall=1"))
        #expect(shell.err.text.contains("--answer: question 'overall' is answered twice"))
    }
}

/// Control characters, byte order marks inside values and overlong cells never reach the roster.
@Suite struct RosterCellTests {
    @Test func eachUnfitCellIsNamedWithItsLineAndColumn() throws {
        let long = String(repeating: "x", count: 40)
        let text = """
            student_id,name,grade,class,guardian_id,guardian_name
            A1,林\u{1B}[2J一,2,2-1,P1,林父
            \(long),周三,3,3-1,P2,周\u{FEFF}母
            """
        #expect {
            try RosterFile(try CSVDocument(parsing: text))
        } throws: { error in
            let problems = (error as? ProblemList)?.problems.map {
                "\($0.line) \($0.column ?? "") \($0.message.text(.en))"
            }
            return problems == [
                "2 name holds the control character U+001B",
                "3 student_id has 40 characters; at most 32",
                "3 guardian_name holds the control character U+FEFF",
            ]
        }
    }
}

/// A CSV file with old Mac line ends (a lone CR) is read row by row, each with its line.
@Suite struct CROnlyCSVTests {
    @Test func loneCRsEndLines() throws {
        let document = try CSVDocument(parsing: "a,b\r1,\"x\ry\"\r2,z\r")
        #expect(document.header == ["a", "b"])
        #expect(document.records.map(\.fields) == [["1", "x\ry"], ["2", "z"]])
        #expect(document.records.map(\.line) == [2, 4])
    }
}

/// An import that would rename a family's guardian says so, unless the school means it.
@Suite struct GuardianRenameTests {
    @Test func aRenameNeedsToBeMeant() throws {
        let folder = try TemporaryFolder("rename")
        defer { folder.remove() }
        let file = folder.file("renamed.csv")
        try Data("student_id,name,grade,class,guardian_id,guardian_name\nA01,林一,2,2-1,P01,林母\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let shell = try SmallSchool.shell()
        #expect(!shell.session.execute("roster import \(file)"))
        #expect(
            shell.err.text.contains("\(file):2: guardian_name: guardian 'P01' is '林父' in the database and '林母' here"))
        #expect(shell.session.execute("roster import \(file) --rename-guardians"))
        #expect(try shell.session.school.requireStudent("A01").guardians.first?.name == "林母")
    }
}
