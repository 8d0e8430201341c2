import Model

/// Turns a command's result into the text printed on stdout, in one of the output formats.
protocol Renderer {
    func render(_ result: CommandResult, language: Language) -> String
}

extension Renderer {
    /// Renders each part of a sequence in turn; the formats differ only in their leaves.
    func renderSequence(_ parts: [CommandResult], language: Language, separator: String) -> String {
        parts.map { render($0, language: language) }.filter { !$0.isEmpty }.joined(separator: separator)
    }
}

/// Aligned columns for people, measured in display width so that Chinese text lines up.
///
/// With `maxWidth` (a terminal's width), a listing wider than that is printed as records instead,
/// one `key  value` block each, as psql's expanded display does, and long values wrap within
/// their column: no table line is ever wrapped by the terminal. Pipes and files keep full tables.
struct TableRenderer: Renderer {
    var maxWidth: Int?

    func render(_ result: CommandResult, language: Language) -> String {
        switch result {
        case .none: return ""
        case .text(let text): return text.hasSuffix("\n") ? text : text + "\n"
        case .object(let columns, let record):
            let titles = columns.map { $0.title.text(language) }
            let width = titles.map(DisplayWidth.of).max() ?? 0
            return zip(columns, titles).map { column, title in
                pair(title, Self.cell(record[column.key], language), titleWidth: width)
            }.joined(separator: "\n") + "\n"
        case .listing(let columns, let records):
            if records.isEmpty { return language == .zh ? "（没有记录）\n" : "(no rows)\n" }
            let header = columns.map { $0.title.text(language) }
            let rows = records.map { record in columns.map { Self.cell(record[$0.key], language) } }
            let widths = columns.indices.map { index in
                max(DisplayWidth.of(header[index]), rows.map { DisplayWidth.of($0[index]) }.max() ?? 0)
            }
            if let maxWidth, widths.reduce(0, +) + 2 * (widths.count - 1) > maxWidth {
                return expanded(header: header, rows: rows, language: language)
            }
            func line(_ cells: [String]) -> String {
                var parts = zip(cells, widths).map { DisplayWidth.pad($0, to: $1) }
                if let last = cells.last { parts[parts.count - 1] = last }
                return parts.joined(separator: "  ")
            }
            var out = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
            out += rows.map(line)
            return out.joined(separator: "\n") + "\n"
        case .sequence(let parts):
            return renderSequence(parts, language: language, separator: "\n")
        case .sections(let sections):
            return sections.map { section -> String in
                let title = section.title.text(language)
                return "\(title)\n\(String(repeating: "=", count: DisplayWidth.of(title)))\n"
                    + render(section.content, language: language)
            }.joined(separator: "\n")
        }
    }

