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
        try execute { parameters in
            for value in values {
                switch value {
                case .text(let text): parameters.add(text)
                case .integer(let number): parameters.add(number)
                }
            }
        }
    }

    /// Runs the statement once, `bind` adding its parameters in order: for the hottest loops,
    /// which then build no array of values per row.
    func execute(_ bind: (inout Parameters) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var parameters = Parameters(handle: handle)
        bind(&parameters)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(database.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    /// The parameters of one run, bound one after the other.
    struct Parameters {
        fileprivate let handle: SQLiteStatement
        private var index: Int32 = 1

        fileprivate init(handle: SQLiteStatement) { self.handle = handle }

        /// Binds text (nil is NULL) to the next parameter.
        mutating func add(_ text: String?) {
            if var text {
                // Through the text's own UTF-8 bytes: passing a String as a C string copies short
                // ones to the heap first.
                _ = text.withUTF8 { bytes in
                    if let start = bytes.baseAddress {
                        sqlite3_bind_text(handle, index, start, Int32(bytes.count), BulkStatement.transient)
                    } else {
                        sqlite3_bind_text(handle, index, "", 0, BulkStatement.transient)
                    }
                }
            } else {
                sqlite3_bind_null(handle, index)
            }
            index += 1
        }

        /// Binds an integer to the next parameter.
        mutating func add(_ number: Int) {
            sqlite3_bind_int64(handle, index, Int64(number))
            index += 1
        }
    }

    /// SQLite copies the text before `execute` returns (SQLITE_TRANSIENT).
    fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
