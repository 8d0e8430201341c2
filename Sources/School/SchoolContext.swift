import Declarations
import Foundation
import Model
import Store

/// What every use case works in: the school's database, its loaded catalog (modules, policy,
/// forms), who is acting, and the clock. The shell keeps one for its session; a test makes one on
/// an in-memory database with a fixed clock; another front end makes its own.
public final class SchoolContext {
    public let databasePath: String
    public let pluginsPath: String
    public let catalogPath: String
    /// Where "today" and "now" come from.
    public let clock: any SchoolClock
    /// Who is acting: the coordinator, a logged-in teacher, student or parent, or nobody (a kiosk
    /// before anyone logs in).
    public var identity: Identity?
    /// Set by logging in with a survey code: the person may only take that form, once.
    public var surveyCode: (form: String, code: String)?
    /// Stops the work under way from another thread (Ctrl-C).
    public let interrupter = WorkInterrupter()
    /// At a shared terminal, the limit on failed PINs and codes across accounts; nil elsewhere.
    public var guessLimit: GuessLimit?
    /// Called once when the catalog is first loaded, so that the front end can show its problems.
    public var catalogLoaded: (LoadedCatalog) -> Void = { _ in }
    private var openedDatabase: AppDatabase?
    /// Loaded on first use by `catalog()`.
    public private(set) var loadedCatalog: LoadedCatalog?

    /// A context on the files at these paths; tests pass an in-memory `database` and a fixed `clock`.
    public init(
        databasePath: String, pluginsPath: String, catalogPath: String, identity: Identity?,
        clock: any SchoolClock = SystemClock(), database: AppDatabase? = nil
    ) {
        self.databasePath = databasePath
        self.pluginsPath = pluginsPath
        self.catalogPath = catalogPath
        self.identity = identity
        self.clock = clock
        openedDatabase = database
        interrupter.use(database)
    }

    // MARK: The database

    /// The database, opened on first use so that `help` and `module check` never touch it.
    public func database() throws -> AppDatabase {
        if let openedDatabase { return openedDatabase }
        let database = try AppDatabase.open(path: databasePath)
        openedDatabase = database
        interrupter.use(database)
        return database
    }

    /// Runs `body` (a report) with every read of the database seeing one state of the file, so
    /// that its figures agree with each other while other shells write.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        let database = try database()
        return try database.withSnapshot { snapshot in
            openedDatabase = snapshot
            interrupter.use(snapshot)
            defer {
                openedDatabase = database
                interrupter.use(database)
            }
            return try body()
        }
    }

    /// Closes the database, if it was opened, first folding its write-ahead log into the file
    /// (`AppDatabase.close()`), so that the file alone holds everything. The next use opens it again.
    public func close() {
        interrupter.use(nil)
        try? openedDatabase?.close()
        openedDatabase = nil
    }

    /// A problem with the database path that makes the whole invocation wrong, or nil. Nothing is
    /// created or changed by the check.
    public func checkDatabasePath() -> (any Error)? {
        do {
            try AppDatabase.checkPath(databasePath)
            return nil
        } catch {
            return error
        }
    }

    // MARK: The catalog

    /// The modules, policy and forms, loaded on first use.
    public func catalog() -> LoadedCatalog {
        if let loadedCatalog { return loadedCatalog }
        let catalog = CatalogLoader.load(plugins: pluginsPath, catalog: catalogPath)
        loadedCatalog = catalog
        catalogLoaded(catalog)
        return catalog
    }

    /// Reads `Plugins/` and `Catalog/` again; returns the old and new catalogs.
    public func reloadCatalog() -> (old: LoadedCatalog?, new: LoadedCatalog) {
        let old = loadedCatalog
        let new = CatalogLoader.load(plugins: pluginsPath, catalog: catalogPath)
        loadedCatalog = new
        return (old, new)
    }

    /// The school's policy, or a refusal that names the file.
    public func policy() throws -> Policy {
        guard let policy = catalog().policy else {
            throw Refusal(
                LocalizedText(
                    zh: "没有载入学校政策（\(catalogPath)/policy.yaml）",
                    en: "no school policy is loaded (\(catalogPath)/policy.yaml)"),
                hint: LocalizedText(
                    zh: "用 'module check \(catalogPath)' 查看问题", en: "'module check \(catalogPath)' shows what is wrong")
            )
        }
        return policy
    }

    /// The module with `id`, or a refusal with the nearest id.
    public func module(_ id: String) throws -> ActivityModule {
        let catalog = catalog()
        if let module = catalog.module(id: id) { return module }
        throw Self.notFound(id, among: catalog.modules.map(\.id), zh: "模块", en: "module", list: "module list")
    }

    /// The form with `id`, or a refusal with the nearest id.
    public func form(_ id: String) throws -> Form {
        let catalog = catalog()
        if let form = catalog.form(id: id) { return form }
        throw Self.notFound(id, among: catalog.forms.map(\.id), zh: "问卷", en: "form", list: "form list")
    }

    /// "no module 'x'", with the nearest id as a hint, else the command that lists them all.
    static func notFound(_ id: String, among ids: [String], zh: String, en: String, list: String) -> Refusal {
        let near = Suggestion.closest(to: id, among: ids)
        return Refusal(
            LocalizedText(zh: "没有\(zh) '\(id)'", en: "no \(en) '\(id)'"),
            hint: near.map(Suggestion.didYouMean)
                ?? LocalizedText(zh: "'\(list)' 列出所有\(zh)", en: "'\(list)' shows every \(en)"))
    }

    /// Records in the database the school of the policy, after work that wrote succeeded, so that
    /// `report district` can name the file without the school's catalog. Best effort: a missing or
    /// broken policy records nothing and says nothing (the work that needs the policy reports it).
    public func recordSchool() {
        let policy: Policy?
        if let loadedCatalog {
            policy = loadedCatalog.policy
        } else {
            let path = catalogPath + "/policy.yaml"
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            policy = text.flatMap { CatalogLoader.loadPolicy(text: $0, path: path).value }
        }
        guard let policy, let database = try? database() else { return }
        try? database.recordSchool(policy.school)
    }

    // MARK: Time

    /// Today and the time of day in the policy's time zone.
    public func now() throws -> (date: CalendarDate, time: TimeOfDay?) {
        clock.today(timeZone: try policy().timezone)
    }

    /// Today in the policy's time zone.
    public func today() throws -> CalendarDate { try now().date }
}
