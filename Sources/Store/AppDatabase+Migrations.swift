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
        migrator.registerMigration("v2-roster-people") { db in
            try db.create(table: "guardian") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("phone", .text)
            }
            try db.create(table: "student") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("grade", .integer).notNull().check { $0 >= 1 && $0 <= 9 }
                t.column("class_name", .text).notNull()
                t.column("guardian_id", .text).notNull().references("guardian")
                t.column("guardian2_id", .text).references("guardian")
            }
            try db.create(index: "student_by_guardian", on: "student", columns: ["guardian_id"])
            try db.create(index: "student_by_class", on: "student", columns: ["grade", "class_name"])
            try db.create(table: "teacher") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
            }
            try db.create(table: "contract") { t in
                t.primaryKey("id", .text)
                t.column("provider", .text).notNull()
                t.column("starts_on", .text).notNull()
                t.column("ends_on", .text).notNull()
            }
        }
        migrator.registerMigration("v3-pins") { db in
            try db.create(table: "account_pin") { t in
                t.column("role", .text).notNull()
                t.column("person_id", .text).notNull()
                t.column("salt", .blob).notNull()
                t.column("hash", .blob).notNull()
                t.column("rounds", .integer).notNull()
                t.column("failures", .integer).notNull().defaults(to: 0)
                t.column("locked_until", .double)
                t.primaryKey(["role", "person_id"])
            }
        }
        return migrator
    }()
}
