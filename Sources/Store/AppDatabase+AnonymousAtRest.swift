import GRDB

/// What keeps the survey tables from recording who answered when, in the file itself.
///
/// SQLite places each new cell of a page below the ones before it, so where a row sits on its
/// page records the order rows arrived in; an index does the same for its entries, and a commit in
/// the write-ahead log holds the spent code, the family's "answered" mark and the response
/// together. So after a write that adds responses to tables that already held some, the survey
/// tables are written anew in key order (random keys for responses, the holder's id for the
/// marks), with the freed pages zeroed (`secure_delete`); and once the write is committed the log
/// is folded into the file and emptied. See docs/anonymity.md.
extension AppDatabase {
    /// The tables whose layout must not keep an order of arrival, each with its key.
    static let anonymousTables = [
        ("survey_response", "id"),
        ("survey_response_group", "response_id, dimension, key"),
        ("survey_answered", "semester_id, form_id, holder"),
    ]

    /// Whether any response or "answered" mark is stored yet.
    static func holdsResponses(_ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM survey_response) OR EXISTS (SELECT 1 FROM survey_answered)") ?? false
    }

    /// Writes every anonymous table anew, rows in key order, into pages given out in that order, its
    /// indexes built afresh; the pages the old copies held are zeroed as they are freed.
    static func rewriteAnonymousTables(_ db: Database) throws {
        try db.execute(sql: "PRAGMA secure_delete = ON")
        for (table, key) in anonymousTables {
            try rewrite(table, orderedBy: key, db)
        }
    }

    /// Copies `table` into a new table in key order, drops the old one and gives the new one its
    /// name and indexes.
    private static func rewrite(_ table: String, orderedBy key: String, _ db: Database) throws {
        let schema = try Row.fetchAll(
            db, sql: "SELECT type, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC",
            arguments: [table])
        guard let tableSQL: String = schema.first(where: { $0["type"] == "table" })?["sql"] else { return }
        let indexSQL: [String] = schema.filter { $0["type"] == "index" }.compactMap { $0["sql"] }
        let copy = "\(table)_rewritten"
        guard let range = tableSQL.range(of: "\"\(table)\"") ?? tableSQL.range(of: table) else { return }
        try db.execute(sql: tableSQL.replacingCharacters(in: range, with: "\"\(copy)\""))
        try db.execute(sql: "INSERT INTO \"\(copy)\" SELECT * FROM \"\(table)\" ORDER BY \(key)")
        try db.execute(sql: "DROP TABLE \"\(table)\"")
        try db.execute(sql: "ALTER TABLE \"\(copy)\" RENAME TO \"\(table)\"")
        for sql in indexSQL { try db.execute(sql: sql) }
    }

    /// Folds the write-ahead log into the file and empties it, without waiting for another shell:
    /// when one is reading, what can be folded now is folded. Best effort.
    func foldLog() {
        busy.withoutWaiting {
            _ = try? (lateWriter?.opened ?? writer).writeWithoutTransaction { db in
                do { try db.checkpoint(.truncate) } catch { try db.checkpoint(.passive) }
            }
        }
    }
}
