import GRDB
import Model

extension AppDatabase {
    public func addTeacher(_ teacher: Teacher) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM teacher WHERE id = ?", arguments: [teacher.id]) == true {
                throw Refusal(zh: "教师 '\(teacher.id)' 已存在", en: "teacher '\(teacher.id)' already exists")
            }
            try db.execute(sql: "INSERT INTO teacher(id, name) VALUES (?, ?)", arguments: [teacher.id, teacher.name])
        }
    }

    public func teachers() throws -> [Teacher] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM teacher ORDER BY id").map {
                Teacher(id: $0["id"], name: $0["name"])
            }
        }
    }

    public func addContract(_ contract: Contract) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM contract WHERE id = ?", arguments: [contract.id]) == true {
                throw Refusal(zh: "合同 '\(contract.id)' 已存在", en: "contract '\(contract.id)' already exists")
            }
            try db.execute(
                sql: "INSERT INTO contract(id, provider, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                arguments: [contract.id, contract.provider, contract.from.description, contract.to.description])
        }
    }

    public func contracts() throws -> [Contract] {
        try read { db in try Self.contracts(db) }
    }

    static func contracts(_ db: Database) throws -> [Contract] {
        try Row.fetchAll(db, sql: "SELECT id, provider, starts_on, ends_on FROM contract ORDER BY id").compactMap {
            row in
            guard let from = CalendarDate(row["starts_on"] as String), let to = CalendarDate(row["ends_on"] as String)
            else { return nil }
            return Contract(id: row["id"], provider: row["provider"], from: from, to: to)
        }
    }
}
