import GRDB
import GRDBSQLite

/// A query stepped by hand through SQLite's own interface, for bulk reads where decoding rows
/// through GRDB would cost more than the query.
struct RawRows {
    private let statement: Statement
    private let database: Database

    /// Prepares `sql` with text `arguments`, before its first row.
    init(_ db: Database, sql: String, arguments: [String]) throws {
        statement = try db.makeStatement(sql: sql)
        database = db
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, argument) in arguments.enumerated() {
            sqlite3_bind_text(handle, Int32(offset + 1), argument, -1, Self.transient)
        }
    }

    /// Moves to the next row; false when there is none.
    func step() throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(database.sqliteConnection)))
        }
    }

    /// The integer in `column` of the current row.
    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, column) }

    /// The text in `column` of the current row; nil for NULL.
    func text(_ column: Int32) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of the text in `column` of the current row, valid until the next step; nil for NULL.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        let handle = statement.sqliteStatement
        guard let start = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column)))
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A query whose rows come in ascending order of an integer id in column 0, stepped by hand so
/// that several such scans can be merged like sorted lists: SQLite has no merge join, and a
/// million index lookups cost far more than walking three indexes side by side.
struct SortedScan {
    private let rows: RawRows
    /// The current row's id; meaningless once `done`.
    private(set) var id: Int64 = 0
    private(set) var done = false

    /// Runs `sql` with text `arguments` and moves to its first row.
    init(_ db: Database, sql: String, arguments: [String]) throws {
        rows = try RawRows(db, sql: sql, arguments: arguments)
        try advance()
    }

    /// Moves to the next row.
    mutating func advance() throws {
        do {
            if try rows.step() { id = rows.integer(0) } else { done = true }
        } catch {
            done = true
            throw error
        }
    }

    /// Moves to the first row whose id is not below `target`.
    mutating func skip(to target: Int64) throws {
        while !done && id < target { try advance() }
    }

    /// Whether the current row belongs to `target`.
    func isAt(_ target: Int64) -> Bool { !done && id == target }

    /// The text of `column` in the current row, as a small number from `interner` (0 for NULL).
    func text(_ column: Int32, _ interner: inout TextInterner) -> Int32 {
        rows.bytes(column).map { interner.number($0) } ?? 0
    }

    /// The bytes of the text in `column` of the current row, valid until the next step; nil for NULL.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? { rows.bytes(column) }
}

/// Numbers the distinct texts of a scan from 1 (0 stands for NULL), so that a million rows of a
/// handful of answers make a handful of Swift strings.
struct TextInterner {
    private var numbers: [UInt64: [(bytes: [UInt8], number: Int32)]] = [:]
    private(set) var texts: [String?] = [nil]

    mutating func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        // FNV-1a over the bytes: answers and keys are a few bytes long.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = numbers[hash] {
            for candidate in candidates where candidate.bytes.elementsEqual(bytes) {
                return candidate.number
            }
        }
        let buffer = Array(bytes)
        let number = Int32(texts.count)
        texts.append(String(decoding: buffer, as: UTF8.self))
        numbers[hash, default: []].append((buffer, number))
        return number
    }
}

/// Numbers the distinct combinations of small numbers (a breakdown key and the answers read) as
/// they come, one pair at a time, so that counting needs no array per row.
struct CombinationNumbers {
    private var pairs: [Int64: Int32] = [:]
    /// Each combination's parent and last element; combination 0 is the empty one.
    private(set) var parts: [(parent: Int32, last: Int32)] = [(0, 0)]

    /// The combination of `parent` followed by `element`.
    mutating func extend(_ parent: Int32, with element: Int32) -> Int32 {
        let pair = Int64(parent) << 32 | Int64(UInt32(bitPattern: element))
        if let number = pairs[pair] { return number }
        let number = Int32(parts.count)
        parts.append((parent, element))
        pairs[pair] = number
        return number
    }

    /// The elements of `combination`, first first.
    func elements(of combination: Int32) -> [Int32] {
        var elements: [Int32] = []
        var current = combination
        while current != 0 {
            elements.append(parts[Int(current)].last)
            current = parts[Int(current)].parent
        }
        return elements.reversed()
    }
}

/// A form's responses in id order, each with its semester and its answers to a few questions,
/// read from the response's own row: its answers are a JSON object there, read in place
/// (`FlatJSON`), with SQLite's `json_extract` for an object that is not the flat kind written.
struct ResponseScan {
    private var rows: SortedScan
    private let db: Database
    private let questions: [String]
    /// Whether the file keeps answers in the response's row (migration v9) or in their own table.
    private let inRow: Bool
    /// Each answer key met so far, by number, and its place among `questions`.
    private var keys = TextInterner()
    private var positions: [Int?] = [nil]

    /// The responses to `form` in `semester`, or in every semester when it is nil.
    init(_ db: Database, form: String, semester: String?, questions: [String]) throws {
        self.db = db
        self.questions = questions
        // Another school's file opened read-only may predate answers kept in the response's row:
        // its answers are then read from their own table, a column each.
        inRow = try db.columns(in: "survey_response").contains { $0.name == "answers" }
        let answers =
            inRow
            ? ", answers"
            : questions.map { _ in
                ", (SELECT value FROM survey_answer WHERE response_id = survey_response.id AND question_id = ?)"
            }.joined()
        // `+` keeps SQLite to the table's key order (one pass, no sort) rather than a look-up
        // per response through the index by form.
        let filter = semester == nil ? "+form_id = ?" : "+form_id = ? AND +semester_id = ?"
        rows = try SortedScan(
            db, sql: "SELECT id, semester_id\(answers) FROM survey_response WHERE \(filter) ORDER BY id",
            arguments: (inRow ? [] : questions) + [form] + (semester.map { [$0] } ?? []))
    }

    var done: Bool { rows.done }
    /// The current response's id.
    var id: Int64 { rows.id }

    mutating func advance() throws { try rows.advance() }

    /// The current response's semester, as a number from `texts`.
    func semester(_ texts: inout TextInterner) -> Int32 { rows.text(1, &texts) }

    /// Sets `values` (one per question) to the current response's answers as numbers from
    /// `texts`, 0 where unanswered.
    mutating func answers(into values: inout [Int32], texts: inout TextInterner) throws {
        guard inRow else {
            for index in values.indices { values[index] = rows.text(Int32(2 + index), &texts) }
            return
        }
        for index in values.indices { values[index] = 0 }
        guard let object = rows.bytes(2) else { return }
        let flat = FlatJSON.forEachPair(in: object) { key, value in
            let name = Int(keys.number(key))
            while positions.count <= name {
                positions.append(questions.firstIndex(of: keys.texts[positions.count] ?? ""))
            }
            if let position = positions[name] { values[position] = texts.number(value) }
        }
        if !flat { try extract(object, into: &values, texts: &texts) }
    }

    /// The answers of an object `FlatJSON` does not read, through SQLite.
    private func extract(_ object: UnsafeBufferPointer<UInt8>, into values: inout [Int32], texts: inout TextInterner)
        throws
    {
        let text = String(decoding: object, as: UTF8.self)
        for (index, question) in questions.enumerated() {
            let value = try String.fetchOne(
                db, sql: "SELECT json_extract(?, ?)", arguments: [text, "$.\"\(question)\""])
            values[index] = value.map { Array($0.utf8).withUnsafeBufferPointer { texts.number($0) } } ?? 0
        }
    }
}
