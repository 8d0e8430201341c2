import Model

/// One value in a result: what a table cell, a CSV field and a JSON value are made from.
public enum CellValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case list([CellValue])
    /// A nested object, for JSON; tables and CSV show it as `key=value; …`.
    case object(FieldList)
}

/// Keys and values in order: a nested object inside a result.
public struct FieldList: Sendable, Equatable {
    public var keys: [String]
    public var values: [String: CellValue]

    public init(_ pairs: [(String, CellValue)]) {
        keys = pairs.map(\.0)
        values = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}

/// A titled part of a larger result: `module show` has the module, its fields, rules and templates.
public struct Section: Sendable, Equatable {
    public let key: String
    public let title: LocalizedText
    public let content: CommandResult

    public init(_ key: String, zh: String, en: String, _ content: CommandResult) {
        self.key = key
        title = LocalizedText(zh: zh, en: en)
        self.content = content
    }
}

/// A column of a result: the key that CSV and JSON use, and the heading a table shows.
public struct Column: Sendable, Equatable {
    public let key: String
    public let title: LocalizedText

    public init(_ key: String, zh: String, en: String) {
        self.key = key
        title = LocalizedText(zh: zh, en: en)
    }
}

/// One row of a listing, or the fields of one object, in column order.
public struct Record: Sendable, Equatable {
    public var values: [String: CellValue]

    public init(_ values: [String: CellValue]) { self.values = values }

    public subscript(key: String) -> CellValue { values[key] ?? .null }
}

/// What a command hands to the renderer: never preformatted text for data, so that every
/// format (table, CSV, JSON) can show it.
public enum CommandResult: Sendable, Equatable {
    /// Nothing to show.
    case none
    /// Prose for people (help, explanations); JSON wraps it as `{"message": …}`.
    case text(String)
    /// One object: a table shows it as fields, one a line.
    case object(columns: [Column], record: Record)
    /// A listing: a JSON array of objects, CSV rows, or an aligned table.
    case listing(columns: [Column], records: [Record])
    /// Several results in order (e.g. a summary followed by a listing).
    indirect case sequence([CommandResult])
    /// Titled parts of one thing: headed blocks in a table, one JSON object keyed by section.
    indirect case sections([Section])
}
