import GRDB
import Model

extension AppDatabase {
    static let clubColumns = """
        id, semester_id, module, title_zh, title_en, grade_min, grade_max, capacity, minimum, days, segment,
        teacher_id, contract_id, room, fields, withdrawn
        """

    static func club(_ row: Row) -> Club? {
        guard let grades = GradeRange(lower: row["grade_min"], upper: row["grade_max"]) else { return nil }
        return Club(
            id: row["id"], semester: row["semester_id"], module: row["module"],
            title: LocalizedText(zh: row["title_zh"], en: row["title_en"]), grades: grades,
            capacity: row["capacity"], minimum: row["minimum"], days: weekdays(row["days"]), segment: row["segment"],
            teacher: row["teacher_id"], contract: row["contract_id"], room: row["room"],
            fields: FieldCodec.decode(row["fields"]), withdrawn: row["withdrawn"])
    }

    static func weekdays(_ text: String) -> [Weekday] {
        text.split(separator: ",").compactMap { Weekday(rawValue: String($0)) }
    }

    static func text(_ days: [Weekday]) -> String { days.map(\.rawValue).joined(separator: ",") }

    /// Stores a checked club. `id` nil draws the next short id of its module (`sports-3`).
    public func publishClub(_ club: Club) throws -> Club {
        try write { db in
            try Self.refuseIfPublished(club.semester, db)
            var club = club
            if club.id.isEmpty {
                var number =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM club WHERE module = ?", arguments: [club.module])
                    ?? 0
                repeat {
                    number += 1
                    club.id = "\(club.module)-\(number)"
                } while try Bool.fetchOne(db, sql: "SELECT 1 FROM club WHERE id = ?", arguments: [club.id]) == true
            } else if try Bool.fetchOne(db, sql: "SELECT 1 FROM club WHERE id = ?", arguments: [club.id]) == true {
                throw Refusal(
                    zh: "社团编号 '\(club.id)' 已被使用", en: "club id '\(club.id)' is already taken",
                    hintZh: "换一个 --id，或不写 --id 自动编号", hintEn: "choose another --id, or leave it out for a generated one"
                )
            }
            try db.execute(
                sql: """
                    INSERT INTO club(\(Self.clubColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """,
                arguments: [
                    club.id, club.semester, club.module, club.title.text(.zh), club.title.text(.en),
                    club.grades.lower, club.grades.upper, club.capacity, club.minimum, Self.text(club.days),
                    club.segment, club.teacher, club.contract, club.room, FieldCodec.encode(club.fields),
                ])
            return club
        }
    }

    /// The clubs of a semester, withdrawn ones only when asked, in module and id order.
    public func clubs(semester: String, includeWithdrawn: Bool = false) throws -> [Club] {
        try read { db in try Self.clubs(semester: semester, includeWithdrawn: includeWithdrawn, db) }
    }

    static func clubs(semester: String, includeWithdrawn: Bool, _ db: Database) throws -> [Club] {
        let filter = includeWithdrawn ? "" : " AND NOT withdrawn"
        return try Row.fetchAll(
            db, sql: "SELECT \(clubColumns) FROM club WHERE semester_id = ?\(filter) ORDER BY module, id",
            arguments: [semester]
        ).compactMap(Self.club)
    }

    /// One club of any semester, or nil.
    public func club(id: String) throws -> Club? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.clubColumns) FROM club WHERE id = ?", arguments: [id]).flatMap(
                Self.club)
        }
    }

    /// Marks a club withdrawn; its choices stay, to be reported when the allocation runs.
    public func withdrawClub(id: String) throws {
        try write { db in
            guard
                let semester = try String.fetchOne(
                    db, sql: "SELECT semester_id FROM club WHERE id = ?", arguments: [id])
            else { return }
            try Self.refuseIfPublished(semester, db)
            try db.execute(sql: "UPDATE club SET withdrawn = 1 WHERE id = ?", arguments: [id])
        }
    }

    /// True when the semester's allocation has been published (P8: groups are then fixed).
    public func isPublished(semester: String) throws -> Bool {
        try read { db in try Self.isPublished(semester, db) }
    }

    static func isPublished(_ semester: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT allocation_published FROM semester WHERE id = ?", arguments: [semester])
            ?? false
    }

    static func refuseIfPublished(_ semester: String, _ db: Database) throws {
        if try isPublished(semester, db) {
            throw Refusal(
                zh: "学期 '\(semester)' 的分配已经公布，班组本学期固定（P8）",
                en: "the allocation of '\(semester)' is published; groups are fixed for the semester (P8)",
                hintZh: "公布后的变动用 match place、match remove 或 club leave",
                hintEn: "after publishing, use match place, match remove or club leave")
        }
    }
}
