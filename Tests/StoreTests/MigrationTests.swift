import Foundation
import GRDB
import Model
import Testing

@testable import Store

@Suite struct MigrationTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("afterschool-\(UUID().uuidString).sqlite").path
    }

    @Test func migratesAnEmptyFile() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try AppDatabase.open(path: path)
        #expect(try database.appliedMigrations() == AppDatabase.migrator.migrations.sorted())
        #expect(AppDatabase.migrator.migrations.first == "v1-semesters-and-settings")
        #expect(try database.semesters().all.isEmpty)
    }

    @Test func reopensAnAlreadyMigratedFileWithItsData() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let semester = Semester(
            id: "2026-autumn", from: try #require(CalendarDate("2026-09-01")),
            to: try #require(CalendarDate("2027-01-22")))
        do {
            let database = try AppDatabase.open(path: path)
            try database.openSemester(semester)
        }
        let again = try AppDatabase.open(path: path)
        #expect(try again.appliedMigrations() == AppDatabase.migrator.migrations.sorted())
        #expect(try again.semesters().all == [semester])
        #expect(try again.currentSemester() == semester)
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesItAlone() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("name,grade\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DatabaseFileError.notSQLite(path: path)) { try AppDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("name,grade\n".utf8))
    }

    @Test func refusesAFolderThatDoesNotExist() {
        #expect(throws: DatabaseFileError.noSuchDirectory(path: "/nonexistent-folder/x.sqlite")) {
            try AppDatabase.open(path: "/nonexistent-folder/x.sqlite")
        }
    }

    @Test func aFailedSemesterOpenLeavesNothingBehind() throws {
        let database = try AppDatabase.inMemory()
        let first = Semester(
            id: "a", from: try #require(CalendarDate("2026-09-01")), to: try #require(CalendarDate("2027-01-22")))
        let overlapping = Semester(
            id: "b", from: try #require(CalendarDate("2027-01-01")), to: try #require(CalendarDate("2027-06-30")))
        try database.openSemester(first)
        #expect(throws: Refusal.self) { try database.openSemester(overlapping) }
        #expect(try database.semesters().all == [first])
        #expect(try database.semesters().current == "a")
    }

    @Test func twoConnectionsWriteTheSameFile() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let one = try AppDatabase.open(path: path)
        let two = try AppDatabase.open(path: path)
        try one.openSemester(
            Semester(
                id: "a", from: try #require(CalendarDate("2026-02-01")), to: try #require(CalendarDate("2026-07-01"))))
        try two.openSemester(
            Semester(
                id: "b", from: try #require(CalendarDate("2026-09-01")), to: try #require(CalendarDate("2027-01-22"))))
        #expect(try one.semesters().all.map(\.id) == ["a", "b"])
        #expect(try one.semesters().current == "b")
    }

    @Test func backupWritesAConsistentCopyAndNeverOverwrites() throws {
        let path = temporaryPath()
        let copy = temporaryPath()
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: copy)
        }
        let database = try AppDatabase.open(path: path)
        try database.openSemester(
            Semester(
                id: "a", from: try #require(CalendarDate("2026-02-01")), to: try #require(CalendarDate("2026-07-01"))))
        try database.backup(to: copy)
        #expect(try AppDatabase.open(path: copy).semesters().all.map(\.id) == ["a"])
        #expect(throws: DatabaseFileError.backupExists(path: copy)) { try database.backup(to: copy) }
    }

    @Test func answersStoredOneRowEachMoveIntoTheirResponse() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v8-report-indexes")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO semester(id, starts_on, ends_on) VALUES ('s', '2026-09-01', '2027-01-22')")
            for id in [7, 3] {
                try db.execute(
                    sql:
                        "INSERT INTO survey_response(id, semester_id, form_id, version, day) VALUES (?, 's', 'f', "
                        + "1, '2026-12-01')",
                    arguments: [id])
            }
            for (question, value) in [("overall", "4"), ("comments", #"say "hi"\ back"#), ("aware", "yes")] {
                try db.execute(
                    sql: "INSERT INTO survey_answer(response_id, question_id, value) VALUES (7, ?, ?)",
                    arguments: [question, value])
            }
        }
        let database = try AppDatabase(queue)
        let (answerTable, stored) = try queue.read { db in
            (
                try db.tableExists("survey_answer"),
                try String.fetchAll(db, sql: "SELECT answers FROM survey_response ORDER BY id")
            )
        }
        #expect(!answerTable)
        #expect(stored == ["{}", #"{"aware":"yes","comments":"say \"hi\"\\ back","overall":"4"}"#])
        let answers = try database.responses(semester: "s", form: "f").map(\.answers)
        #expect(answers.contains(["aware": "yes", "comments": #"say "hi"\ back"#, "overall": "4"]))
        #expect(answers.contains([:]))
    }
}
