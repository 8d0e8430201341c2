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
        migrator.registerMigration("v4-clubs-enrolments-choices") { db in
            try db.alter(table: "semester") { t in
                t.add(column: "allocation_published", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "club") { t in
                t.primaryKey("id", .text)
                t.column("semester_id", .text).notNull().references("semester")
                t.column("module", .text).notNull()
                t.column("title_zh", .text).notNull()
                t.column("title_en", .text).notNull()
                t.column("grade_min", .integer).notNull()
                t.column("grade_max", .integer).notNull()
                t.column("capacity", .integer).notNull().check { $0 > 0 }
                t.column("minimum", .integer).notNull().defaults(to: 0)
                t.column("days", .text).notNull()
                t.column("segment", .text).notNull()
                t.column("teacher_id", .text).references("teacher")
                t.column("contract_id", .text).references("contract")
                t.column("room", .text)
                t.column("fields", .text).notNull().defaults(to: "{}")
                t.column("withdrawn", .boolean).notNull().defaults(to: false)
            }
            try db.create(index: "club_by_semester", on: "club", columns: ["semester_id", "module"])
            try db.create(table: "enrolment") { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("student_id", .text).notNull().references("student")
                t.column("days", .text).notNull()
                t.column("until_segment", .text).notNull()
                t.primaryKey(["semester_id", "student_id"])
            }
            try db.create(table: "choice") { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("student_id", .text).notNull().references("student")
                t.column("rank", .integer).notNull()
                t.column("club_id", .text).notNull().references("club")
                t.primaryKey(["semester_id", "student_id", "rank"])
                t.uniqueKey(["semester_id", "student_id", "club_id"])
            }
            try db.create(index: "choice_by_club", on: "choice", columns: ["club_id", "rank"])
        }
        migrator.registerMigration("v5-allocation") { db in
            // Each allocation table holds a `draft` (the last `match run`) and a `published`
            // state (P8: fixed for the semester); `match publish` turns the draft into the published one.
            try db.create(table: "allocation") { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("state", .text).notNull()
                t.column("seed", .integer).notNull()
                t.column("proposals", .integer).notNull().defaults(to: 0)
                t.primaryKey(["semester_id", "state"])
            }
            try db.create(table: "lottery", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("state", .text).notNull()
                t.column("student_id", .text).notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["semester_id", "state", "student_id"])
            }
            try db.create(table: "placement", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("state", .text).notNull()
                t.column("student_id", .text).notNull()
                t.column("day", .integer).notNull()
                t.column("segment", .integer).notNull()
                t.column("club_id", .text)
                t.column("group_id", .text)
                t.column("rank", .integer)
                t.primaryKey(["semester_id", "state", "student_id", "day", "segment"])
            }
            try db.create(table: "study_group", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("state", .text).notNull()
                t.column("id", .text).notNull()
                t.column("grade", .integer).notNull()
                t.column("day", .integer).notNull()
                t.column("segment", .integer).notNull()
                t.column("number", .integer).notNull()
                t.column("count", .integer).notNull()
                t.primaryKey(["semester_id", "state", "id"])
            }
            try db.create(table: "cancellation", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("state", .text).notNull()
                t.column("club_id", .text).notNull()
                t.column("members", .integer).notNull()
                t.column("minimum", .integer).notNull()
                t.column("pass", .integer).notNull()
                t.primaryKey(["semester_id", "state", "club_id"])
            }
            try db.create(table: "choice_outcome", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("state", .text).notNull()
                t.column("student_id", .text).notNull()
                t.column("rank", .integer).notNull()
                t.column("club_id", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("round", .integer)
                t.column("filled_round", .integer)
                t.column("cutoff", .integer)
                t.column("detail", .text)
                t.primaryKey(["semester_id", "state", "student_id", "rank"])
            }
            try db.create(table: "allocation_change") { t in
                t.column("semester_id", .text).notNull()
                t.column("seq", .integer).notNull()
                t.column("student_id", .text).notNull()
                t.column("action", .text).notNull()
                t.column("club_id", .text)
                t.column("group_id", .text)
                t.column("cause", .text).notNull()
                t.primaryKey(["semester_id", "seq"])
            }
            try db.create(table: "left_club", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("student_id", .text).notNull()
                t.column("club_id", .text).notNull()
                t.primaryKey(["semester_id", "student_id", "club_id"])
            }
        }
        migrator.registerMigration("v6-surveys") { db in
            // Which forms are open in which semester, and the file each version was opened with.
            try db.create(table: "survey") { t in
                t.column("semester_id", .text).notNull().references("semester")
                t.column("form_id", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("open", .boolean).notNull()
                t.primaryKey(["semester_id", "form_id"])
            }
            try db.create(table: "survey_form_version", options: .withoutRowID) { t in
                t.column("form_id", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("file_digest", .text).notNull()
                t.primaryKey(["form_id", "version"])
            }
            // Codes are kept only as keyed hashes; `holder` is the family, student or person the
            // code was issued to, so that it can be reissued. Nothing links a code to a response.
            try db.create(table: "survey_code", options: .withoutRowID) { t in
                t.column("code_hash", .text).notNull().primaryKey()
                t.column("semester_id", .text).notNull()
                t.column("form_id", .text).notNull()
                t.column("holder", .text).notNull()
                t.column("spent", .boolean).notNull().defaults(to: false)
                t.column("void", .boolean).notNull().defaults(to: false)
            }
            try db.create(
                index: "survey_code_by_holder", on: "survey_code", columns: ["semester_id", "form_id", "holder"])
            // Who has answered: no date, no response id.
            try db.create(table: "survey_answered", options: .withoutRowID) { t in
                t.column("semester_id", .text).notNull()
                t.column("form_id", .text).notNull()
                t.column("holder", .text).notNull()
                t.primaryKey(["semester_id", "form_id", "holder"])
            }
            // Responses under random keys (WITHOUT ROWID: stored in key order, not arrival order);
            // the day only, never a time.
            try db.create(table: "survey_response", options: .withoutRowID) { t in
                t.column("id", .integer).notNull().primaryKey()
                t.column("semester_id", .text).notNull()
                t.column("form_id", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("day", .text).notNull()
                t.column("respondent", .text)
            }
            try db.create(index: "survey_response_by_form", on: "survey_response", columns: ["semester_id", "form_id"])
            try db.create(table: "survey_answer", options: .withoutRowID) { t in
                t.column("response_id", .integer).notNull()
                t.column("question_id", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["response_id", "question_id"])
            }
            // For breakdowns: the distinct grades, classes and modules of the respondent's children.
            try db.create(table: "survey_response_group", options: .withoutRowID) { t in
                t.column("response_id", .integer).notNull()
                t.column("dimension", .text).notNull()
                t.column("key", .text).notNull()
                t.primaryKey(["response_id", "dimension", "key"])
            }
        }
        registerStayingMigration(&migrator)
        registerReportMigration(&migrator)
        registerAnswerMigration(&migrator)
        registerRegisterMigration(&migrator)
        return migrator
    }()
}
