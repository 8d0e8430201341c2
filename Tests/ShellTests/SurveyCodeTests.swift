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

    @Test func aKioskCodeSessionTakesTheSurveyOnceAndEnds() throws {
        let database = try AppDatabase.inMemory()
        let (coordinator, out, err) = session(database)
        let setup = ["semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
                     "roster import \(Transcript.fixtures)/roster/small-school.csv",
                     "survey open parent-satisfaction", "format csv", "survey codes parent-satisfaction"]
        #expect(coordinator.run(ScriptLines(name: "setup", lines: setup)), "\(err.text)")
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
        let database = try AppDatabase.inMemory()
        let (coordinator, out, err) = session(database)
        let setup = ["semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
                     "roster import \(Transcript.fixtures)/roster/small-school.csv",
                     "survey open parent-satisfaction", "format csv", "survey codes parent-satisfaction",
                     "survey codes parent-satisfaction --reissue P01"]
        #expect(coordinator.run(ScriptLines(name: "setup", lines: setup)), "\(err.text)")
        let rows = out.text.components(separatedBy: "\r\n").filter { $0.contains(",P01,") }
        #expect(rows.count == 2)
        let old = try #require(rows.first?.components(separatedBy: ",").first)
        let new = try #require(rows.last?.components(separatedBy: ",").first)
        #expect(!coordinator.execute("survey submit parent-satisfaction --code \(old) --answer aware=yes --answer overall=4"))
        #expect(coordinator.execute("survey submit parent-satisfaction --code \(new) --answer aware=yes --answer overall=4"))
    }
}
