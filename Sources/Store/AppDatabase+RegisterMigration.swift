import GRDB

extension AppDatabase {
    /// Indexes over the published allocation only, by club and by study group: a register finds
    /// its group's children without walking every place of the semester. Partial, so that
    /// `match run`, which writes the draft, does not keep them up; `match publish` does.
    static func registerRegisterMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10-published-group-indexes") { db in
            try db.execute(
                sql:
                    "CREATE INDEX placement_published_by_club ON placement(semester_id, day, club_id) WHERE state = "
                    + "'published'"
            )
            try db.execute(
                sql:
                    "CREATE INDEX placement_published_by_group ON placement(semester_id, day, group_id) WHERE state "
                    + "= 'published'"
            )
        }
    }
}
