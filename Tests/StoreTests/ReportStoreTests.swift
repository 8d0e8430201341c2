import Foundation
import GRDB
import Model
import TestSupport
import Testing

@testable import Store

@Suite struct ReportStoreTests {
    typealias Made = MadeResponse

    /// A database with two semesters and two forms, and the responses stored in it.
    static func school(responses count: Int, seed: UInt64) throws -> (AppDatabase, [Made]) {
        let database = try AppDatabase.inMemory()
        var generator = SeededGenerator(seed: seed)
        let semesters = [("2025-spring", "2025-02-17", "2025-06-30"), ("2025-autumn", "2025-09-01", "2026-01-20")]
        for (id, from, to) in semesters {
            try database.openSemester(id, from: from, to: to, surveys: ["f", "g"])
        }
        var made: [Made] = []
        for _ in 0..<count {
            let semester = semesters[Int(generator.next() % 2)].0
            let form = generator.next() % 5 == 0 ? "g" : "f"
            var answers: [String: String] = [:]
            if generator.next() % 10 != 0 { answers["overall"] = String(1 + generator.next() % 5) }
            if generator.next() % 4 != 0 { answers["aware"] = generator.next() % 3 == 0 ? "no" : "yes" }
            if generator.next() % 3 == 0 {
                answers["reasons"] = ["time", "time safety", "content"][Int(generator.next() % 3)]
            }
            let grades = Set((0..<(1 + Int(generator.next() % 2))).map { _ in String(1 + generator.next() % 5) })
            var groups: [String: [String]] = [
                "grade": grades.sorted(), "class": grades.map { "\($0)-\(1 + generator.next() % 3)" },
            ]
            if generator.next() % 3 != 0 {
                groups["module"] = [["arts", "sports", "study"][Int(generator.next() % 3)]]
            }
            made.append(Made(semester: semester, form: form, answers: answers, groups: groups))
        }
        try database.store(made)
        return (database, made)
    }

    /// The tallies computed from the made responses, independently of any SQL.
    static func expected(
        _ made: [Made], form: String, semester: String, questions: [String], by grouping: TallyGrouping
    ) -> [AnswerTally] {
        var counts: [AnswerTally: Int] = [:]
        for response in made where response.form == form && (grouping == .semester || response.semester == semester) {
            let values = questions.map { response.answers[$0] }
            let keys: [String?]
            switch grouping {
            case .none: keys = [nil]
            case .semester: keys = [response.semester]
            case .group(let dimension): keys = Set(response.groups[dimension] ?? []).map { $0 }
            }
            for key in keys { counts[AnswerTally(key: key, values: values, count: 0), default: 0] += 1 }
        }
        return counts.map { AnswerTally(key: $0.key.key, values: $0.key.values, count: $0.value) }.sorted(
            by: Self.order)
    }

    static func order(_ a: AnswerTally, _ b: AnswerTally) -> Bool {
        "\(a.key ?? "")|\(a.values.map { $0 ?? "∅" })" < "\(b.key ?? "")|\(b.values.map { $0 ?? "∅" })"
    }

    @Test(arguments: [
        TallyGrouping.none, .group("grade"), .group("class"), .group("module"), .semester,
    ])
    func talliesMatchAnIndependentCount(grouping: TallyGrouping) throws {
        let (database, made) = try Self.school(responses: 400, seed: 11)
        for questions in [["overall"], ["aware", "overall"], ["reasons", "overall", "aware"], []] {
            for form in ["f", "g"] {
                let tallies = try database.answerTallies(
                    form: form, semester: "2025-autumn", questions: questions, by: grouping)
                let expected = Self.expected(
                    made, form: form, semester: "2025-autumn", questions: questions, by: grouping)
                #expect(tallies.sorted(by: Self.order) == expected, "\(questions) \(form) \(grouping)")
            }
        }
    }

