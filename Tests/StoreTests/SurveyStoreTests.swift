import Foundation
import GRDB
import Model
import TestSupport
import Testing

@testable import Store

@Suite struct SurveyStoreTests {
    /// A school file in a new folder (the caller removes it) with `families` families and the survey "f" open.
    func school(families: Int) throws -> (AppDatabase, TemporaryFolder) {
        let folder = try TemporaryFolder("survey")
        let database = try AppDatabase.open(path: folder.file("school.sqlite"))
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        try database.importRoster(csv: SampleRoster.families(families))
        try database.openSurvey(semester: "s", form: "f", version: 1, digest: "d")
        return (database, folder)
    }

    func response(_ overall: Int) -> SurveyResponse {
        SurveyResponse(
            version: 1, day: CalendarDate(dayNumber: 20_000), answers: ["aware": "yes", "overall": String(overall)],
            groups: ["grade": ["1"]])
    }

    @Test func hundredCodesEachWorkOnceAndNoTableLinksACodeToAResponse() throws {
        let (database, folder) = try school(families: 100)
        defer { folder.remove() }
        let issued = try database.issueCodes(
            semester: "s", form: "f", holders: (0..<100).map { "G\($0)" }, reissue: nil)
        #expect(issued.count == 100)
        #expect(Set(issued.map(\.code)).count == 100)
        #expect(issued.allSatisfy { $0.code.count == 9 && !$0.code.contains(where: { "01OI".contains($0) }) })
        for (index, item) in issued.enumerated() {
            try database.storeResponse(
                response(1 + index % 5), semester: "s", form: "f", turn: .code(item.code), holder: item.holder)
        }
        for item in issued.prefix(10) {
            #expect(throws: Refusal.self) {
                try database.storeResponse(
                    response(5), semester: "s", form: "f", turn: .code(item.code), holder: item.holder)
            }
        }
        #expect(try database.surveyCounts(semester: "s", form: "f") == (invited: 100, responses: 100))
        // An unknown code and a spent one are refused in the same words.
        #expect(AppDatabase.invalidCode("X").message == AppDatabase.invalidCode("X").message)
        try database.read { db in
            let columns = try db.columns(in: "survey_response").map(\.name)
            #expect(columns == ["id", "semester_id", "form_id", "version", "day", "respondent", "answers"])
            // A response's answers are its question ids and answers, nothing else.
            let answers = Set(try String.fetchAll(db, sql: "SELECT answers FROM survey_response"))
            #expect(answers == Set((1...5).map { #"{"aware":"yes","overall":"\#($0)"}"# }))
            #expect(
                try String.fetchOne(db, sql: "SELECT count(*) FROM survey_response WHERE respondent IS NOT NULL") == "0"
            )
            let codeColumns = try db.columns(in: "survey_code").map(\.name)
            #expect(!codeColumns.contains { $0.contains("response") })
            // Codes are stored only as keyed hashes.
            let stored = try String.fetchAll(db, sql: "SELECT code_hash FROM survey_code")
            #expect(stored.allSatisfy { $0.count == 64 })
            #expect(
                !stored.contains { hash in
                    issued.contains { hash.contains($0.code.replacingOccurrences(of: "-", with: "")) }
                })
            // Storage order is the random key order, not the order of arrival.
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM survey_response")
            #expect(ids == ids.sorted())
        }
    }

    @Test func aFamilyAnswersOnceAndAFailedResponseLeavesNothing() throws {
        let (database, folder) = try school(families: 3)
        defer { folder.remove() }
        try database.storeResponse(response(4), semester: "s", form: "f", turn: .holder("G0"), holder: "G0")
        #expect(throws: Refusal.self) {
            try database.storeResponse(response(4), semester: "s", form: "f", turn: .holder("G0"), holder: "G0")
        }
        #expect(throws: Refusal.self) {
            try database.storeResponse(response(4), semester: "s", form: "f", turn: .code("NOPE-NOPE"), holder: "G1")
        }
        #expect(try database.responses(semester: "s", form: "f").count == 1)
        #expect(try database.hasAnswered(holder: "G1", semester: "s", form: "f") == false)
    }

    @Test func manyResponsesAtOnceAreStoredWhole() throws {
        let (database, folder) = try school(families: 75)
        defer { folder.remove() }
        // 75 responses and 75 + 25 breakdown keys: two full batches of rows and a shorter last one.
        let made = (0..<75).map { family in
            SurveyResponse(
                version: 1, day: CalendarDate(dayNumber: 20_000),
                answers: ["overall": String(1 + family % 5), "comments": "family \(family)"],
                groups: ["grade": family % 3 == 0 ? ["1", "2"] : ["1"], "class": ["1-\(family % 4)"]])
        }
        try database.storeResponses(
            made.enumerated().map { (PreparedResponse($0.element), .holder("G\($0.offset)"), "G\($0.offset)") },
            semester: "s", form: "f")
        let stored = try database.responses(semester: "s", form: "f")
        #expect(stored.count == 75)
        #expect(Set(stored.map(\.answers)) == Set(made.map(\.answers)))
        #expect(Set(stored.map { $0.groups.mapValues { $0.sorted() } }) == Set(made.map(\.groups)))
        #expect(try (0..<75).allSatisfy { try database.hasAnswered(holder: "G\($0)", semester: "s", form: "f") })
        // A second import naming one family again stores none of its responses.
        let again = [(PreparedResponse(made[0]), SurveyTurn.holder("G74"), "G74")]
        #expect(throws: Refusal.self) { try database.storeResponses(again, semester: "s", form: "f") }
        #expect(try database.responses(semester: "s", form: "f").count == 75)
    }

    @Test func fourProcessesSubmittingAtOnceLoseNothing() async throws {
        let (database, folder) = try school(families: 200)
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        _ = database
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let connection = try AppDatabase.open(path: path)
                    for family in stride(from: worker, to: 200, by: 4) {
                        try connection.storeResponse(
                            self.response(1 + family % 5), semester: "s", form: "f", turn: .holder("G\(family)"),
                            holder: "G\(family)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try AppDatabase.open(path: path).responses(semester: "s", form: "f").count == 200)
    }

    @Test func aFormChangedAfterResponsesNeedsANewVersion() throws {
        let (database, folder) = try school(families: 2)
        defer { folder.remove() }
        try database.storeResponse(response(4), semester: "s", form: "f", turn: .holder("G0"), holder: "G0")
        #expect(throws: Refusal.self) {
            try database.openSurvey(semester: "s", form: "f", version: 1, digest: "changed")
        }
        try database.openSurvey(semester: "s", form: "f", version: 2, digest: "changed")
    }
}

