import CSQLiteSetup
import Foundation
import GRDB
import Model

/// The school's database: one SQLite file (WAL, foreign keys on), migrated on open.
///
/// Every mutating method runs in exactly one write transaction, so a command that fails, or a
/// process that is killed, leaves nothing half-written. Tests use an in-memory database.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Where reads go when they must all see one state of the file: a snapshot held open for the
    /// length of one report. Nil: each read sees the file as it is then.
    let snapshot: (any DatabaseReader)?
    /// Opened for reading only because another program was writing: the first write opens the
    /// file for writing then.
    let readOnlyWhileBusy: Bool
    let lateWriter: BusyWait.LateWriter?
    /// Whether this database's connections wait for other programs' locks just now.
    let busy: BusyWait.State

    /// Wraps a GRDB writer and brings its schema up to date. A file already up to date is only
    /// read, so that opening it never waits for another program that is writing.
    public convenience init(_ writer: any DatabaseWriter) throws {
        try self.init(writer, busy: BusyWait.State())
    }

    init(_ writer: any DatabaseWriter, busy: BusyWait.State) throws {
        self.writer = writer
        snapshot = nil
        readOnlyWhileBusy = false
        lateWriter = nil
        self.busy = busy
        try Self.refuseNewer(writer)
        if try writer.read({ try Self.migrator.hasCompletedMigrations($0) }) { return }
        try Self.migrator.migrate(writer)
    }

    /// Refuses, changing nothing, a file that a newer version migrated further than this one knows.
    static func refuseNewer(_ reader: any DatabaseReader) throws {
        let known = migrator.migrations
        let unknown = try reader.read { db -> [String] in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").filter { !known.contains($0) }
        }
        if let first = unknown.sorted().first {
            throw DatabaseFileError.newer(unknown: first, known: known.last ?? "")
        }
    }

    /// Wraps a GRDB writer as it is, without migrating: for another school's file opened read-only,
    /// or, with `snapshot`, for reading one state of this one.
    init(
        unmigrated writer: any DatabaseWriter, snapshot: (any DatabaseReader)? = nil, readOnlyWhileBusy: Bool = false,
        busy: BusyWait.State = BusyWait.State(), lateWriter: BusyWait.LateWriter? = nil
    ) {
        self.writer = writer
        self.snapshot = snapshot
        self.readOnlyWhileBusy = readOnlyWhileBusy
        self.busy = busy
        self.lateWriter = lateWriter
    }

    /// Where writes go: the file's writable connections (opened late when the file was opened
    /// while another program wrote).
    func writingConnections() throws -> any DatabaseWriter {
        try lateWriter?.writer() ?? writer
    }

    /// Runs `body` with a database whose every read sees the same state of the file, however
    /// many reads it makes and whatever other shells write meanwhile: a report's figures then
    /// agree with each other. (A database in memory has one connection: it is its own snapshot.)
    public func withSnapshot<T>(_ body: (AppDatabase) throws -> T) throws -> T {
        guard snapshot == nil, let pool = writer as? DatabasePool else { return try body(self) }
        return try body(
            AppDatabase(
                unmigrated: writer, snapshot: try pool.makeSnapshot(), readOnlyWhileBusy: readOnlyWhileBusy, busy: busy,
                lateWriter: lateWriter))
    }

    /// Settings for the whole process, made once before any database opens: SQLite keeps no
    /// memory statistics, whose global lock costs about a tenth of a bulk write or report.
    public static func prepareProcess() {
        _ = afterschool_sqlite_without_memory_statistics()
    }

    /// Opens (or creates) the database file at `path`.
    ///
    /// The file is checked before SQLite touches it: an existing file that is not a SQLite
    /// database is refused without being modified.
    public static func open(path: String) throws -> AppDatabase {
        try DatabaseFileCheck.validate(path: path)
        let busy = BusyWait.State()
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second shell on the same file waits for the first instead of failing (BusyWait).
        configuration.busyMode = .callback(BusyWait.callback(busy))
        // Allocations and imports write hundreds of thousands of rows in one transaction: a
        // larger page cache keeps their B-trees in memory.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        // A file a newer version wrote is refused before anything is opened for writing.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int, size > 0 {
            var reading = Configuration()
            reading.readonly = true
            reading.busyMode = .callback(BusyWait.callback(busy))
            if let queue = try? DatabaseQueue(path: path, configuration: reading) {
                defer { try? queue.close() }
                try refuseNewer(queue)
            }
        }
        do {
            // Opening writes a little (SQLite's log is set up), which would wait for another
            // program that is writing; then the file is opened for reading, which never waits, and
            // the first write opens it for writing, waiting as any write does.
            do {
                let pool = try busy.withoutWaiting { try DatabasePool(path: path, configuration: configuration) }
                return try AppDatabase(pool, busy: busy)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                let late = BusyWait.LateWriter(path: path, configuration: configuration)
                configuration.readonly = true
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Self.refuseNewer(pool)
                guard try pool.read({ try Self.migrator.hasCompletedMigrations($0) }) else { throw BusyWait.busy }
                return AppDatabase(unmigrated: pool, readOnlyWhileBusy: true, busy: busy, lateWriter: late)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw BusyWait.busy
        } catch let error as DatabaseError {
            throw DatabaseFileError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// A fresh, empty, migrated database in memory.
    public static func inMemory() throws -> AppDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: configuration))
    }

    /// Runs `body` in one write transaction. Interrupted (`interrupt()`), it is rolled back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writingConnections().write(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw Self.cancelled
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw BusyWait.busy
        }
    }

    /// Stops the statements running on the database's connections, from any thread: the write
    /// transaction they are part of rolls back and refuses with `cancelled`.
    public func interrupt() {
        writer.interrupt()
        lateWriter?.opened?.interrupt()
        snapshot?.interrupt()
    }

    /// What work stopped by `interrupt()` says.
    public static let cancelled = Refusal(zh: "已取消，没有任何更改", en: "cancelled; nothing was changed")

    /// Runs `body` on a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            if let snapshot { return try snapshot.read(body) }
            return try writer.read(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw Self.cancelled
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw BusyWait.busy
        }
    }

    /// Folds the write-ahead log into the file (leaving the log empty), then closes the
    /// database's connections: the file alone then holds everything. Nothing can be read or
    /// written through it afterwards. The log is folded here because the connections close
    /// readers last, and a read-only connection cannot fold it.
    public func close() throws {
        // Never wait for another shell at exit: when one is writing, fold what can be folded now
        // and leave the log's file as it is; a later close folds the rest.
        busy.withoutWaiting {
            _ = try? (lateWriter?.opened ?? writer).writeWithoutTransaction { db in
                do { try db.checkpoint(.truncate) } catch { try db.checkpoint(.passive) }
            }
        }
        try lateWriter?.opened?.close()
        try writer.close()
    }

    /// The names of the migrations applied so far, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Self.migrator.appliedIdentifiers(db).sorted() }
    }

    /// Writes a consistent copy of the whole database to a new file at `path`, while other
    /// connections may go on reading and writing.
    public func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw DatabaseFileError.backupExists(path: path)
        }
        do {
            let destination = try DatabaseQueue(path: path)
            try (lateWriter?.opened ?? writer).backup(to: destination)
            try destination.close()
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: path)
            throw DatabaseFileError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}

extension AppDatabase {
    /// Checks that `path` can hold the database, without creating or changing anything.
    public static func checkPath(_ path: String) throws {
        try DatabaseFileCheck.validate(path: path)
    }
}
