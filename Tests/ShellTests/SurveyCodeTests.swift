import Foundation
import Model
import Store
import Testing
@testable import Shell

/// Codes are random, so their flow is checked here rather than in a transcript.
@Suite struct SurveyCodeTests {
    func session(_ database: AppDatabase, kiosk: Bool = false) -> (Session, BufferSink, BufferSink) {
        let out = BufferSink(), err = BufferSink()
        let options = SessionOptions(pluginsPath: Transcript.repository.appendingPathComponent("Plugins").path,
                                     catalogPath: Transcript.repository.appendingPathComponent("Catalog").path, kiosk: kiosk)
        return (Session(options: options, out: out, err: err, database: database), out, err)
    }

    /// The small school with the parent survey open and its codes issued (printed as CSV), then `then`.
    func schoolWithCodes(then more: [String] = []) throws -> (AppDatabase, Session, BufferSink, BufferSink) {
        let database = try AppDatabase.inMemory()
        let (coordinator, out, err) = session(database)
        let setup = ["semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
                     "roster import \(Transcript.fixtures)/roster/small-school.csv",
                     "survey open parent-satisfaction", "format csv", "survey codes parent-satisfaction"] + more
        #expect(coordinator.run(ScriptLines(name: "setup", lines: setup)), "\(err.text)")
        return (database, coordinator, out, err)
    }

    @Test func aKioskCodeSessionTakesTheSurveyOnceAndEnds() throws {
        let (database, coordinator, out, err) = try schoolWithCodes()
        let rows = out.text.components(separatedBy: "\r\n").filter { $0.contains(",P0") }
        #expect(rows.count == 7)
        let code = try #require(rows.first?.components(separatedBy: ",").first)

        let (kiosk, kioskOut, kioskErr) = session(database, kiosk: true)
        let answers = ["login code \(code)", "roster import x.csv", "survey take parent-satisfaction",
                       "1", "2", "5", "", "", "", "", "1", "", "y", "whoami --format csv", "login code \(code)", "login code ZZZZ-ZZZZ"]
        #expect(!kiosk.run(ScriptLines(name: "kiosk", lines: answers)))
        #expect(kioskOut.text.contains("Thank you: your answers are saved"))
        #expect(kioskOut.text.contains("role,id,name\r\n,,\r\n"))
        let errors = kioskErr.text.components(separatedBy: "\n")
        #expect(errors.contains("kiosk:2: error: unknown command 'roster'"))
        #expect(errors.contains("kiosk:15: error: code '\(code)' is not valid (unknown or already used)"))
        #expect(errors.contains("kiosk:16: error: code 'ZZZZ-ZZZZ' is not valid (unknown or already used)"))
        #expect(try database.surveyCounts(semester: "2026-autumn", form: "parent-satisfaction") == (invited: 7, responses: 1))
    }

    @Test func reissueVoidsTheOldCode() throws {
        let (_, coordinator, out, err) = try schoolWithCodes(then: ["survey codes parent-satisfaction --reissue P01"])
        let rows = out.text.components(separatedBy: "\r\n").filter { $0.contains(",P01,") }
        #expect(rows.count == 2)
        let old = try #require(rows.first?.components(separatedBy: ",").first)
        let new = try #require(rows.last?.components(separatedBy: ",").first)
        #expect(!coordinator.execute("survey submit parent-satisfaction --code \(old) --answer aware=yes --answer overall=4"))
        #expect(coordinator.execute("survey submit parent-satisfaction --code \(new) --answer aware=yes --answer overall=4"))
    }

    @Test func anImportByCodeSpendsEachCodeOnce() throws {
        let (database, coordinator, out, err) = try schoolWithCodes()
        let codes = out.text.components(separatedBy: "\r\n").filter { $0.contains(",P0") }.compactMap { $0.components(separatedBy: ",").first }
        #expect(codes.count == 7)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Typed from slips: spaces around a code and lower case are forgiven.
        let first = folder.appendingPathComponent("first.csv")
        try Data("code,aware,overall\n \(codes[0]) ,yes,4\n\(codes[1].lowercased()),no,2\n".utf8).write(to: first)
        #expect(coordinator.execute("survey import parent-satisfaction \(first.path)"), "\(err.text)")
        // A code used already, or never issued, refuses the whole file.
        let second = folder.appendingPathComponent("second.csv")
        try Data("code,aware,overall\n\(codes[2]),yes,5\n\(codes[0]),yes,5\nZZZZ-ZZZZ,yes,5\n ,yes,3\n".utf8).write(to: second)
        #expect(!coordinator.execute("survey import parent-satisfaction \(second.path)"))
        let errors = err.text.components(separatedBy: "\n")
        #expect(errors == [
            "error: \(second.path):3: code: code '\(codes[0])' is not valid (unknown or already used)",
            "error: \(second.path):4: code: code 'ZZZZ-ZZZZ' is not valid (unknown or already used)",
            "error: \(second.path):5: code: this row has no code",
            "hint: every row names its code",
            "error: 3 problems in '\(second.path)'; nothing was imported", "",
        ])
        #expect(try database.surveyCounts(semester: "2026-autumn", form: "parent-satisfaction") == (invited: 7, responses: 2))
    }
}