    /// Each row as a block of `title  value` lines under a `-[ RECORD n ]-` rule.
    private func expanded(header: [String], rows: [[String]], language: Language) -> String {
        let titleWidth = header.map(DisplayWidth.of).max() ?? 0
        return rows.enumerated().map { index, row in
            let label = language == .zh ? "-[ 第 \(index + 1) 条 ]" : "-[ RECORD \(index + 1) ]"
            let rule = label + String(repeating: "-", count: max(0, min(maxWidth ?? 0, 40) - DisplayWidth.of(label)))
            return ([rule] + zip(header, row).map { pair($0, $1, titleWidth: titleWidth) }).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// `title  value`, the value wrapped within what is left of `maxWidth` and its continuation
    /// lines indented under it.
    private func pair(_ title: String, _ value: String, titleWidth: Int) -> String {
        let head = DisplayWidth.pad(title, to: titleWidth) + "  "
        guard let maxWidth, DisplayWidth.of(head) + DisplayWidth.of(value) > maxWidth,
            maxWidth - DisplayWidth.of(head) >= 10
        else { return head + value }
        let room = maxWidth - DisplayWidth.of(head)
        var lines: [String] = []
        var line = ""
        for character in value {
            if DisplayWidth.of(line) + DisplayWidth.of(String(character)) > room {
                // Break after the line's last space when there is one in its second half.
                if let space = line.lastIndex(of: " "), DisplayWidth.of(String(line[..<space])) > room / 2 {
                    lines.append(String(line[..<space]))
                    line = String(line[line.index(after: space)...])
                } else {
                    lines.append(line)
                    line = ""
                }
            }
            line.append(character)
        }
        lines.append(line)
        let indent = String(repeating: " ", count: DisplayWidth.of(head))
        return head + lines.joined(separator: "\n" + indent)
    }

    static func cell(_ value: CellValue, _ language: Language) -> String {
        switch value {
        case .null: return "-"
        case .text(let text): return visible(text)
        case .integer(let number): return String(number)
        case .decimal(let number): return formatDecimal(number)
        case .boolean(let flag): return flag ? (language == .zh ? "是" : "yes") : (language == .zh ? "否" : "no")
        case .list(let items): return items.map { cell($0, language) }.joined(separator: ",")
        case .object(let fields):
            return fields.keys.map { "\($0)=\(cell(fields.values[$0] ?? .null, language))" }.joined(separator: "; ")
        }
    }

    static func formatDecimal(_ number: Double) -> String { number.decimalText }

    /// `text` with control characters shown (`^[` for escape, as a terminal's caret notation), so
    /// that stored text never reaches the terminal raw: an escape sequence in a name cannot
    /// recolour, move or clear the screen.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 {
                shown += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            } else if scalar.value == 0x7F {
                shown += "^?"
            } else if isControl(scalar) {
                shown += "\u{FFFD}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// RFC 4180 CSV: a header line of keys, then one line per record, CRLF line ends.
struct CSVRenderer: Renderer {
    func render(_ result: CommandResult, language: Language) -> String {
        switch result {
        case .none: return ""
        case .text(let text): return "message\r\n" + Self.field(text) + "\r\n"
        case .object(let columns, let record): return Self.table(columns, [record])
        case .listing(let columns, let records): return Self.table(columns, records)
        case .sequence(let parts): return renderSequence(parts, language: language, separator: "\r\n")
        case .sections(let sections):
            return renderSequence(sections.map(\.content), language: language, separator: "\r\n")
        }
    }

    static func table(_ columns: [Column], _ records: [Record]) -> String {
        var lines = [columns.map { field($0.key) }.joined(separator: ",")]
        for record in records {
            lines.append(columns.map { field(plain(record[$0.key])) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func plain(_ value: CellValue) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .list(let items): return items.map(plain).joined(separator: ",")
        case .object(let fields):
            return fields.keys.map { "\($0)=\(plain(fields.values[$0] ?? .null))" }.joined(separator: "; ")
        }
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// JSON: an array of objects for a listing (one object a line), one object otherwise; keys in column order.
struct JSONRenderer: Renderer {
    func render(_ result: CommandResult, language: Language) -> String {
        switch result {
        case .none: return ""
        case .text(let text): return "{\"message\": \(Self.string(text))}\n"
        case .object(let columns, let record): return Self.object(columns, record) + "\n"
        case .listing(let columns, let records):
            if records.isEmpty { return "[]\n" }
            return "[\n" + records.map { "  " + Self.object(columns, $0) }.joined(separator: ",\n") + "\n]\n"
        case .sequence(let parts): return renderSequence(parts, language: language, separator: "")
        case .sections(let sections):
            let body = sections.map { section -> String in
                "  " + Self.string(section.key) + ": " + Self.nested(section.content)
            }.joined(separator: ",\n")
            return "{\n" + body + "\n}\n"
        }
    }

    /// A section's content as one JSON value: an object, an array of objects, or a string.
    static func nested(_ result: CommandResult) -> String {
        switch result {
        case .object(let columns, let record): return object(columns, record)
        case .listing(let columns, let records):
            if records.isEmpty { return "[]" }
            return "[\n" + records.map { "    " + object(columns, $0) }.joined(separator: ",\n") + "\n  ]"
        case .text(let text): return string(text)
        case .none: return "null"
        case .sequence(let parts): return "[" + parts.map(nested).joined(separator: ", ") + "]"
        case .sections(let sections):
            return "{" + sections.map { string($0.key) + ": " + nested($0.content) }.joined(separator: ", ") + "}"
        }
    }

    static func object(_ columns: [Column], _ record: Record) -> String {
        "{" + columns.map { string($0.key) + ": " + value(record[$0.key]) }.joined(separator: ", ") + "}"
    }

    static func value(_ value: CellValue) -> String {
        switch value {
        case .null: return "null"
        case .text(let text): return string(text)
        case .integer(let number): return String(number)
        case .decimal(let number): return number.isFinite ? String(number) : "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(Self.value).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{"
                + fields.keys.map { string($0) + ": " + Self.value(fields.values[$0] ?? .null) }.joined(separator: ", ")
                + "}"
        }
    }

    static func string(_ text: String) -> String {
        JSONText.string(text)
    }
}
