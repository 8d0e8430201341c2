import Model

/// One value in a result: what a table cell, a CSV field and a JSON value are made from.
public enum CellValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case list([CellValue])
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
}
