import GRDB
import Model

/// One row of the `semester` table.
struct SemesterRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "semester"
    var id: String
    var startsOn: String
    var endsOn: String

    enum CodingKeys: String, CodingKey {
        case id
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let startsOn = Column(CodingKeys.startsOn)
    }

    init(_ semester: Semester) {
        id = semester.id
        startsOn = semester.from.description
        endsOn = semester.to.description
    }

    var semester: Semester? {
        guard let from = CalendarDate(startsOn), let to = CalendarDate(endsOn) else { return nil }
        return Semester(id: id, from: from, to: to)
    }
}

/// Settings kept in the database, as key and text value.
enum SettingKey: String {
    case currentSemester = "current_semester"
}

extension AppDatabase {
    /// Opens a semester and makes it the current one, refusing a duplicate id or an overlap.
    public func openSemester(_ semester: Semester) throws {
        try write { db in
            if try SemesterRecord.fetchOne(db, key: semester.id) != nil {
                throw Refusal(
                    zh: "学期 '\(semester.id)' 已存在", en: "semester '\(semester.id)' already exists",
                    hintZh: "用 'semester use \(semester.id)' 切换到它",
                    hintEn: "use 'semester use \(semester.id)' to switch to it")
            }
            for other in try Self.semesters(db) where other.overlaps(semester) {
                throw Refusal(
                    zh: "学期 '\(semester.id)' 与学期 '\(other.id)'（\(other.from) 至 \(other.to)）时间重叠",
                    en: "semester '\(semester.id)' overlaps semester '\(other.id)' (\(other.from) to \(other.to))",
                    hintZh: "学期之间不能重叠", hintEn: "semesters must not overlap")
            }
            try SemesterRecord(semester).insert(db)
            try Self.setSetting(.currentSemester, to: semester.id, db)
        }
    }

    /// Every semester, oldest first, and the id of the current one.
    public func semesters() throws -> (all: [Semester], current: String?) {
        try read { db in (try Self.semesters(db), try Self.setting(.currentSemester, db)) }
    }

    /// The current semester, or nil when none has been opened.
    public func currentSemester() throws -> Semester? {
        try read { db in try Self.currentSemester(db) }
    }

    /// Makes an existing semester the current one.
    public func useSemester(id: String) throws -> Semester {
        try write { db in
            let all = try Self.semesters(db)
            guard let semester = all.first(where: { $0.id == id }) else {
                throw Self.unknownSemester(id, among: all.map(\.id))
            }
            try Self.setSetting(.currentSemester, to: id, db)
            return semester
        }
    }

    static func unknownSemester(_ id: String, among ids: [String]) -> Refusal {
        if let near = Suggestion.closest(to: id, among: ids) {
            return Refusal(
                zh: "没有学期 '\(id)'", en: "no semester '\(id)'",
                hintZh: "您是不是要写 '\(near)'？", hintEn: "did you mean '\(near)'?")
        }
        return Refusal(
            zh: "没有学期 '\(id)'", en: "no semester '\(id)'",
            hintZh: "'semester list' 列出所有学期", hintEn: "'semester list' shows every semester")
    }

    static func semesters(_ db: Database) throws -> [Semester] {
        try SemesterRecord.order(SemesterRecord.Columns.startsOn).fetchAll(db).compactMap(\.semester)
    }

    static func currentSemester(_ db: Database) throws -> Semester? {
        guard let id = try setting(.currentSemester, db) else { return nil }
        return try SemesterRecord.fetchOne(db, key: id)?.semester
    }

    static func setting(_ key: SettingKey, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
    }

    static func setSetting(_ key: SettingKey, to value: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key.rawValue, value])
    }
}
