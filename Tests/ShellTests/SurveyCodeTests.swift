import Foundation
import Model
import Store
import TestSupport
import Testing

@testable import Shell

/// Codes are random, so their flow is checked here rather than in a transcript.
@Suite struct SurveyCodeTests {
    /// The small school with the parent survey open and its codes issued (printed as CSV), then `more`.
    func schoolWithCodes(on database: AppDatabase? = nil, then more: [String] = []) throws -> TestShell {
        try SmallSchool.shell(
            on: database,
            then: ["survey open parent-satisfaction", "format csv", "survey codes parent-satisfaction"] + more)
    }

    @Test func aKioskCodeSessionTakesTheSurveyOnceAndEnds() throws {
        let database = try AppDatabase.inMemory()
        let coordinator = try schoolWithCodes(on: database)
        let rows = coordinator.out.text.components(separatedBy: "\r\n").filter { $0.contains(",P0") }
        #expect(rows.count == 7)
        let code = try #require(rows.first?.components(separatedBy: ",").first)

        let kiosk = TestShell(database: database, kiosk: true)
        let answers = [
            "login code \(code)", "roster import x.csv", "survey take parent-satisfaction",
            "1", "2", "5", "", "", "", "", "1", "", "y", "whoami --format csv", "login code \(code)",
            "login code ZZZZ-ZZZZ",
        ]
        #expect(!kiosk.session.run(ScriptLines(name: "kiosk", lines: answers)))
        #expect(kiosk.out.text.contains("Thank you: your answers are saved"))
        #expect(kiosk.out.text.contains("role,id,name\r\n,,\r\n"))
        let errors = kiosk.err.text.components(separatedBy: "\n")
        #expect(errors.contains("kiosk:2: error: unknown command 'roster'"))
        #expect(errors.contains("kiosk:15: error: code '\(code)' is not valid (unknown or already used)"))
        #expect(errors.contains("kiosk:16: error: code 'ZZZZ-ZZZZ' is not valid (unknown or already used)"))
        #expect(
            try database.surveyCounts(semester: "2026-autumn", form: "parent-satisfaction") == (
                invited: 7, responses: 1
            ))
    }

    @Test func reissueVoidsTheOldCode() throws {
        let coordinator = try schoolWithCodes(then: ["survey codes parent-satisfaction --reissue P01"])
        let rows = coordinator.out.text.components(separatedBy: "\r\n").filter { $0.contains(",P01,") }
        #expect(rows.count == 2)
        let old = try #require(rows.first?.components(separatedBy: ",").first)
        let new = try #require(rows.last?.components(separatedBy: ",").first)
        #expect(
            !coordinator.session.execute(
                "survey submit parent-satisfaction --code \(old) --answer aware=yes --answer overall=4"))
        #expect(
            coordinator.session.execute(
                "survey submit parent-satisfaction --code \(new) --answer aware=yes --answer overall=4"))
    }

    @Test func anImportByCodeSpendsEachCodeOnce() throws {
        let database = try AppDatabase.inMemory()
        let coordinator = try schoolWithCodes(on: database)
        let codes = coordinator.out.text.components(separatedBy: "\r\n").filter { $0.contains(",P0") }.compactMap {
            $0.components(separatedBy: ",").first
        }
        #expect(codes.count == 7)
        let folder = try TemporaryFolder("codes")
        defer { folder.remove() }
        // Typed from slips: spaces around a code and lower case are forgiven.
        let first = folder.url.appendingPathComponent("first.csv")
        try Data("code,aware,overall\n \(codes[0]) ,yes,4\n\(codes[1].lowercased()),no,2\n".utf8).write(to: first)
        #expect(
            coordinator.session.execute("survey import parent-satisfaction \(first.path)"), "\(coordinator.err.text)")
        // A code used already, or never issued, refuses the whole file.
        let second = folder.url.appendingPathComponent("second.csv")
        try Data("code,aware,overall\n\(codes[2]),yes,5\n\(codes[0]),yes,5\nZZZZ-ZZZZ,yes,5\n ,yes,3\n".utf8).write(
            to: second)
        #expect(!coordinator.session.execute("survey import parent-satisfaction \(second.path)"))
        let errors = coordinator.err.text.components(separatedBy: "\n")
        #expect(
            errors == [
                "error: \(second.path):3: code: code '\(codes[0])' is not valid (unknown or already used)",
                "error: \(second.path):4: code: code 'ZZZZ-ZZZZ' is not valid (unknown or already used)",
                "error: \(second.path):5: code: this row has no code",
                "hint: every row names its code",
                "error: 3 problems in '\(second.path)'; nothing was imported", "",
            ])
        #expect(
            try database.surveyCounts(semester: "2026-autumn", form: "parent-satisfaction") == (
                invited: 7, responses: 2
            ))
    }
}