/// A report reads one state of the file however many reads it makes, while others write.
@Suite struct SnapshotTests {
    @Test func readsInASnapshotDoNotSeeLaterWrites() throws {
        let folder = try TemporaryFolder("snapshot")
        defer { folder.remove() }
        let database = try AppDatabase.open(path: folder.file("school.sqlite"))
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22", surveys: ["f"])
        try database.importRoster(csv: SampleRoster.families(3))
        func answer(_ holder: String) throws {
            let response = SurveyResponse(
                version: 1, day: CalendarDate(dayNumber: 20_400), answers: ["overall": "5"], groups: [:])
            try database.storeResponse(response, semester: "s", form: "f", turn: .holder(holder), holder: holder)
        }
        try answer("G0")
        let (before, after) = try database.withSnapshot { snapshot in
            let before = try snapshot.surveyCounts(semester: "s", form: "f").responses
            try answer("G1")
            return (before, try snapshot.surveyCounts(semester: "s", form: "f").responses)
        }
        #expect(before == 1)
        #expect(after == 1)
        #expect(try database.surveyCounts(semester: "s", form: "f").responses == 2)
    }
}

/// Another program writing the file never makes a read wait; writing goes ahead once it has finished.
@Suite struct BusyDatabaseTests {
    @Test func readsGoAheadWhileAnotherProgramWrites() throws {
        let folder = try TemporaryFolder("busy")
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        let first = try AppDatabase.open(path: path)
        try first.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        try first.close()
        let other = try DatabaseQueue(path: path)
        var opened: AppDatabase?
        try other.inTransaction(.immediate) { db in
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('other', 'program')")
            let database = try AppDatabase.open(path: path)
            #expect(try database.semesters().all.map(\.id) == ["s"])
            opened = database
            return .commit
        }
        // Once the other program has finished, the same database writes.
        let database = try #require(opened)
        try database.addTeacher(Teacher(id: "T1", name: "王老师"))
        #expect(try database.teachers().map(\.id) == ["T1"])
        try database.close()
        try other.close()
    }
}

/// A file that a newer version migrated further is refused unchanged, in words.
@Suite struct NewerDatabaseTests {
    @Test func aMigrationThisVersionDoesNotKnowIsNamed() throws {
        let folder = try TemporaryFolder("newer")
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        try AppDatabase.open(path: path).close()
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try AppDatabase.open(path: path)
        } throws: { error in
            guard case .newer(let unknown, _) = error as? DatabaseFileError else { return false }
            return unknown == "v99-from-the-future"
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
