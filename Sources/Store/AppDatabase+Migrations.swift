import GRDB

extension AppDatabase {
    /// The schema's history. Migrations are append-only: a released migration is never edited;
    /// a change is a new migration with a new name.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-semesters-and-settings") { db in
            try db.create(table: "semester") { t in
                t.primaryKey("id", .text)
                t.column("starts_on", .text).notNull()
                t.column("ends_on", .text).notNull()
                t.check(sql: "ends_on > starts_on")
            }
            try db.create(table: "setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        return migrator
    }()
}
