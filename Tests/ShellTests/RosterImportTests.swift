import Foundation
import Model
import School
import Store
import TestSupport
import Testing

@testable import Shell

@Suite struct RosterImportTests {
    @Test func oneBadRowAmongAThousandChangesNothingThenTheFixedFileImportsAll() throws {
        let folder = try TemporaryFolder("roster")
        defer { folder.remove() }
        func write(badRow: Bool) throws -> String {
            var text = SampleRoster.header
            for index in 1...1000 {
                let grade = badRow && index == 500 ? "10" : String(1 + index % 5)
                text += "S\(index),学生\(index),\(grade),\(1 + index % 5)-1,G\(index / 2),家长\(index / 2)\n"
            }
            let path = folder.file(badRow ? "bad.csv" : "good.csv")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let bad = try write(badRow: true)
        let good = try write(badRow: false)
        let shell = TestShell(database: try AppDatabase.inMemory())
        let (session, out, err) = (shell.session, shell.out, shell.err)
        #expect(!session.execute("roster import \(bad)"))
        #expect(
            err.text
                == "error: \(bad):501: grade: '10' is not a grade from 1 to 9\nerror: 1 problem in '\(bad)'; "
                + "nothing was imported\n"
        )
        #expect(try session.school.database().students().isEmpty)
        #expect(session.execute("roster import \(good) --format json"))
        #expect(out.text.contains("\"added\": 1000"))
        #expect(try session.school.database().students().count == 1000)
    }
}
