import Foundation
import GRDB
import Model

/// Why a file given to `report district` cannot be read as a school's database.
public enum SchoolDatabaseError: UserFacingError, CustomStringConvertible, Equatable {
    case noSuchFile(path: String)
    case notSchoolDatabase(path: String)
    case cannotRead(path: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .noSuchFile(let path):
            LocalizedText(zh: "没有文件 '\(path)'", en: "no file '\(path)'")
        case .notSchoolDatabase(let path):
            LocalizedText(zh: "'\(path)' 不是学校的课后服务数据库", en: "'\(path)' is not a school's after-school database")
        case .cannotRead(let path, let reason):
            LocalizedText(zh: "无法读取 '\(path)'：\(reason)", en: "cannot read '\(path)': \(reason)")
        }
    }

    public var hint: LocalizedText? {
        switch self {
        case .notSchoolDatabase:
            LocalizedText(
                zh: "给出每所学校用 afterschool --db 打开的那个文件", en: "give the file each school opens with 'afterschool --db'")
        default: nil
        }
    }

    public var description: String { message.text(.en) }
}

extension AppDatabase {
    /// The migration a database needs to hold everything the reports read.
    static let reportableMigration = "v6-surveys"

    /// Opens another school's database for reading only: nothing is created, migrated or changed.
    /// A file that is missing, not SQLite, or not made by this program is refused by name.
    public static func openReadOnly(path: String) throws -> AppDatabase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SchoolDatabaseError.noSuchFile(path: path)
        }
        if isDirectory.boolValue { throw SchoolDatabaseError.notSchoolDatabase(path: path) }
        do {
            try DatabaseFileCheck.validate(path: path)
        } catch {
            throw SchoolDatabaseError.notSchoolDatabase(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw SchoolDatabaseError.cannotRead(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        let applied: [String]
        do {
            applied = try queue.read { db -> [String] in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
        } catch {
            // SQLite reads the header lazily: a file that only starts like a database fails here.
            throw SchoolDatabaseError.notSchoolDatabase(path: path)
        }
        guard applied.contains(reportableMigration) else { throw SchoolDatabaseError.notSchoolDatabase(path: path) }
        return AppDatabase(unmigrated: queue)
    }
}
