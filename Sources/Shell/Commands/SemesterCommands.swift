import Model
import School

/// Opening semesters and choosing the current one.
enum SemesterCommands {
    static let all: [CommandSpec] = [open, list, use]

    static let columns = [
        Column("id", zh: "学期", en: "id"), Column("from", zh: "开始", en: "from"),
        Column("to", zh: "结束", en: "to"), Column("current", zh: "当前", en: "current"),
    ]

    static func record(_ semester: Semester, current: Bool) -> Record {
        Record([
            "id": .text(semester.id), "from": .text(semester.from.description),
            "to": .text(semester.to.description), "current": .boolean(current),
        ])
    }

    static let open = CommandSpec(
        path: ["semester", "open"],
        summary: LocalizedText(zh: "打开一个学期，并设为当前学期", en: "open a semester and make it the current one"),
        positionals: [PositionalSpec(name: "ID")],
        flags: [
            FlagSpec(name: "--from", value: "DATE", required: true),
            FlagSpec(name: "--to", value: "DATE", required: true),
        ],
        example: "semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
        details: LocalizedText(
            zh: "学期编号由字母、数字、- 和 _ 组成；学期之间不能重叠。",
            en: "An id is letters, digits, '-' and '_'; semesters must not overlap."),
        run: { arguments, session in
            guard let from = try arguments.date("--from"), let to = try arguments.date("--to") else { return .none }
            let semester = try session.school.openSemester(id: arguments.positionals[0], from: from, to: to)
            return .object(columns: columns, record: record(semester, current: true))
        }
    )

    static let list = CommandSpec(
        path: ["semester", "list"],
        summary: LocalizedText(zh: "列出所有学期", en: "list every semester"),
        example: "semester list",
        run: { _, session in
            let (all, current) = try session.school.semesters()
            return .listing(columns: columns, records: all.map { record($0, current: $0.id == current) })
        }
    )

    static let use = CommandSpec(
        path: ["semester", "use"],
        summary: LocalizedText(zh: "切换当前学期；之后的命令都作用于它", en: "switch the current semester; later commands act on it"),
        positionals: [PositionalSpec(name: "ID")],
        example: "semester use 2026-autumn",
        run: { arguments, session in
            let semester = try session.school.useSemester(id: arguments.positionals[0])
            return .object(columns: columns, record: record(semester, current: true))
        }
    )
}
