import Foundation
import Model

/// Problems with the database file itself, before any command runs.
public enum DatabaseFileError: UserFacingError, CustomStringConvertible, Equatable {
    case notSQLite(path: String)
    case isDirectory(path: String)
    case noSuchDirectory(path: String)
    case cannotOpen(path: String, reason: String)
    case backupExists(path: String)
    /// Written by a newer afterschool: its schema has changes this one does not know.
    case newer(unknown: String, known: String)

    public var message: LocalizedText {
        switch self {
        case .notSQLite(let path):
            LocalizedText(
                zh: "无法打开数据库 '\(path)'：不是 SQLite 数据库文件", en: "cannot open database '\(path)': not a SQLite database")
        case .isDirectory(let path):
            LocalizedText(zh: "无法打开数据库 '\(path)'：这是一个文件夹", en: "cannot open database '\(path)': it is a directory")
        case .noSuchDirectory(let path):
            LocalizedText(
                zh: "无法打开数据库 '\(path)'：所在文件夹不存在", en: "cannot open database '\(path)': its folder does not exist")
        case .cannotOpen(let path, let reason):
            LocalizedText(zh: "无法打开数据库 '\(path)'：\(reason)", en: "cannot open database '\(path)': \(reason)")
        case .backupExists(let path):
            LocalizedText(
                zh: "'\(path)' 已存在，备份不会覆盖已有文件", en: "'\(path)' already exists; a backup never overwrites a file")
        case .newer(let unknown, let known):
            LocalizedText(
                zh: "数据库由更新版本的 afterschool 写成（迁移 \(unknown)）；这个版本只认识到 \(known)",
                en:
                    "the database was written by a newer afterschool (migration \(unknown)); this one knows up "
                    + "to \(known)"
            )
        }
    }

    public var hint: LocalizedText? {
        switch self {
        case .backupExists: LocalizedText(zh: "换一个新的文件名", en: "choose a new file name")
        case .newer:
            LocalizedText(
                zh: "用写它的那个版本打开，或升级这里的 afterschool；文件没有被改动",
                en: "open it with the version that wrote it, or update this afterschool; the file was not changed")
        default: nil
        }
    }

    public var description: String { message.text(.en) }
}

/// Checks a database path without creating or changing anything.
enum DatabaseFileCheck {
    static let header = Array("SQLite format 3\u{0}".utf8)

    static func validate(path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw DatabaseFileError.isDirectory(path: path) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw DatabaseFileError.cannotOpen(path: path, reason: "permission denied")
            }
            defer { try? handle.close() }
            let bytes = (try? handle.read(upToCount: header.count)) ?? Data()
            // An empty file is a database that has not been written yet, as SQLite sees it.
            if !bytes.isEmpty && Array(bytes) != header { throw DatabaseFileError.notSQLite(path: path) }
        } else {
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
                throw DatabaseFileError.noSuchDirectory(path: path)
            }
        }
    }
}