    @Test func aFileFromBeforeAnswersMovedIntoTheirResponsesIsReadToo() throws {
        // Another school's file, opened read-only for a district report, may still keep one row per answer.
        let (_, made) = try Self.school(responses: 300, seed: 5)
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v8-report-indexes")
        try queue.write { db in
            for (id, semester) in [("2025-spring", "2025-02-17"), ("2025-autumn", "2025-09-01")] {
                try db.execute(
                    sql: "INSERT INTO semester(id, starts_on, ends_on) VALUES (?, ?, '2026-06-30')",
                    arguments: [id, semester])
            }
            for (index, response) in made.enumerated() {
                try db.execute(
                    sql:
                        "INSERT INTO survey_response(id, semester_id, form_id, version, day) VALUES (?, ?, ?, 1, "
                        + "'2025-12-01')",
                    arguments: [index + 1, response.semester, response.form])
                for (question, value) in response.answers {
                    try db.execute(
                        sql: "INSERT INTO survey_answer(response_id, question_id, value) VALUES (?, ?, ?)",
                        arguments: [index + 1, question, value])
                }
                for (dimension, keys) in response.groups {
                    for key in Set(keys) {
                        try db.execute(
                            sql: "INSERT INTO survey_response_group(response_id, dimension, key) VALUES (?, ?, ?)",
                            arguments: [index + 1, dimension, key])
                    }
                }
            }
        }
        let old = AppDatabase(unmigrated: queue)
        for grouping in [TallyGrouping.none, .group("grade"), .semester] {
            let tallies = try old.answerTallies(
                form: "f", semester: "2025-autumn", questions: ["aware", "overall"], by: grouping)
            #expect(
                tallies.sorted(by: Self.order)
                    == Self.expected(
                        made, form: "f", semester: "2025-autumn", questions: ["aware", "overall"], by: grouping))
        }
    }

    @Test func aSemesterWithoutResponsesHasNoTallies() throws {
        let database = try AppDatabase.inMemory()
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        #expect(try database.answerTallies(form: "f", semester: "s", questions: ["overall"], by: .none).isEmpty)
        #expect(
            try database.answerTallies(form: "f", semester: "s", questions: ["overall"], by: .group("grade")).isEmpty)
    }

    @Test func breakdownKeysAndAnswersAreReadInResponseOrder() throws {
        let database = try AppDatabase.inMemory()
        try database.read { db in
            let plan = try Row.fetchAll(
                db,
                sql:
                    "EXPLAIN QUERY PLAN SELECT response_id, key FROM survey_response_group WHERE dimension = ? "
                    + "ORDER BY response_id",
                arguments: ["grade"]
            ).map { $0["detail"] as String }.joined(separator: "\n")
            #expect(plan.contains("survey_group_by_dimension"))
            #expect(!plan.contains("TEMP B-TREE"))
            // The responses and their answers come in their table's own key order: no sort.
            let responses = try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT id, semester_id, json_extract(answers, ?) FROM survey_response WHERE
                    +form_id = ? AND +semester_id = ? ORDER BY id
                    """, arguments: ["$.overall", "f", "s"]
            ).map { $0["detail"] as String }.joined(separator: "\n")
            #expect(!responses.contains("TEMP B-TREE"))
            #expect(!responses.contains("INDEX"))
        }
    }

    @Test func theSchoolIsRecordedAndChangedOnlyWhenItDiffers() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.recordedSchool() == nil)
        let school = Policy.School(id: "js-1", name: LocalizedText(zh: "一小", en: "No. 1"))
        try database.recordSchool(school)
        try database.recordSchool(school)
        #expect(try database.recordedSchool() == school)
        let renamed = Policy.School(id: "js-1", name: LocalizedText("First School"))
        try database.recordSchool(renamed)
        #expect(try database.recordedSchool() == renamed)
    }

    @Test func anotherSchoolsFileIsReadWithoutBeingChanged() throws {
        let folder = try TemporaryFolder("school")
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        do {
            let database = try AppDatabase.open(path: path)
            try database.recordSchool(Policy.School(id: "js-2", name: LocalizedText("Two")))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let readOnly = try AppDatabase.openReadOnly(path: path)
        #expect(try readOnly.recordedSchool()?.id == "js-2")
        #expect(throws: (any Error).self) {
            try readOnly.recordSchool(Policy.School(id: "other", name: LocalizedText("Other")))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func filesThatAreNotSchoolDatabasesAreNamed() throws {
        let temporary = try TemporaryFolder("schools")
        defer { temporary.remove() }
        let folder = temporary.path
        let text = folder + "/notes.txt"
        let empty = folder + "/empty.sqlite"
        let other = folder + "/other.sqlite"
        try Data("hello\n".utf8).write(to: URL(fileURLWithPath: text))
        try Data().write(to: URL(fileURLWithPath: empty))
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE t(x)") }
        try queue.close()
        #expect(throws: SchoolDatabaseError.notSchoolDatabase(path: text)) { try AppDatabase.openReadOnly(path: text) }
        #expect(throws: SchoolDatabaseError.notSchoolDatabase(path: empty)) {
            try AppDatabase.openReadOnly(path: empty)
        }
        #expect(throws: SchoolDatabaseError.notSchoolDatabase(path: other)) {
            try AppDatabase.openReadOnly(path: other)
        }
        #expect(throws: SchoolDatabaseError.notSchoolDatabase(path: folder)) {
            try AppDatabase.openReadOnly(path: folder)
        }
        #expect(throws: SchoolDatabaseError.noSuchFile(path: folder + "/missing.sqlite")) {
            try AppDatabase.openReadOnly(path: folder + "/missing.sqlite")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data("hello\n".utf8))
    }
}
