import Crypto
import GRDB
import Model

/// A response laid out the way it is written: its answers as the JSON object kept in its row,
/// its breakdown keys in key order. Preparing responses (which an import does for many at once,
/// in parallel) is kept apart from writing them (one connection, one transaction).
public struct PreparedResponse: Sendable {
    let version: Int
    let day: String
    let respondent: String?
    /// `{"question":"answer",…}`, by question id.
    let answers: String
    /// By dimension, then key; each key once.
    let groups: [(dimension: String, key: String)]

    public init(_ response: SurveyResponse) {
        version = response.version
        day = response.day.description
        respondent = response.respondent
        answers = JSONText.object(response.answers.sorted { $0.key < $1.key })
        groups = response.groups.keys.sorted().flatMap { dimension in
            let keys = response.groups[dimension] ?? []
            // Keys given sorted and distinct, as a respondent's usually are, are taken as they are.
            let distinct = zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 } ? keys : Set(keys).sorted()
            return distinct.map { (dimension, $0) }
        }
    }
}

extension AppDatabase {
    /// Stores a response and spends the code or the holder's turn: both or neither.
    public func storeResponse(
        _ response: SurveyResponse, semester: String, form: String, turn: SurveyTurn, holder: String
    ) throws {
        try storeResponses([(PreparedResponse(response), turn, holder)], semester: semester, form: form)
    }

    /// Stores many responses in one transaction (an import): all or none.
    ///
    /// The codes spent and the record of who answered are written first, in their own order;
    /// then the responses, under random keys and in key order, so that nothing links the two and
    /// the B-trees are written front to back. Rows go in many to a statement. `progress` hears
    /// how many responses are written, every few thousand.
    public func storeResponses(
        _ responses: [(response: PreparedResponse, turn: SurveyTurn, holder: String)], semester: String, form: String,
        progress: (Int) -> Void = { _ in }
    ) throws {
        try write { db in
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT open FROM survey WHERE semester_id = ? AND form_id = ?",
                    arguments: [semester, form]) == true
            else {
                throw Refusal(
                    zh: "问卷 '\(form)' 本学期没有开放", en: "form '\(form)' is not open this semester",
                    hintZh: "协调员用 survey open \(form) 开放", hintEn: "the coordinator opens it with 'survey open \(form)'"
                )
            }
            // Responses added to tables that hold none are written in key order and keep no order
            // of arrival; added to tables that hold some, the tables are written anew.
            let rewrite = try Self.holdsResponses(db)
            try Self.spendTurns(responses.map { ($0.turn, $0.holder) }, semester: semester, form: form, db)
            let keys = Self.randomKeys(responses.count)
            var rows = BatchInsert(
                db, into: "survey_response",
                columns: ["id", "semester_id", "form_id", "version", "day", "respondent", "answers"],
                rows: responses.count)
            var groups = BatchInsert(
                db, into: "survey_response_group", columns: ["response_id", "dimension", "key"],
                rows: responses.reduce(0) { $0 + $1.response.groups.count })
            for (written, index) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
                if written % 5000 == 0 { progress(written) }
                let (id, response) = (keys[index], responses[index].response)
                try rows.add { row in
                    row.add(id)
                    row.add(semester)
                    row.add(form)
                    row.add(response.version)
                    row.add(response.day)
                    row.add(response.respondent)
                    row.add(response.answers)
                }
                for group in response.groups {
                    try groups.add { row in
                        row.add(id)
                        row.add(group.dimension)
                        row.add(group.key)
                    }
                }
            }
            if rewrite { try Self.rewriteAnonymousTables(db) }
        }
        foldLog()
    }

    /// Spends each code, and records each holder as having answered: a code that is not valid,
    /// or a holder who has answered already, refuses the whole write.
    private static func spendTurns(
        _ turns: [(turn: SurveyTurn, holder: String)], semester: String, form: String, _ db: Database
    ) throws {
        let typed = turns.compactMap { if case .code(let code) = $0.turn { code } else { nil } }
        let checked = turns.compactMap {
            if case .checkedCode(let code) = $0.turn { (code.hash, code.code) } else { nil }
        }
        let hashes = CodeHasher(key: try existingCodeKey(db) ?? []).hashAll(typed.map(normalized))
        let spend = try BulkStatement(
            db,
            sql:
                "UPDATE survey_code SET spent = 1 WHERE code_hash = ? AND semester_id = ? AND form_id = ? AND NOT "
                + "spent AND NOT void"
        )
        // In hash order, which is the table's own.
        for (hash, code) in (Array(zip(hashes, typed)) + checked).sorted(by: { $0.0 < $1.0 }) {
            try spend.execute {
                $0.add(hash)
                $0.add(semester)
                $0.add(form)
            }
            guard db.changesCount == 1 else { throw invalidCode(code) }
        }
        var answered = BatchInsert(
            db, into: "survey_answered", columns: ["semester_id", "form_id", "holder"], rows: turns.count)
        do {
            // In holder order, which is the table's own.
            for holder in turns.map(\.holder).sorted() {
                try answered.add { row in
                    row.add(semester)
                    row.add(form)
                    row.add(holder)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw Refusal(
                zh: "这个家庭本学期已经回答过问卷 '\(form)'", en: "this family has already answered '\(form)' this semester",
                hintZh: "每个家庭每学期只能回答一次", hintEn: "one response per family per semester")
        }
    }

    /// `count` distinct random keys above zero, below 2^63, drawn from the system's secure
    /// generator in one go.
    static func randomKeys(_ count: Int) -> [Int] {
        var keys: [Int] = []
        var seen = Set<Int>(minimumCapacity: count)
        while keys.count < count {
            randomBytes(8 * (count - keys.count)).withUnsafeBytes { buffer in
                for offset in stride(from: 0, to: buffer.count, by: 8) {
                    let key = Int(buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self) >> 1)
                    if key > 0, seen.insert(key).inserted { keys.append(key) }
                }
            }
        }
        return keys
    }

    /// `count` bytes from the system's secure generator, in one call.
    static func randomBytes(_ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        return SymmetricKey(size: SymmetricKeySize(bitCount: 8 * count)).withUnsafeBytes { Array($0) }
    }
}
