/// The three ways a result can be printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json

    /// The renderer that prints this format; a table fits `width` columns when given.
    func renderer(width: Int? = nil) -> any Renderer {
        switch self {
        case .table: TableRenderer(maxWidth: width)
        case .csv: CSVRenderer()
        case .json: JSONRenderer()
        }
    }
}
