import GRDB
import Model

extension AppDatabase {
    /// Records (or replaces) a student's enrolment for the semester.
    public func enrol(_ enrolment: Enrolment, semester: String) throws {
        try write { db in
            try Self.refuseIfPlaced(student: enrolment.student, semester: semester, db)
            try db.execute(
                sql: """
                    INSERT INTO enrolment(semester_id, student_id, days, until_segment) VALUES (?, ?, ?, ?)
                    ON CONFLICT(semester_id, student_id) DO UPDATE SET days = excluded.days, until_segment =
                    excluded.until_segment
                    """, arguments: [semester, enrolment.student, Self.text(enrolment.days), enrolment.until])
        }
    }

    /// After publishing, a child already placed keeps their groups (P8); a late enrolment may
    /// still enrol and rank clubs before `match place`.
    static func refuseIfPlaced(student: String, semester: String, _ db: Database) throws {
        guard try isPublished(semester, db) else { return }
        let placed =
            try Bool.fetchOne(
                db,
                sql: "SELECT 1 FROM placement WHERE semester_id = ? AND state = 'published' AND student_id = ? LIMIT 1",
                arguments: [semester, student]) ?? false
        if placed { try refuseIfPublished(semester, db) }
    }

    public func enrolment(student: String, semester: String) throws -> Enrolment? {
        try read { db in try Self.enrolment(student: student, semester: semester, db) }
    }

    static func enrolment(student: String, semester: String, _ db: Database) throws -> Enrolment? {
        try Row.fetchOne(
            db, sql: "SELECT student_id, days, until_segment FROM enrolment WHERE semester_id = ? AND student_id = ?",
            arguments: [semester, student]
        ).map(Self.enrolment)
    }

    /// An enrolment from a row of `student_id, days, until_segment`, read by position.
    static func enrolment(_ row: Row) -> Enrolment {
        Enrolment(student: row[0], days: weekdays(row[1]), until: row[2])
    }

    /// Every enrolment of the semester, by student id.
    public func enrolments(semester: String) throws -> [Enrolment] {
        try read { db in
            var enrolments: [Enrolment] = []
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT student_id, days, until_segment FROM enrolment WHERE semester_id = ? ORDER BY student_id",
                arguments: [semester])
            while let row = try rows.next() { enrolments.append(Self.enrolment(row)) }
            return enrolments
        }
    }

    /// Replaces a student's ranked choices.
    public func setChoices(student: String, clubs: [String], semester: String) throws {
        try write { db in
            try Self.refuseIfPlaced(student: student, semester: semester, db)
            try db.execute(
                sql: "DELETE FROM choice WHERE semester_id = ? AND student_id = ?", arguments: [semester, student])
            for (index, club) in clubs.enumerated() {
                try db.execute(
                    sql: "INSERT INTO choice(semester_id, student_id, rank, club_id) VALUES (?, ?, ?, ?)",
                    arguments: [semester, student, index + 1, club])
            }
        }
    }

    /// A student's choices, first first.
    public func choices(student: String, semester: String) throws -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT club_id FROM choice WHERE semester_id = ? AND student_id = ? ORDER BY rank",
                arguments: [semester, student])
        }
    }

    /// Every choice of the semester as (student, rank, club), by student then rank.
    public func allChoices(semester: String) throws -> [(student: String, rank: Int, club: String)] {
        try read { db in
            var choices: [(student: String, rank: Int, club: String)] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT student_id, rank, club_id FROM choice WHERE semester_id = ? ORDER BY student_id, rank",
                arguments: [semester])
            while let row = try rows.next() { choices.append((row[0], row[1], row[2])) }
            return choices
        }
    }
}
