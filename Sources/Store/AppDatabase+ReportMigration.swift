import GRDB

extension AppDatabase {
    /// The index the reports' breakdowns read: each dimension's keys in response order, so that
    /// they merge with the semester's responses and the answers (both kept in response order) in
    /// one pass, instead of a lookup per response. The answers need no index of their own: their
    /// table's key is (response, question).
    static func registerReportMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-report-indexes") { db in
            try db.create(
                index: "survey_group_by_dimension", on: "survey_response_group",
                columns: ["dimension", "response_id", "key"])
        }
    }
}
