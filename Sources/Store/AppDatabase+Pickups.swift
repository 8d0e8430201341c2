import GRDB
import Model

extension AppDatabase {
    /// Adds a person who may collect `student` (or, with `name` nil, the permission to go home
    /// alone). Refused when the same name, or the permission, is already on the list.
    public func addPickup(student: String, name: String?, relation: String?, phone: String?, by: String) throws
        -> PickupPerson
    {
        try write { db in
            let existing = try Self.pickups(student: student, db)
            if let name, existing.contains(where: { $0.name == name }) {
                throw Refusal(
                    LocalizedText(
                        zh: "'\(name)' 已经在 \(student) 的接送名单上", en: "'\(name)' is already on \(student)'s pickup list"))
            }
            if name == nil, existing.contains(where: \.isAlone) {
                throw Refusal(LocalizedText(zh: "\(student) 已经可以自行回家", en: "\(student) may already go home alone"))
            }
            try db.execute(
                sql: "INSERT INTO pickup_person(student_id, name, relation, phone, added_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [student, name, relation, phone, by])
            return PickupPerson(
                id: Int(db.lastInsertedRowID), student: student, name: name, relation: relation, phone: phone,
                addedBy: by)
        }
    }

    /// The people a family added for `student`, in the order they were added.
    public func pickups(student: String) throws -> [PickupPerson] {
        try read { db in try Self.pickups(student: student, db) }
    }

    static func pickups(student: String, _ db: Database) throws -> [PickupPerson] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT id, student_id, name, relation, phone, added_by FROM pickup_person WHERE student_id = ? "
                + "ORDER BY id",
            arguments: [student]
        )
        .map { PickupPerson(id: $0[0], student: $0[1], name: $0[2], relation: $0[3], phone: $0[4], addedBy: $0[5]) }
    }

    /// Takes a person (or the permission to go home alone) off a child's list.
    public func removePickup(id: Int, student: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM pickup_person WHERE id = ? AND student_id = ?", arguments: [id, student])
            if db.changesCount == 0 {
                throw Refusal(
                    LocalizedText(zh: "\(student) 的接送名单上没有编号 \(id)", en: "\(student)'s pickup list has no entry \(id)"),
                    hint: LocalizedText(
                        zh: "'pickup list \(student)' 显示名单和编号",
                        en: "'pickup list \(student)' shows the list and its numbers"))
            }
        }
    }

    /// Records a departure. Refused when the child has already left that day.
    public func recordDeparture(_ departure: Departure, semester: String) throws {
        try write { db in
            if let earlier = try Self.departures(
                sql: "student_id = ? AND date = ?", [departure.student, departure.date.description], db
            ).first {
                let with =
                    earlier.by.map { LocalizedText(zh: "，由\($0)接走", en: " with \($0)") }
                    ?? LocalizedText(zh: "，自行回家", en: ", alone")
                throw Refusal(
                    LocalizedText(
                        zh: "\(departure.student) 已于 \(earlier.date) \(earlier.at) 离校\(with.text(.zh))",
                        en: "\(departure.student) already left on \(earlier.date) at \(earlier.at)\(with.text(.en))"),
                    hint: LocalizedText(zh: "一天只登记一次离校", en: "a child departs once a day"))
            }
            try db.execute(
                sql: """
                    INSERT INTO departure(semester_id, student_id, date, at, by_name, relation, override, note,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    semester, departure.student, departure.date.description, departure.at.minutes, departure.by,
                    departure.relation,
                    departure.override, departure.note, departure.recordedBy,
                ])
        }
    }

    /// The departures from `from` through `through`, by date and time.
    public func departures(semester: String, from: CalendarDate, through: CalendarDate) throws -> [Departure] {
        try read { db in
            try Self.departures(
                sql: "semester_id = ? AND date BETWEEN ? AND ?", [semester, from.description, through.description], db)
        }
    }

    static func departures(sql filter: String, _ arguments: StatementArguments, _ db: Database) throws -> [Departure] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT student_id, date, at, by_name, relation, override, note, recorded_by FROM departure WHERE
                \(filter) ORDER BY date, at, student_id
                """, arguments: arguments
        ).compactMap { row in
            guard let date = CalendarDate(row[1] as String), let at = TimeOfDay(minutes: row[2]) else { return nil }
            return Departure(
                student: row[0], date: date, at: at, by: row[3], relation: row[4], override: row[5], note: row[6],
                recordedBy: row[7])
        }
    }
}
