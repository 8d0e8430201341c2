/// A roster CSV, checked row by row: every problem is collected with its line and column, and
/// only a file without problems yields students and guardians.
public struct RosterFile: Sendable {
    public static let requiredColumns = ["student_id", "name", "grade", "class", "guardian_id", "guardian_name"]
    public static let optionalColumns = ["guardian_phone", "guardian2_id", "guardian2_name", "guardian2_phone"]

    public private(set) var students: [Student] = []
    public private(set) var guardians: [Guardian] = []
    /// The line each guardian was first named on, and the problems of names that disagree.
    public private(set) var guardianLines: [String: Int] = [:]
    private var guardianProblems: [RowProblem] = []

    /// Checks `document`; throws every problem found, in line order.
    public init(_ document: CSVDocument) throws(ProblemList) {
        var problems: [RowProblem] = []
        let known = Self.requiredColumns + Self.optionalColumns
        var position: [String: Int] = [:]
        for (index, name) in document.header.enumerated() {
            if !known.contains(name) {
                let near = Suggestion.closest(to: name, among: known)
                problems.append(
                    RowProblem(
                        line: document.headerLine, column: name,
                        message: LocalizedText(zh: "未知的列 '\(name)'", en: "unknown column '\(name)'"),
                        hint: near.map(Suggestion.didYouMean)
                            ?? LocalizedText(
                                zh: "可用的列：\(known.joined(separator: ", "))",
                                en: "the columns are: \(known.joined(separator: ", "))")))
            } else if position[name] != nil {
                problems.append(
                    RowProblem(
                        line: document.headerLine, column: name,
                        message: LocalizedText(zh: "列 '\(name)' 出现了两次", en: "column '\(name)' appears twice"), hint: nil
                    ))
            } else {
                position[name] = index
            }
        }
        for name in Self.requiredColumns where position[name] == nil {
            problems.append(
                RowProblem(
                    line: document.headerLine, column: nil,
                    message: LocalizedText(zh: "缺少列 '\(name)'", en: "missing column '\(name)'"),
                    hint: LocalizedText(
                        zh: "第一行必须有：\(Self.requiredColumns.joined(separator: ","))",
                        en: "the first line must name: \(Self.requiredColumns.joined(separator: ","))")))
        }
        if !problems.isEmpty { throw ProblemList(problems) }

        var firstLine: [String: Int] = [:]
        var guardianIndex: [String: Int] = [:]
        students.reserveCapacity(document.records.count)
        for record in document.records {
            if let problem = document.widthProblem(
                of: record,
                hint: LocalizedText(zh: "含逗号的字段要用双引号括起来", en: "a field holding a comma must be in double quotes"))
            {
                problems.append(problem)
                continue
            }
            func cell(_ name: String) -> String? {
                guard let index = position[name] else { return nil }
                let value = record.fields[index].trimmingSpaces()
                return value.isEmpty ? nil : value
            }
            // Every cell that is kept: no control character, no byte order mark inside, and no
            // longer than an id or a name can be.
            for (column, index) in position.sorted(by: { $0.value < $1.value }) {
                if let problem = Self.unfit(record.fields[index].trimmingSpaces(), column: column) {
                    problems.append(RowProblem(line: record.line, column: column, message: problem.0, hint: problem.1))
                }
            }
            func missing(_ name: String) {
                problems.append(
                    RowProblem(
                        line: record.line, column: name,
                        message: LocalizedText(zh: "不能为空", en: "must not be empty"), hint: nil))
            }
            let id = cell("student_id")
            let name = cell("name")
            let className = cell("class")
            let guardianID = cell("guardian_id")
            let guardianName = cell("guardian_name")
            for (column, value) in [("student_id", id), ("name", name)] where value == nil { missing(column) }
            var grade: Int?
            if let text = cell("grade") {
                if let number = Int(text), (1...9).contains(number) {
                    grade = number
                } else {
                    problems.append(
                        RowProblem(
                            line: record.line, column: "grade",
                            message: LocalizedText(
                                zh: "'\(text)' 不是 1 到 9 的年级", en: "'\(text)' is not a grade from 1 to 9"), hint: nil))
                }
            } else {
                missing("grade")
            }
            for (column, value) in [("class", className), ("guardian_id", guardianID), ("guardian_name", guardianName)]
            where value == nil {
                missing(column)
            }
            if let id {
                if let first = firstLine[id] {
                    problems.append(
                        RowProblem(
                            line: record.line, column: "student_id",
                            message: LocalizedText(
                                zh: "学号 '\(id)' 重复（第一次出现在第 \(first) 行）",
                                en: "duplicate student id '\(id)' (first on line \(first))"),
                            hint: nil))
                } else {
                    firstLine[id] = record.line
                }
            }
            var guardian2: String?
            if let id2 = cell("guardian2_id") {
                if id2 == guardianID {
                    problems.append(
                        RowProblem(
                            line: record.line, column: "guardian2_id",
                            message: LocalizedText(
                                zh: "第二位家长就是第一位家长 '\(id2)'",
                                en: "the second guardian is the first one again: '\(id2)'"),
                            hint: LocalizedText(zh: "没有第二位家长就留空", en: "leave it empty when there is no second guardian")
                        ))
                }
                guardian2 = id2
                note(
                    Guardian(id: id2, name: cell("guardian2_name") ?? id2, phone: cell("guardian2_phone")),
                    line: record.line, column: "guardian2_name", named: cell("guardian2_name") != nil,
                    &guardianIndex)
            }
            if let guardianID, let guardianName {
                note(
                    Guardian(id: guardianID, name: guardianName, phone: cell("guardian_phone")),
                    line: record.line, column: "guardian_name", named: true, &guardianIndex)
            }
            if let id, let name, let grade, let className, let guardianID {
                students.append(
                    Student(
                        id: id, name: name, grade: grade, className: className, guardianID: guardianID,
                        guardian2ID: guardian2))
            }
        }
        if !guardianProblems.isEmpty {
            // In line order with the others.
            problems = (problems + guardianProblems).enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }
        if !problems.isEmpty { throw ProblemList(problems) }
    }

