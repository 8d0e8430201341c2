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
        Record(["id": .text(semester.id), "from": .text(semester.from.description),
                "to": .text(semester.to.description), "current": .boolean(current)])
    }

    static let open = CommandSpec(
        path: ["semester", "open"],
        summary: LocalizedText(zh: "打开一个学期，并设为当前学期", en: "open a semester and make it the current one"),
        positionals: [PositionalSpec(name: "ID")],
        flags: [FlagSpec(name: "--from", value: "DATE", required: true), FlagSpec(name: "--to", value: "DATE", required: true)],
        example: "semester open 2026-autumn --from 2026-09-01 --to 2027-01-22",
        details: LocalizedText(zh: "学期编号由字母、数字、- 和 _ 组成；学期之间不能重叠。",
                               en: "An id is letters, digits, '-' and '_'; semesters must not overlap."),
        run: { arguments, session in
            let id = arguments.positionals[0]
            guard SafeID.isValid(id) else {
                throw Refusal(zh: "学期编号 '\(id)' 只能包含字母、数字、- 和 _", en: "semester id '\(id)' may hold only letters, digits, '-' and '_'",
                              hintZh: "例如 2026-autumn", hintEn: "for example 2026-autumn")
            }
            guard let from = try arguments.date("--from"), let to = try arguments.date("--to") else { return .none }
            guard to > from else {
                throw Refusal(zh: "--to：\(to) 不在 --from \(from) 之后", en: "--to: \(to) is not after --from \(from)")
            }
            let semester = Semester(id: id, from: from, to: to)
            try session.school.database().openSemester(semester)
            session.school.recordSchool()
            return .object(columns: columns, record: record(semester, current: true))
        }
    )

    static let list = CommandSpec(
        path: ["semester", "list"],
        summary: LocalizedText(zh: "列出所有学期", en: "list every semester"),
        example: "semester list",
        run: { _, session in
            let (all, current) = try session.school.database().semesters()
            return .listing(columns: columns, records: all.map { record($0, current: $0.id == current) })
        }
    )

    static let use = CommandSpec(
        path: ["semester", "use"],
        summary: LocalizedText(zh: "切换当前学期；之后的命令都作用于它", en: "switch the current semester; later commands act on it"),
        positionals: [PositionalSpec(name: "ID")],
        example: "semester use 2026-autumn",
        run: { arguments, session in
            let semester = try session.school.database().useSemester(id: arguments.positionals[0])
            return .object(columns: columns, record: record(semester, current: true))
        }
    )
}
