import GRDB

extension AppDatabase {
    /// A response's answers move into the response's own row, as a JSON object from question id
    /// to the stored answer (`{"aware":"yes","overall":"4"}`), instead of one row per answer.
    ///
    /// An import of 100,000 responses wrote about a million answer rows, most of its time; one row
    /// per response writes in a fraction of it, and the reports read a response and its answers
    /// in one step. JSON keeps the file readable with SQLite's own functions
    /// (`json_extract(answers, '$.overall')`).
    static func registerAnswerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-answers-in-response") { db in
            try db.alter(table: "survey_response") { t in
                t.add(column: "answers", .text).notNull().defaults(to: "{}")
            }
            try db.execute(
                sql: """
                    UPDATE survey_response SET answers = coalesce(
                        (SELECT json_group_object(question_id, value) FROM survey_answer WHERE response_id =
                        survey_response.id), '{}')
                    """)
            try db.drop(table: "survey_answer")
        }
    }
}
