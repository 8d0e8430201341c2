/// A CSV file split into records (RFC 4180: commas, double quotes with `""` inside, LF, CRLF or
/// a lone CR as old Mac spreadsheets write),
/// each with the line it starts on, so that every problem can name its line.
public struct CSVDocument: Sendable {
    /// One record: its fields and the 1-based line it starts on.
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let headerLine: Int
    public let records: [Record]

    /// The problem of a record with more or fewer fields than the header, or nil.
    public func widthProblem(of record: Record, hint: LocalizedText? = nil) -> RowProblem? {
        guard record.fields.count != header.count else { return nil }
        return RowProblem(
            line: record.line, column: nil,
            message: LocalizedText(
                zh: "这一行有 \(record.fields.count) 个字段，列名行有 \(header.count) 个",
                en: "this row has \(record.fields.count) fields; the header has \(header.count)"),
            hint: hint)
    }

    /// Why a file could not be split into records.
    public enum Problem: UserFacingError, Equatable {
        case empty
        case unclosedQuote(line: Int)
        case textAfterQuote(line: Int)

        public var message: LocalizedText {
            switch self {
            case .empty: LocalizedText(zh: "文件是空的", en: "the file is empty")
            case .unclosedQuote: LocalizedText(zh: "引号没有闭合", en: "a quote is never closed")
            case .textAfterQuote: LocalizedText(zh: "引号后面紧跟着其他字符", en: "text right after a closing quote")
            }
        }

        /// The line the problem is on (1 for an empty file).
        public var line: Int {
            switch self {
            case .empty: 1
            case .unclosedQuote(let line), .textAfterQuote(let line): line
            }
        }

        /// The problem as a one-item list, to be reported like any other bad row.
        public func asList(file: String) -> ProblemList {
            ProblemList([RowProblem(line: line, column: nil, message: message, hint: hint)], file: file)
        }

        public var hint: LocalizedText? {
            switch self {
            case .empty: LocalizedText(zh: "第一行应是列名", en: "the first line names the columns")
            default: LocalizedText(zh: "字段里的引号要写成两个 \"\"", en: "a quote inside a field is written twice: \"\"")
            }
        }
    }

    /// Splits `text`; a leading byte order mark is skipped and blank lines are ignored.
    public init(parsing text: String) throws(Problem) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        let count = bytes.count
        var fieldStarted = false

        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            fieldStarted = false
        }

        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\""), !fieldStarted, field.isEmpty {
                let quoteLine = line
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") {
                        if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == UInt8(ascii: "\n")
                        || (inner == UInt8(ascii: "\r")
                            && (index + 1 == count || bytes[index + 1] != UInt8(ascii: "\n")))
                    {
                        line += 1
                    }
                    field.append(inner)
                    index += 1
                }
                if !closed { throw .unclosedQuote(line: quoteLine) }
                fieldStarted = true
                if index < count, ![UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[index]) {
                    throw .textAfterQuote(line: line)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
                index += 1
                continue
            case UInt8(ascii: "\r") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n"):
                index += 1
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        guard let first = records.first else { throw .empty }
        header = first.fields.map { $0.trimmingSpaces() }
        headerLine = first.line
        self.records = Array(records.dropFirst())
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (Model avoids Foundation).
    public func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
