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
        var parameters = start()
        bind(&parameters)
        try run()
    }

    /// Clears the last run, for parameters to be bound from the first.
    func start() -> Parameters {
        sqlite3_reset(statement.sqliteStatement)
        return Parameters(handle: statement.sqliteStatement)
    }

    /// Runs the statement with the parameters bound since `start()`.
    func run() throws {
        let handle = statement.sqliteStatement
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

/// Rows inserted many to a statement (`INSERT … VALUES (…), (…), …`): a bulk write then runs
/// one statement per batch of rows instead of one per row. The number of rows is known in
/// advance, so that the last batch has a statement of its own size.
struct BatchInsert {
    private let db: Database
    private let prefix: String
    private let row: String
    private let rowsPerStatement: Int
    private var remaining: Int
    private var statements: [Int: BulkStatement] = [:]
    /// The batch being bound: its statement, its parameters so far, and the rows it still takes.
    private var batch: (statement: BulkStatement, parameters: BulkStatement.Parameters, rowsLeft: Int)?

    /// Inserts `rows` rows into `columns` of `table`, `rowsPerStatement` at a time.
    init(_ db: Database, into table: String, columns: [String], rows: Int, rowsPerStatement: Int = 32) {
        self.db = db
        prefix = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
        row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        self.rowsPerStatement = rowsPerStatement
        remaining = rows
    }

    /// Adds one row, `bind` adding its values in column order; runs the batch once it is full.
    mutating func add(_ bind: (inout BulkStatement.Parameters) -> Void) throws {
        precondition(remaining > 0, "more rows than announced")
        if batch == nil {
            let size = min(rowsPerStatement, remaining)
            let statement =
                try statements[size]
                ?? BulkStatement(db, sql: prefix + Array(repeating: row, count: size).joined(separator: ", "))
            statements[size] = statement
            batch = (statement, statement.start(), size)
        }
        guard var current = batch else { return }
        bind(&current.parameters)
        current.rowsLeft -= 1
        remaining -= 1
        if current.rowsLeft == 0 {
            batch = nil
            try current.statement.run()
        } else {
            batch = current
        }
    }
}
