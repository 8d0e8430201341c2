import Crypto
import Foundation
import GRDB
import Model

/// How a response proves it may be stored: a one-time code, or the turn of a family, student or person.
public enum SurveyTurn: Sendable, Hashable {
    /// A code as the person typed it.
    case code(String)
    /// A code that `codeHolders` has found valid, with its keyed hash: an import need not hash
    /// it again.
    case checkedCode(CheckedCode)
    case holder(String)
}

/// A code found valid by `codeHolders`: who it was issued to, and its keyed hash.
public struct CheckedCode: Sendable, Hashable {
    public let code: String
    public let holder: String
    let hash: String
}

extension AppDatabase {
    /// 32 letters and digits, none that reads as another (no 0/O, 1/I): a random byte's low five
    /// bits pick one without bias.
    static let codeAlphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)

    /// The open/closed state and version of a form this semester, or nil when never opened.
    public func surveyStatus(semester: String, form: String) throws -> (version: Int, open: Bool)? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT version, open FROM survey WHERE semester_id = ? AND form_id = ?",
                arguments: [semester, form]
            )
            .map { ($0[0], $0[1]) }
        }
    }

    /// Opens a form for the semester. A form whose file changed after it received responses must
    /// carry a new version first.
    public func openSurvey(semester: String, form: String, version: Int, digest: String) throws {
        try write { db in
            if let stored = try String.fetchOne(
                db, sql: "SELECT file_digest FROM survey_form_version WHERE form_id = ? AND version = ?",
                arguments: [form, version]),
                stored != digest
            {
                let answered =
                    try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM survey_response WHERE form_id = ? AND version = ? LIMIT 1",
                        arguments: [form, version]) ?? false
                if answered {
                    throw Refusal(
                        zh: "问卷 '\(form)' 第 \(version) 版收到回复后文件又改过了",
                        en: "form '\(form)' version \(version) changed after it received responses",
                        hintZh: "把文件里的 version 改成 \(version + 1)，旧回复保留原版本",
                        hintEn: "set 'version: \(version + 1)' in the file; old responses keep their version")
                }
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO survey_form_version(form_id, version, file_digest) VALUES (?, ?, ?)",
                arguments: [form, version, digest])
            try db.execute(
                sql: """
                    INSERT INTO survey(semester_id, form_id, version, open) VALUES (?, ?, ?, 1)
                    ON CONFLICT(semester_id, form_id) DO UPDATE SET version = excluded.version, open = 1
                    """, arguments: [semester, form, version])
        }
    }

    public func closeSurvey(semester: String, form: String) throws {
        try write { db in
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT open FROM survey WHERE semester_id = ? AND form_id = ?",
                    arguments: [semester, form]) == true
            else {
                throw Refusal(zh: "问卷 '\(form)' 本学期没有开放", en: "form '\(form)' is not open this semester")
            }
            try db.execute(
                sql: "UPDATE survey SET open = 0 WHERE semester_id = ? AND form_id = ?", arguments: [semester, form])
        }
    }

    /// Issues one new code to each holder that has neither a valid code nor a response; with
    /// `reissue`, that holder's old code is voided and a new one issued. Returns (holder, code).
    /// `progress` hears how many codes are made, every few thousand.
    public func issueCodes(
        semester: String, form: String, holders: [String], reissue: String?,
        progress: (Int) -> Void = { _ in }
    ) throws -> [(holder: String, code: String)] {
        try write { db in
            let key = try Self.codeKey(db)
            if let reissue {
                try db.execute(
                    sql:
                        "UPDATE survey_code SET void = 1 WHERE semester_id = ? AND form_id = ? AND holder = ? AND "
                        + "NOT spent",
                    arguments: [semester, form, reissue])
            }
            let covered = Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT holder FROM survey_code WHERE semester_id = ? AND form_id = ? AND NOT void
                        UNION SELECT holder FROM survey_answered WHERE semester_id = ? AND form_id = ?
                        """, arguments: [semester, form, semester, form]))
            var issued: [(String, String)] = []
            let hasher = CodeHasher(key: key)
            let insert = try BulkStatement(
                db, sql: "INSERT INTO survey_code(code_hash, semester_id, form_id, holder) VALUES (?, ?, ?, ?)")
            let wanted = holders.filter { !covered.contains($0) }
            // Eight random bytes a code, drawn in one go (and again on the rare clash).
            var random = Self.randomBytes(8 * wanted.count)[...]
            for (made, holder) in wanted.enumerated() {
                if made % 5000 == 0 { progress(made) }
                while true {
                    if random.count < 8 { random = Self.randomBytes(8 * 16)[...] }
                    let code = String(decoding: random.prefix(8).map { Self.codeAlphabet[Int($0 & 31)] }, as: UTF8.self)
                    random = random.dropFirst(8)
                    do {
                        try insert.execute(.text(hasher.hash(code)), .text(semester), .text(form), .text(holder))
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                        continue  // the code exists already: draw another
                    }
                    issued.append((holder, String(code.prefix(4)) + "-" + String(code.suffix(4))))
                    break
                }
            }
            return issued
        }
    }

    /// The holder of a valid, unspent code for the form, or nil (an unknown code and a spent one look the same).
    public func codeHolder(_ code: String, semester: String, form: String) throws -> String? {
        try read { db in
            let hash = Self.hash(code: Self.normalized(code), key: try Self.existingCodeKey(db) ?? [])
            return try String.fetchOne(
                db,
                sql:
                    "SELECT holder FROM survey_code WHERE code_hash = ? AND semester_id = ? AND form_id = ? AND NOT "
                    + "spent AND NOT void",
                arguments: [hash, semester, form])
        }
    }

    /// Whether a holder has already answered.
    public func hasAnswered(holder: String, semester: String, form: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM survey_answered WHERE semester_id = ? AND form_id = ? AND holder = ?",
                arguments: [semester, form, holder]) ?? false
        }
    }

    /// The refusal for a code that is unknown, spent or void: the same words for each, so that codes cannot be probed.
    public static func invalidCode(_ code: String) -> Refusal {
        Refusal(
            zh: "问卷码 '\(code)' 无效（不存在或已经用过）", en: "code '\(code)' is not valid (unknown or already used)",
            hintZh: "检查纸条上的问卷码；每个码只能用一次", hintEn: "check the code on the slip; each code works once")
    }

    /// Every response to a form this semester, with answers and breakdown keys.
    public func responses(semester: String, form: String) throws -> [SurveyResponse] {
        try read { db in
            // The responses with their answers, then their breakdown keys, both in id order and
            // merged: one pass over each, no look-up by id.
            var responses: [(id: Int64, response: SurveyResponse)] = []
            let rows = try RawRows(
                db,
                sql: """
                    SELECT r.id, r.version, r.day, r.respondent, a.key, a.value FROM survey_response r LEFT JOIN
                    json_each(r.answers) a
                    WHERE +r.semester_id = ? AND +r.form_id = ? ORDER BY r.id
                    """, arguments: [semester, form])
            while try rows.step() {
                let id = rows.integer(0)
                if responses.last?.id != id {
                    let day = rows.text(2).flatMap(CalendarDate.init) ?? CalendarDate(dayNumber: 0)
                    responses.append(
                        (
                            id,
                            SurveyResponse(
                                version: Int(rows.integer(1)), day: day, answers: [:], groups: [:],
                                respondent: rows.text(3))
                        ))
                }
                if let key = rows.text(4), let value = rows.text(5) {
                    responses[responses.count - 1].response.answers[key] = value
                }
            }
            let groups = try RawRows(
                db,
                sql: """
                    SELECT response_id, dimension, key FROM survey_response_group
                    WHERE response_id IN (SELECT id FROM survey_response WHERE semester_id = ? AND form_id = ?) ORDER BY
                    response_id
                    """, arguments: [semester, form])
            var index = 0
            while try groups.step() {
                let id = groups.integer(0)
                while index < responses.count && responses[index].id < id { index += 1 }
                guard index < responses.count, responses[index].id == id, let dimension = groups.text(1),
                    let key = groups.text(2)
                else { continue }
                responses[index].response.groups[dimension, default: []].append(key)
            }
            // Sorted by content, so that no order reveals who answered when, and output is repeatable.
            // Each response's sort key is made once, not once per comparison.
            return responses.map { (key: Self.canonical($0.response), response: $0.response) }.sorted {
                $0.key < $1.key
            }.map(\.response)
        }
    }

    static func canonical(_ response: SurveyResponse) -> String {
        response.answers.keys.sorted().map { "\($0)=\(response.answers[$0] ?? "")" }.joined(separator: "\u{1}")
            + "\u{2}"
            + response.groups.keys.sorted().map {
                "\($0)=\((response.groups[$0] ?? []).sorted().joined(separator: ","))"
            }.joined(separator: "\u{1}")
            + "\u{2}\(response.version)\u{2}\(response.day)"
    }

    /// How many codes were issued (not voided) and how many responses came back.
    public func surveyCounts(semester: String, form: String) throws -> (invited: Int, responses: Int) {
        try read { db in
            let invited =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM survey_code WHERE semester_id = ? AND form_id = ? AND NOT void",
                    arguments: [semester, form]) ?? 0
            let responses =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM survey_response WHERE semester_id = ? AND form_id = ?",
                    arguments: [semester, form]) ?? 0
            return (invited, responses)
        }
    }

    // MARK: Codes

    /// Codes are compared without case, spaces or dashes.
    static func normalized(_ code: String) -> String {
        String(code.uppercased().filter { $0 != "-" && $0 != " " })
    }

    static func hash(code: String, key: [UInt8]) -> String {
        CodeHasher(key: key).hash(code)
    }

    /// The database's secret for keyed code hashes, made on first use.
    static func codeKey(_ db: Database) throws -> [UInt8] {
        if let key = try existingCodeKey(db) { return key }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('survey_code_key', ?)", arguments: [Hex.text(key)])
        return key
    }

    static func existingCodeKey(_ db: Database) throws -> [UInt8]? {
        guard let hex = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'survey_code_key'") else {
            return nil
        }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }
}

extension AppDatabase {
    /// A stable digest of a declaration file's bytes, to notice a form that changed in place.
    public static func digest(of data: Data) -> String {
        Hex.text(SHA256.hash(data: data))
    }

    /// The open form and holder a code belongs to this semester, for `login code CODE`.
    public func codeForm(_ code: String, semester: String) throws -> (form: String, holder: String)? {
        try read { db in
            let hash = Self.hash(code: Self.normalized(code), key: try Self.existingCodeKey(db) ?? [])
            return try Row.fetchOne(
                db,
                sql: """
                    SELECT c.form_id, c.holder FROM survey_code c JOIN survey s ON s.semester_id = c.semester_id AND
                    s.form_id = c.form_id
                    WHERE c.code_hash = ? AND c.semester_id = ? AND NOT c.spent AND NOT c.void AND s.open
                    """, arguments: [hash, semester]
            ).map { ($0[0], $0[1]) }
        }
    }
}

extension AppDatabase {
    /// The valid, unspent codes among `codes`, by code as given (for an import).
    public func codeHolders(_ codes: [String], semester: String, form: String) throws -> [String: CheckedCode] {
        try read { db in
            let key = try Self.existingCodeKey(db) ?? []
            // `+`: one pass over the table, rather than a look-up in it for every code the index by holder lists.
            let rows = try RawRows(
                db,
                sql:
                    "SELECT code_hash, holder FROM survey_code WHERE +semester_id = ? AND +form_id = ? AND NOT "
                    + "spent AND NOT void",
                arguments: [semester, form])
            var byHash: [String: String] = [:]
            while try rows.step() {
                if let hash = rows.text(0), let holder = rows.text(1) { byHash[hash] = holder }
            }
            var checked: [String: CheckedCode] = [:]
            for (code, hash) in zip(codes, CodeHasher(key: key).hashAll(codes.map(Self.normalized))) {
                if let holder = byHash[hash] { checked[code] = CheckedCode(code: code, holder: holder, hash: hash) }
            }
            return checked
        }
    }

    /// Everyone who has answered the form this semester.
    public func answeredHolders(semester: String, form: String) throws -> Set<String> {
        try read { db in
            Set(
                try String.fetchAll(
                    db, sql: "SELECT holder FROM survey_answered WHERE semester_id = ? AND form_id = ?",
                    arguments: [semester, form]))
        }
    }
}

/// Keyed hashes (HMAC-SHA256) of codes under one key, prepared once: an import hashes every
/// code it reads.
struct CodeHasher {
    private let prepared: HMAC<SHA256>

    init(key: [UInt8]) {
        prepared = HMAC<SHA256>(key: SymmetricKey(data: key))
    }

    /// The hash of `code`, as hexadecimal text.
    func hash(_ code: String) -> String {
        var mac = prepared
        mac.update(data: Array(code.utf8))
        return Hex.text(mac.finalize())
    }

    /// The hashes of `codes`, in their order, computed on every core.
    func hashAll(_ codes: [String]) -> [String] {
        codes.concurrentMap(minimumChunk: 5000) { hash($0) }
    }
}
