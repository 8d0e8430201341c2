import GRDB
import GRDBSQLite

/// A prepared statement for bulk writes (imports of tens of thousands of rows) that binds text
/// and integers straight into SQLite, without building argument arrays for every row.
struct BulkStatement {
    private let statement: Statement
    private let database: Database

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        database = db
    }

    /// A bound value: text (nil is NULL) or an integer.
    enum Value {
        case text(String?)
        case integer(Int)
    }

    /// Runs the statement once with `values` bound to its parameters in order.
    func execute(_ values: Value...) throws {
        try execute(values: values)
    }

    /// Runs the statement once with `values` bound to its parameters in order.
    func execute(values: [Value]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text?): sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .text(nil): sqlite3_bind_null(handle, index)
            case .integer(let number): sqlite3_bind_int64(handle, index, Int64(number))
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(database.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    /// SQLite copies the text before `execute` returns (SQLITE_TRANSIENT).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
