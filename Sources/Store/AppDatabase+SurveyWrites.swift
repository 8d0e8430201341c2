import Crypto
import GRDB
import Model

/// A response laid out the way it is written: answers and breakdown keys in key order. Preparing
/// responses (which an import does for many at once, in parallel) is kept apart from writing them
/// (which one connection does, in one transaction).
public struct PreparedResponse: Sendable {
    let version: Int
    let day: String
    let respondent: String?
    /// By question id.
    let answers: [(question: String, value: String)]
    /// By dimension, then key; each key once.
    let groups: [(dimension: String, key: String)]

    public init(_ response: SurveyResponse) {
        version = response.version
        day = response.day.description
        respondent = response.respondent
        answers = response.answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        groups = response.groups.keys.sorted().flatMap { dimension in
            Set(response.groups[dimension] ?? []).sorted().map { (dimension, $0) }
        }
    }
}

extension AppDatabase {
    /// Stores a response and spends the code or the holder's turn: both or neither.
    public func storeResponse(_ response: SurveyResponse, semester: String, form: String, turn: SurveyTurn, holder: String) throws {
        try storeResponses([(PreparedResponse(response), turn, holder)], semester: semester, form: form)
    }

    /// Stores many responses in one transaction (an import): all or none.
    public func storeResponses(_ responses: [(response: PreparedResponse, turn: SurveyTurn, holder: String)], semester: String, form: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT open FROM survey WHERE semester_id = ? AND form_id = ?", arguments: [semester, form]) == true else {
                throw Refusal(zh: "问卷 '\(form)' 本学期没有开放", en: "form '\(form)' is not open this semester",
                              hintZh: "协调员用 survey open \(form) 开放", hintEn: "the coordinator opens it with 'survey open \(form)'")
            }
            var writer = try ResponseWriter(db, semester: semester, form: form)
            // Random keys, inserted in key order: the B-trees are then written front to back.
            let keys = Self.randomKeys(responses.count)
            for index in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
                let (response, turn, holder) = responses[index]
                try writer.write(response, id: keys[index], turn: turn, holder: holder)
            }
        }
    }

    /// `count` distinct random keys above zero, below 2^63, drawn from the system's secure
    /// generator in one go.
    static func randomKeys(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var keys: [Int] = []
        var seen = Set<Int>(minimumCapacity: count)
        while keys.count < count {
            let bytes = SymmetricKey(size: SymmetricKeySize(bitCount: 64 * (count - keys.count)))
            bytes.withUnsafeBytes { buffer in
                for offset in stride(from: 0, to: buffer.count, by: 8) {
                    let key = Int(buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self) >> 1)
                    if key > 0, seen.insert(key).inserted { keys.append(key) }
                }
            }
        }
        return keys
    }
}

/// The statements that write responses, prepared once per transaction.
private struct ResponseWriter {
    let db: Database
    let semester: String
    let form: String
    let key: [UInt8]
    let answered: BulkStatement
    /// One statement per number of answers, or of breakdown keys: a response goes in with two steps.
    var responseStatements: [Int: BulkStatement] = [:]
    var groupStatements: [Int: BulkStatement] = [:]

    init(_ db: Database, semester: String, form: String) throws {
        self.db = db
        self.semester = semester
        self.form = form
        key = try AppDatabase.existingCodeKey(db) ?? []
        answered = try BulkStatement(db, sql: "INSERT INTO survey_answered(semester_id, form_id, holder) VALUES (?, ?, ?)")
    }

    mutating func write(_ prepared: PreparedResponse, id: Int, turn: SurveyTurn, holder: String) throws {
        if case .code(let code) = turn {
            let hash = AppDatabase.hash(code: AppDatabase.normalized(code), key: key)
            try db.execute(sql: "UPDATE survey_code SET spent = 1 WHERE code_hash = ? AND semester_id = ? AND form_id = ? AND NOT spent AND NOT void",
                           arguments: [hash, semester, form])
            guard db.changesCount == 1 else { throw AppDatabase.invalidCode(code) }
        }
        do {
            try answered.execute { $0.add(semester); $0.add(form); $0.add(holder) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw Refusal(zh: "这个家庭本学期已经回答过问卷 '\(form)'", en: "this family has already answered '\(form)' this semester",
                          hintZh: "每个家庭每学期只能回答一次", hintEn: "one response per family per semester")
        }
        let response = try Self.statement(&responseStatements, db, count: prepared.answers.count) { count in
            let pairs = Array(repeating: "?, ?", count: count).joined(separator: ", ")
            return "INSERT INTO survey_response(id, semester_id, form_id, version, day, respondent, answers) VALUES (?, ?, ?, ?, ?, ?, json_object(\(pairs)))"
        }
        try response.execute { row in
            row.add(id); row.add(semester); row.add(form); row.add(prepared.version); row.add(prepared.day); row.add(prepared.respondent)
            for answer in prepared.answers { row.add(answer.question); row.add(answer.value) }
        }
        if !prepared.groups.isEmpty {
            let insert = try Self.statement(&groupStatements, db, count: prepared.groups.count) { count in
                "INSERT INTO survey_response_group(response_id, dimension, key) VALUES " + Array(repeating: "(?, ?, ?)", count: count).joined(separator: ", ")
            }
            try insert.execute { row in
                for group in prepared.groups { row.add(id); row.add(group.dimension); row.add(group.key) }
            }
        }
    }

    /// The statement for `count` values, made by `sql` on first use.
    private static func statement(_ cache: inout [Int: BulkStatement], _ db: Database, count: Int, sql: (Int) -> String) throws -> BulkStatement {
        if let statement = cache[count] { return statement }
        let statement = try BulkStatement(db, sql: sql(count))
        cache[count] = statement
        return statement
    }
}
