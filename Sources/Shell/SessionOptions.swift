import Model
import School

/// How a shell was started: the command-line options after defaults and environment variables.
public struct SessionOptions: Sendable {
    public var databasePath: String
    public var pluginsPath: String
    public var catalogPath: String
    public var language: Language
    public var format: OutputFormat
    public var kiosk: Bool
    public var bail: Bool

    public init(
        databasePath: String = "afterschool.sqlite", pluginsPath: String = "Plugins", catalogPath: String = "Catalog",
        language: Language = .en, format: OutputFormat = .table, kiosk: Bool = false, bail: Bool = false
    ) {
        self.databasePath = databasePath
        self.pluginsPath = pluginsPath
        self.catalogPath = catalogPath
        self.language = language
        self.format = format
        self.kiosk = kiosk
        self.bail = bail
    }
}
