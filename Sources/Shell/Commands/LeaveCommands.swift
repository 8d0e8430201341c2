import Model
import School

/// Parents' leave requests: the child will not stay on those days.
enum LeaveCommands {
    static let all: [CommandSpec] = [request, list, cancel]

    static let columns = [
        Column("id", zh: "编号", en: "id"), Column("student", zh: "学生", en: "student"),
        Column("name", zh: "姓名", en: "name"),
        Column("class", zh: "班级", en: "class"), Column("from", zh: "开始", en: "from"), Column("to", zh: "结束", en: "to"),
        Column("reason", zh: "原因", en: "reason"), Column("requested_by", zh: "申请人", en: "requested_by"),
    ]

    static func record(_ leave: LeaveRequest, student: Student?, session: Session) -> Record {
        Record([
            "id": .integer(leave.id), "student": .text(leave.student), "name": student.map { .text($0.name) } ?? .null,
            "class": student.map { .text($0.className) } ?? .null, "from": .text(leave.from.description),
            "to": .text(leave.to.description),
            "reason": leave.reason.map(CellValue.text) ?? .null,
            "requested_by": .text(session.actorName(leave.requestedBy)),
            "cancelled": .boolean(leave.isCancelled),
        ])
    }

    static let request = CommandSpec(
        path: ["leave", "request"],
        summary: LocalizedText(zh: "为孩子请假：这些天不留校", en: "ask leave for a child: they will not stay on those days"),
        positionals: [PositionalSpec(name: "STUDENT")],
        flags: [
            FlagSpec(name: "--date", value: "D", required: true), FlagSpec(name: "--to", value: "D2"),
            FlagSpec(name: "--reason", value: "TEXT"),
        ],
        example: "leave request S0456 --date 2026-12-01 --reason 看牙医",
        details: LocalizedText(
            zh: "家长为自己的孩子请假，或由协调员登记。请假的孩子不列入点名册的应到名单。",
            en:
                "A parent asks for their own child, or the coordinator records it. A child on leave is not expected "
                + "in that day's registers."
        ),
        run: { arguments, session in
            let (leave, student) = try session.school.requestLeave(
                student: arguments.positionals[0], from: try arguments.date("--date"),
                to: try arguments.date("--to"), reason: arguments.value("--reason"))
            return .object(columns: columns, record: record(leave, student: student, session: session))
        }
    )

    static let list = CommandSpec(
        path: ["leave", "list"],
        summary: LocalizedText(
            zh: "列出请假（--date 只列当天的）；家长只看到自己的孩子",
            en: "list leave requests (--date: those of one day); a parent sees only their own children"),
        flags: [FlagSpec(name: "--date", value: "D")],
        example: "leave list --date 2026-12-01",
        run: { arguments, session in
            let leaves = try session.school.leaves(on: try arguments.date("--date"))
            return .listing(columns: columns, records: leaves.map { record($0.0, student: $0.1, session: session) })
        }
    )

    static let cancel = CommandSpec(
        path: ["leave", "cancel"],
        summary: LocalizedText(zh: "取消一张请假单（保留记录）", en: "cancel a leave request (it is kept, marked cancelled)"),
        positionals: [PositionalSpec(name: "ID")],
        example: "leave cancel 1",
        run: { arguments, session in
            let (cancelled, student) = try session.school.cancelLeave(arguments.positionals[0])
            return .object(
                columns: columns + [Column("cancelled", zh: "已取消", en: "cancelled")],
                record: record(cancelled, student: student, session: session))
        }
    )
}
