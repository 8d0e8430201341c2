import Model
import School

/// Registers: one per group and day, from the published allocation, less the children on leave.
enum RegisterCommands {
    static let all: [CommandSpec] = [attend, list, show]

    static let attend = CommandSpec(
        path: ["attend"],
        summary: LocalizedText(
            zh: "为社团或学习组点名：列出应到的孩子，输入缺席的编号",
            en: "take a club's or study group's register: the expected children, numbered; type those absent"),
        positionals: [PositionalSpec(name: "GROUP")],
        flags: [
            FlagSpec(name: "--date", value: "D"), FlagSpec(name: "--absent", value: "S1,S2"),
            FlagSpec(name: "--all-present", value: nil),
            FlagSpec(name: "--at", value: "HH:MM"), FlagSpec(name: "--note", value: "TEXT"),
        ],
        example: "attend study-4-mon-latecare-2 --date 2026-11-30 --absent S0456,S0457",
        details: LocalizedText(
            zh:
                "应到名单来自公布的分配，请假的孩子除外。不带 --absent 或 --all-present 时逐一列出（全部记为出席），输入缺席孩子的编号并确认；带其中一个则不提问。再次点名即更正，"
                + "之前的版本连同点名人和时间都保留（register show）。",
            en:
                "The expected children come from the published allocation, less those on leave. Without --absent or "
                + "--all-present it lists them numbered (all marked present); type the numbers of those absent "
                + "and confirm. With either flag it asks nothing. Taking it again corrects it; earlier "
                + "versions are kept with who took them and when (register show)."
        ),
        run: { arguments, session in
            let date = try arguments.date("--date")
            if arguments.value("--absent") != nil, arguments.has("--all-present") {
                throw Refusal(zh: "--absent 和 --all-present 只能用一个", en: "give --absent or --all-present, not both")
            }
            let time = try session.timeOfDay(arguments)
            let sheet = try session.school.registerSheet(groupID: arguments.positionals[0], date: date)
            let absent: Set<String>
            if let list = arguments.value("--absent") {
                let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                absent = try sheet.checkedAbsences(ids, school: session.school)
            } else if arguments.has("--all-present") {
                absent = []
            } else {
                guard let answered = try sheet.ask(session) else {
                    return .text(session.language == .zh ? "没有保存点名。" : "The register was not stored.")
                }
                absent = answered
            }
            let stored = try session.school.takeRegister(
                sheet, absent: absent, at: time, note: arguments.value("--note"))
            return .sections(sheet.sections(stored, session: session))
        }
    )

    static let listColumns = [
        Column("group", zh: "班组", en: "group"), Column("kind", zh: "类别", en: "kind"),
        Column("title", zh: "名称", en: "title"),
        Column("segment", zh: "时段", en: "segment"), Column("members", zh: "人数", en: "members"),
        Column("version", zh: "版本", en: "version"),
        Column("present", zh: "出席", en: "present"), Column("absent", zh: "缺席", en: "absent"),
        Column("leave", zh: "请假", en: "leave"),
        Column("taken_by", zh: "点名人", en: "taken_by"), Column("taken_at", zh: "时间", en: "taken_at"),
    ]

    static let list = CommandSpec(
        path: ["register", "list"],
        summary: LocalizedText(
            zh: "某天开课的所有班组及其点名情况（未点名的一目了然）",
            en: "every group meeting on a day and its register (those not taken yet stand out)"),
        flags: [FlagSpec(name: "--date", value: "D")],
        example: "register list --date 2026-11-30",
        run: { arguments, session in
            let groups = try session.school.groupsMeeting(on: try arguments.date("--date"))
            return .listing(
                columns: listColumns,
                records: groups.map { day in
                    let group = day.group
                    let register = day.register
                    return Record([
                        "group": .text(group.id), "kind": .text(group.kind.rawValue),
                        "title": .text(group.title.text(session.language)),
                        "segment": .text(day.segment), "members": .integer(day.members),
                        "version": register.map { .integer($0.version) } ?? .null,
                        "present": register.map { .integer($0.count(.present)) } ?? .null,
                        "absent": register.map { .integer($0.count(.absent)) } ?? .null,
                        "leave": register.map { .integer($0.count(.leave)) } ?? .null,
                        "taken_by": register.map { .text(session.actorName($0.takenBy)) } ?? .null,
                        "taken_at": register.map { .text($0.takenAt.description) } ?? .null,
                    ])
                })
        }
    )

    static let show = CommandSpec(
        path: ["register", "show"],
        summary: LocalizedText(
            zh: "显示一个班组某天的点名册和它的所有更正", en: "show a group's register for a day, and every correction"),
        positionals: [PositionalSpec(name: "GROUP")],
        flags: [FlagSpec(name: "--date", value: "D")],
        example: "register show study-4-mon-latecare-2 --date 2026-11-30",
        run: { arguments, session in
            let sheet = try session.school.registerSheet(
                groupID: arguments.positionals[0], date: try arguments.date("--date"))
            let versions = try session.school.registerVersions(sheet)
            let current = versions[versions.count - 1]
            let history = Section(
                "versions", zh: "版本", en: "Versions",
                .listing(
                    columns: [
                        Column("version", zh: "版本", en: "version"), Column("taken_by", zh: "点名人", en: "taken_by"),
                        Column("taken_at", zh: "时间", en: "taken_at"), Column("present", zh: "出席", en: "present"),
                        Column("absent", zh: "缺席", en: "absent"), Column("leave", zh: "请假", en: "leave"),
                        Column("absent_children", zh: "缺席的孩子", en: "absent_children"),
                        Column("note", zh: "备注", en: "note"),
                    ],
                    records: versions.map { register in
                        Record([
                            "version": .integer(register.version),
                            "taken_by": .text(session.actorName(register.takenBy)),
                            "taken_at": .text(register.takenAt.description),
                            "present": .integer(register.count(.present)),
                            "absent": .integer(register.count(.absent)), "leave": .integer(register.count(.leave)),
                            "absent_children": .list(
                                register.marks.filter { $0.value == .absent }.keys.sorted().map(CellValue.text)),
                            "note": register.note.map(CellValue.text) ?? .null,
                        ])
                    }))
            return .sections(sheet.sections(current, session: session) + [history])
        }
    )
}
