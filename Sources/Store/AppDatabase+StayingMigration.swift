import GRDB

extension AppDatabase {
    /// "v7-staying-leaving": the school calendar, staff of groups, leave requests, registers,
    /// authorised pickup and departures (P12). Times of day are minutes since midnight, dates ISO text.
    static func registerStayingMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-staying-leaving") { db in
            try db.create(table: "calendar_day", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("date", .text).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('closed', 'makeup')")
                t.column("follows", .integer)
                t.column("reason", .text)
                t.primaryKey(["semester_id", "date"])
            }
            try db.create(table: "group_staff", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("group_id", .text).notNull()
                t.column("teacher_id", .text).notNull().references("teacher")
                t.column("room", .text)
                t.primaryKey(["semester_id", "group_id"])
            }
            try db.create(table: "leave_request") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("semester_id", .text).notNull().references("semester")
                t.column("student_id", .text).notNull().references("student")
                t.column("from_date", .text).notNull()
                t.column("to_date", .text).notNull()
                t.column("reason", .text)
                t.column("requested_by", .text).notNull()
                t.column("cancelled_by", .text)
                t.check(sql: "to_date >= from_date")
            }
            try db.create(index: "leave_by_student", on: "leave_request", columns: ["semester_id", "student_id"])
            // One row per version of a group's register for a day; a correction supersedes the last.
            try db.create(table: "register") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("semester_id", .text).notNull().references("semester")
                t.column("group_id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("date", .text).notNull()
                t.column("segment", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("taken_by", .text).notNull()
                t.column("taken_at", .integer).notNull()
                t.column("note", .text)
                t.column("superseded", .boolean).notNull().defaults(to: false)
                t.uniqueKey(["semester_id", "group_id", "date", "version"])
            }
            try db.create(index: "register_by_date", on: "register", columns: ["semester_id", "date"])
            try db.create(table: "register_entry", options: .withoutRowID) { t in
                t.column("register_id", .integer).notNull().references("register", onDelete: .cascade)
                t.column("student_id", .text).notNull()
                t.column("mark", .text).notNull().check(sql: "mark IN ('present', 'absent', 'leave')")
                t.primaryKey(["register_id", "student_id"])
            }
            try db.create(table: "pickup_person") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("student_id", .text).notNull().references("student")
                t.column("name", .text)
                t.column("relation", .text)
                t.column("phone", .text)
                t.column("added_by", .text).notNull()
            }
            try db.create(index: "pickup_by_student", on: "pickup_person", columns: ["student_id"])
            try db.create(table: "departure", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("student_id", .text).notNull().references("student")
                t.column("date", .text).notNull()
                t.column("at", .integer).notNull()
                t.column("by_name", .text)
                t.column("relation", .text)
                t.column("override", .boolean).notNull().defaults(to: false)
                t.column("note", .text)
                t.column("recorded_by", .text).notNull()
                // A child leaves once a day.
                t.primaryKey(["student_id", "date"])
            }
            try db.create(index: "departure_by_date", on: "departure", columns: ["semester_id", "date"])
        }
    }
}
