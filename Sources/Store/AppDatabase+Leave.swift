import GRDB
import Model

extension AppDatabase {
    static let leaveColumns = "id, student_id, from_date, to_date, reason, requested_by, cancelled_by"

    static func leave(_ row: Row) -> LeaveRequest? {
        guard let from = CalendarDate(row["from_date"] as String), let to = CalendarDate(row["to_date"] as String)
        else { return nil }
        return LeaveRequest(
            id: row["id"], student: row["student_id"], from: from, to: to, reason: row["reason"],
            requestedBy: row["requested_by"], cancelledBy: row["cancelled_by"])
    }

    /// Stores a leave request and returns it with its id. Refused when it overlaps a leave of the
    /// same child that has not been cancelled.
    public func requestLeave(
        student: String, from: CalendarDate, to: CalendarDate, reason: String?, by: String, semester: String
    ) throws -> LeaveRequest {
        try write { db in
            if let other = try Row.fetchOne(
                db,
                sql: """
                    SELECT \(Self.leaveColumns) FROM leave_request
                    WHERE semester_id = ? AND student_id = ? AND cancelled_by IS NULL AND from_date <= ? AND to_date >=
                    ? ORDER BY from_date LIMIT 1
                    """, arguments: [semester, student, to.description, from.description]
            ).flatMap(Self.leave) {
                let span = other.from == other.to ? other.from.description : "\(other.from) – \(other.to)"
                throw Refusal(
                    LocalizedText(
                        zh: "\(student) 在 \(span) 已经请假（请假单 \(other.id)）",
                        en: "\(student) is already on leave on \(span) (leave \(other.id))"),
                    hint: LocalizedText(
                        zh: "要改日期，先 leave cancel \(other.id)",
                        en: "to change the dates, first 'leave cancel \(other.id)'"))
            }
            try db.execute(
                sql:
                    "INSERT INTO leave_request(semester_id, student_id, from_date, to_date, reason, requested_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [semester, student, from.description, to.description, reason, by])
            return LeaveRequest(
                id: Int(db.lastInsertedRowID), student: student, from: from, to: to, reason: reason, requestedBy: by)
        }
    }

    /// The semester's leave requests by start date; only those covering part of `from`…`through`
    /// when given, and cancelled ones only when asked.
    public func leaves(
        semester: String, from: CalendarDate? = nil, through: CalendarDate? = nil, includeCancelled: Bool = false
    ) throws -> [LeaveRequest] {
        try read { db in
            var sql = "SELECT \(Self.leaveColumns) FROM leave_request WHERE semester_id = ?"
            var arguments: StatementArguments = [semester]
            if !includeCancelled { sql += " AND cancelled_by IS NULL" }
            if let through {
                sql += " AND from_date <= ?"
                arguments += [through.description]
            }
            if let from {
                sql += " AND to_date >= ?"
                arguments += [from.description]
            }
            sql += " ORDER BY from_date, student_id, id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.leave)
        }
    }

    /// One leave request of the semester, or nil.
    public func leave(id: Int, semester: String) throws -> LeaveRequest? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Self.leaveColumns) FROM leave_request WHERE id = ? AND semester_id = ?",
                arguments: [id, semester]
            )
            .flatMap(Self.leave)
        }
    }

    /// Cancels a leave request; it is kept, marked with who cancelled it.
    public func cancelLeave(id: Int, by: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE leave_request SET cancelled_by = ? WHERE id = ? AND cancelled_by IS NULL",
                arguments: [by, id])
            if db.changesCount == 0 {
                throw Refusal(zh: "请假单 \(id) 已经取消", en: "leave \(id) is already cancelled")
            }
        }
    }
}
