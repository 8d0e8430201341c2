import GRDB
import Model

extension AppDatabase {
    /// The children the published allocation puts in `group` (a club or a study group) on weekday
    /// `day`, in class and id order.
    public func expectedMembers(semester: String, group: String, day: Int) throws -> [ExpectedMember] {
        try read { db in
            // A group id is either a club's or a study group's: each half finds its children through
            // its own index over the published places (written as two queries, SQLite uses both).
            var members: [ExpectedMember] = []
            let rows = try Row.fetchCursor(
                db, sql: Self.expectedMembersQuery, arguments: [semester, day, group, semester, day, group])
            while let row = try rows.next() {
                members.append(ExpectedMember(student: row[0], name: row[1], className: row[2]))
            }
            return members
        }
    }

    static let expectedMembersQuery = """
        SELECT s.id, s.name, s.class_name FROM student s JOIN (
            SELECT student_id FROM placement WHERE semester_id = ? AND state = 'published' AND day = ? AND club_id = ?
            UNION SELECT student_id FROM placement WHERE semester_id = ? AND state = 'published' AND day = ? AND
            group_id = ?
        ) p ON s.id = p.student_id
        ORDER BY s.grade, s.class_name, s.id
        """

    /// Stores a register as the group's newest version for its day (1 for the first, one more for
    /// each correction; earlier versions are kept, superseded). Returns the version number.
    @discardableResult
    public func saveRegister(_ register: Register, semester: String) throws -> Int {
        try write { db in
            let date = register.date.description
            let last =
                try Int.fetchOne(
                    db, sql: "SELECT max(version) FROM register WHERE semester_id = ? AND group_id = ? AND date = ?",
                    arguments: [semester, register.group, date]) ?? 0
            try db.execute(
                sql: "UPDATE register SET superseded = 1 WHERE semester_id = ? AND group_id = ? AND date = ?",
                arguments: [semester, register.group, date])
            try db.execute(
                sql: """
                    INSERT INTO register(semester_id, group_id, kind, date, segment, version, taken_by, taken_at, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    semester, register.group, register.kind, date, register.segment, last + 1, register.takenBy,
                    register.takenAt.minutes, register.note,
                ])
            let id = Int(db.lastInsertedRowID)
            let entry = try BulkStatement(
                db, sql: "INSERT INTO register_entry(register_id, student_id, mark) VALUES (?, ?, ?)")
            for (student, mark) in register.marks {
                try entry.execute(.integer(id), .text(student), .text(mark.rawValue))
            }
            return last + 1
        }
    }

    /// The registers taken from `from` through `through`, by date and group: the current versions,
    /// or every version with `history`. Optionally of one group.
    public func registers(
        semester: String, from: CalendarDate, through: CalendarDate, group: String? = nil, history: Bool = false
    ) throws -> [Register] {
        try read { db in
            var sql = """
                SELECT r.id, r.group_id, r.kind, r.date, r.segment, r.version, r.taken_by, r.taken_at, r.note,
                e.student_id, e.mark
                FROM register r LEFT JOIN register_entry e ON e.register_id = r.id
                WHERE r.semester_id = ? AND r.date BETWEEN ? AND ?
                """
            var arguments: StatementArguments = [semester, from.description, through.description]
            if !history { sql += " AND NOT r.superseded" }
            if let group {
                sql += " AND r.group_id = ?"
                arguments += [group]
            }
            sql += " ORDER BY r.date, r.group_id, r.version"
            var registers: [Register] = []
            var lastID: Int?
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let id: Int = row[0]
                if id != lastID {
                    guard let date = CalendarDate(row[3] as String), let time = TimeOfDay(minutes: row[7]) else {
                        continue
                    }
                    registers.append(
                        Register(
                            group: row[1], kind: row[2], date: date, segment: row[4], version: row[5], takenBy: row[6],
                            takenAt: time, note: row[8], marks: [:]))
                    lastID = id
                }
                if let student: String = row[9], let mark = AttendanceMark(rawValue: row[10]) {
                    registers[registers.count - 1].marks[student] = mark
                }
            }
            return registers
        }
    }
}