    /// The longest id and the longest name or other text a cell may hold.
    public static let longestID = 32
    public static let longestText = 100

    /// Why the text of a cell cannot be stored, with a hint, or nil when it can.
    static func unfit(_ text: String, column: String) -> (LocalizedText, LocalizedText)? {
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }) {
            let hex = String(bad.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return (
                LocalizedText(zh: "含有控制字符 \(code)", en: "holds the control character \(code)"),
                LocalizedText(zh: "删掉这个看不见的字符后再导入", en: "delete the invisible character and import again")
            )
        }
        let limit = column.hasSuffix("_id") ? longestID : longestText
        if text.count > limit {
            return (
                LocalizedText(
                    zh: "有 \(text.count) 个字符，最多 \(limit) 个", en: "has \(text.count) characters; at most \(limit)"),
                LocalizedText(zh: "检查这一列是否放错了内容", en: "check that the column holds what its header says")
            )
        }
        return nil
    }

    /// Keeps one guardian per id, with a phone from any row; the same id under another name is a
    /// problem (which one is right is the school's to say), named with both lines.
    private mutating func note(
        _ guardian: Guardian, line: Int, column: String, named: Bool, _ index: inout [String: Int]
    ) {
        if let existing = index[guardian.id] {
            if guardians[existing].phone == nil { guardians[existing].phone = guardian.phone }
            if named, guardianLines[guardian.id] == nil {
                // Named here for the first time (before, only its id was known).
                guardians[existing].name = guardian.name
                guardianLines[guardian.id] = line
            } else if named, guardians[existing].name != guardian.name {
                let first = guardians[existing].name
                let firstLine = guardianLines[guardian.id] ?? 0
                guardianProblems.append(
                    RowProblem(
                        line: line, column: column,
                        message: LocalizedText(
                            zh: "家长 '\(guardian.id)' 在第 \(firstLine) 行叫 '\(first)'，这里叫 '\(guardian.name)'",
                            en:
                                "guardian '\(guardian.id)' is '\(first)' on line \(firstLine) and "
                                + "'\(guardian.name)' here"
                        ),
                        hint: LocalizedText(
                            zh: "一个家长编号只能有一个姓名：改正其中一行", en: "one guardian id has one name: correct one of the two lines"
                        )))
            }
        } else {
            index[guardian.id] = guardians.count
            if named { guardianLines[guardian.id] = line }
            guardians.append(guardian)
        }
    }
}
