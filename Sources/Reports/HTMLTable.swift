/// A plain `<table>` with the numbers a chart draws, for screen readers and for print.
struct HTMLTable {
    var caption: String
    var headers: [String]
    /// Unescaped cell text; the first cell of a row is its header.
    var rows: [[String]]
    /// The columns (by index) whose cells are numbers, aligned right.
    var numeric: Set<Int>
    /// Cell texts that are words even in a numeric column (they may wrap).
    var words: Set<String> = []
    /// Whether the row headers are long texts (questions) that need room.
    var longRowHeaders = false

    /// The table inside a box that scrolls sideways on its own when the table is too wide.
    func render() -> String {
        let table = longRowHeaders ? "<table class=\"long-rows\">" : "<table>"
        var html = "<div class=\"table-wrap\">\(table)<caption>\(HTMLText.escape(caption))</caption><thead><tr>"
        for header in headers {
            html += "<th scope=\"col\">\(HTMLText.escape(header))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    html += "<th scope=\"row\">\(HTMLText.escape(cell))</th>"
                } else {
                    let attribute =
                        words.contains(cell) ? " class=\"words\"" : numeric.contains(index) ? " class=\"num\"" : ""
                    html += "<td\(attribute)>\(HTMLText.escape(cell))</td>"
                }
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }
}
