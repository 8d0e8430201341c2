import Foundation
import Model
import School
import Shell
import Store

/// A shell session in the test process, on the repository's modules and catalog, with what it
/// prints kept in buffers.
public struct TestShell {
    public let session: Session
    /// The database given to the session, if one was.
    public let database: AppDatabase?
    public let out: BufferSink
    public let err: BufferSink

    /// A session on `database` (opened from `databasePath` when nil), coordinator unless `kiosk`,
    /// with the school's clock (the computer's unless a test fixes it).
    public init(
        database: AppDatabase? = nil, databasePath: String = "afterschool.sqlite", catalog: String = Repository.catalog,
        language: Language = .en, format: OutputFormat = .table, kiosk: Bool = false,
        clock: any SchoolClock = SystemClock()
    ) {
        let options = SessionOptions(
            databasePath: databasePath, pluginsPath: Repository.plugins, catalogPath: catalog,
            language: language, format: format, kiosk: kiosk)
        out = BufferSink()
        err = BufferSink()
        self.database = database
        let school = SchoolContext(
            databasePath: databasePath, pluginsPath: Repository.plugins, catalogPath: catalog, identity: nil,
            clock: clock, database: database)
        session = Session(options: options, out: out, err: err, school: school)
    }

    /// Runs `lines` as a script; every line must succeed.
    public func run(setup lines: [String]) throws {
        guard session.run(ScriptLines(name: "setup", lines: lines)) else { throw SetupFailed(errors: err.text) }
    }
}

/// A set-up script had a line that failed.
public struct SetupFailed: Error, CustomStringConvertible {
    public let errors: String
    public var description: String { "the set-up failed:\n\(errors)" }
}

/// The small school of `Fixtures/roster/small-school.csv` (eight pupils, A01 to A08, and their
/// families P01 to P07), in an autumn semester.
public enum SmallSchool {
    /// The lines that open the semester and import the roster.
    public static let setup = [
        "semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
        "roster import \(Repository.fixtures)/roster/small-school.csv",
    ]

    /// A coordinator's session on `database` (a new in-memory one when nil) holding the small
    /// school, then `more`, with `clock`.
    public static func shell(
        on database: AppDatabase? = nil, then more: [String] = [], clock: any SchoolClock = SystemClock()
    ) throws -> TestShell {
        let shell = TestShell(database: try database ?? AppDatabase.inMemory(), clock: clock)
        try shell.run(setup: setup + more)
        return shell
    }
}
