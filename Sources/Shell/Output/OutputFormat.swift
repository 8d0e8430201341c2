/// The three ways a result can be printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json

    /// The renderer that prints this format.
    func renderer() -> any Renderer {
        switch self {
        case .table: TableRenderer()
        case .csv: CSVRenderer()
        case .json: JSONRenderer()
        }
    }
}
