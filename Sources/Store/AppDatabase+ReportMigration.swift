import GRDB

extension AppDatabase {
    /// The indexes the reports read. Each question's answers and each dimension's keys in
    /// response order, so that they merge with the semester's responses (kept in response order)
    /// in one pass over each, instead of a lookup per response.
    static func registerReportMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-report-indexes") { db in
            // Databases made before v6 dropped this index still have it.
            try db.create(index: "survey_answer_by_question", on: "survey_answer", columns: ["question_id", "response_id", "value"], ifNotExists: true)
            try db.create(index: "survey_group_by_dimension", on: "survey_response_group", columns: ["dimension", "response_id", "key"])
        }
    }
}
