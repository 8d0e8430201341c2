import GRDB
import Model

extension AppDatabase {
    /// Adds and updates students (by id) and guardians from a checked roster, in one transaction.
    /// `progress` hears how many students are written, every few thousand.
    /// A guardian already stored under another name is refused, with the file's line, unless
    /// `renameGuardians` says the school means to rename them.
    public func importRoster(
        _ roster: RosterFile, dryRun: Bool, renameGuardians: Bool = false, progress: (Int) -> Void = { _ in }
    ) throws
        -> RosterImportSummary
    {
        try write { db in
            var existing: [String: Student] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, name, grade, class_name, guardian_id, guardian2_id FROM student")
            while let row = try rows.next() {
                let student = Student(
                    id: row[0], name: row[1], grade: row[2], className: row[3], guardianID: row[4], guardian2ID: row[5])
                existing[student.id] = student
            }
            var guardians: [String: Guardian] = [:]
            let guardianRows = try Row.fetchCursor(db, sql: "SELECT id, name, phone FROM guardian")
            while let row = try guardianRows.next() {
                guardians[row[0]] = Guardian(id: row[0], name: row[1], phone: row[2])
            }
            if !renameGuardians {
                let renamed = roster.guardians.compactMap { guardian -> RowProblem? in
                    guard let old = guardians[guardian.id], old.name != guardian.name,
                        let line = roster.guardianLines[guardian.id]
                    else { return nil }
                    return RowProblem(
                        line: line, column: "guardian_name",
                        message: LocalizedText(
                            zh: "家长 '\(guardian.id)' 在数据库中叫 '\(old.name)'，这里叫 '\(guardian.name)'",
                            en: "guardian '\(guardian.id)' is '\(old.name)' in the database and '\(guardian.name)' here"
                        ),
                        hint: LocalizedText(
                            zh: "编号写错了就改正；确实改了名，导入时加 --rename-guardians",
                            en:
                                "correct the id if it is wrong; if the name really changed, import with "
                                + "--rename-guardians"
                        ))
                }
                if !renamed.isEmpty { throw ProblemList(renamed.sorted { $0.line < $1.line }) }
            }
            var summary = RosterImportSummary(guardians: roster.guardians.count, dryRun: dryRun)
            if !dryRun {
                let insertGuardian = try BulkStatement(
                    db, sql: "INSERT INTO guardian(id, name, phone) VALUES (?, ?, ?)")
                let updateGuardian = try BulkStatement(
                    db, sql: "UPDATE guardian SET name = ?, phone = coalesce(?, phone) WHERE id = ?")
                for guardian in roster.guardians {
                    if let old = guardians[guardian.id] {
                        if old.name != guardian.name || (guardian.phone != nil && old.phone != guardian.phone) {
                            try updateGuardian.execute(.text(guardian.name), .text(guardian.phone), .text(guardian.id))
                        }
                    } else {
                        try insertGuardian.execute(.text(guardian.id), .text(guardian.name), .text(guardian.phone))
                    }
                }
            }
            let insert = try BulkStatement(
                db,
                sql: """
                    INSERT INTO student(id, name, grade, class_name, guardian_id, guardian2_id) VALUES (?, ?, ?, ?, ?,
                    ?)
                    """)
            let update = try BulkStatement(
                db,
                sql: """
                    UPDATE student SET name = ?, grade = ?, class_name = ?, guardian_id = ?, guardian2_id = ? WHERE id =
                    ?
                    """)
            var seen = 0
            for (index, student) in roster.students.enumerated() {
                if index % 5000 == 0 { progress(index) }
                if let old = existing[student.id] {
                    seen += 1
                    if old == student {
                        summary.unchanged += 1
                        continue
                    }
                    summary.changed += 1
                    if !dryRun {
                        try update.execute(
                            .text(student.name), .integer(student.grade), .text(student.className),
                            .text(student.guardianID), .text(student.guardian2ID), .text(student.id))
                    }
                } else {
                    summary.added += 1
                    if !dryRun {
                        try insert.execute(
                            .text(student.id), .text(student.name), .integer(student.grade), .text(student.className),
                            .text(student.guardianID), .text(student.guardian2ID))
                    }
                }
            }
            summary.absent = existing.count - seen
            return summary
        }
    }

    /// Students in grade and class order, optionally of one grade or class.
    public func students(grade: Int? = nil, className: String? = nil) throws -> [Student] {
        try read { db in
            var sql = "SELECT id, name, grade, class_name, guardian_id, guardian2_id FROM student WHERE 1"
            var arguments = StatementArguments()
            if let grade {
                sql += " AND grade = ?"
                arguments += [grade]
            }
            if let className {
                sql += " AND class_name = ?"
                arguments += [className]
            }
            sql += " ORDER BY grade, class_name, id"
            var students: [Student] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { students.append(Self.student(row)) }
            return students
        }
    }

    /// One student and their guardians, or nil.
    public func student(id: String) throws -> (student: Student, guardians: [Guardian])? {
        try read { db in try Self.studentWithGuardians(id: id, db) }
    }

    /// The ids of every student, for "did you mean" hints.
    public func studentIDs() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM student ORDER BY id") }
    }

    static func studentWithGuardians(id: String, _ db: Database) throws -> (student: Student, guardians: [Guardian])? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, name, grade, class_name, guardian_id, guardian2_id FROM student WHERE id = ?",
                arguments: [id])
        else {
            return nil
        }
        let student = Self.student(row)
        let guardians = try Row.fetchAll(
            db, sql: "SELECT id, name, phone FROM guardian WHERE id IN (?, ?) ORDER BY id = ? DESC",
            arguments: [student.guardianID, student.guardian2ID, student.guardianID]
        )
        .map { Guardian(id: $0["id"], name: $0["name"], phone: $0["phone"]) }
        return (student, guardians)
    }

    /// A student from a row of `id, name, grade, class_name, guardian_id, guardian2_id`, read by position.
    static func student(_ row: Row) -> Student {
        Student(id: row[0], name: row[1], grade: row[2], className: row[3], guardianID: row[4], guardian2ID: row[5])
    }
}

extension AppDatabase {
    /// Every guardian on the roster, by id.
    public func guardians() throws -> [Guardian] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, phone FROM guardian ORDER BY id").map {
                Guardian(id: $0[0], name: $0[1], phone: $0[2])
            }
        }
    }
}
