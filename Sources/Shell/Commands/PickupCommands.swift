import Model
import School

/// Who may collect a child (the roster's guardians from the start, and the people a family adds),
/// and departures: when a child left, and with whom.
enum PickupCommands {
    static let all: [CommandSpec] = [add, list, remove, depart]

    static let listColumns = [
        Column("id", zh: "编号", en: "id"), Column("kind", zh: "类别", en: "kind"), Column("name", zh: "姓名", en: "name"),
        Column("relation", zh: "关系", en: "relation"), Column("phone", zh: "电话", en: "phone"),
    ]

    static func record(_ person: PickupPerson, _ language: Language) -> Record {
        Record([
            "id": .integer(person.id), "student": .text(person.student),
            "kind": .text(person.isAlone ? "alone" : "added"),
            "name": person.name.map(CellValue.text) ?? .null,
            "relation": person.isAlone
                ? .text(LocalizedText(zh: "允许自行回家", en: "may go home alone").text(language))
                : person.relation.map(CellValue.text) ?? .null,
            "phone": person.phone.map(CellValue.text) ?? .null,
        ])
    }

    static let add = CommandSpec(
        path: ["pickup", "add"],
        summary: LocalizedText(
            zh: "在孩子的接送名单上添加一个人，或 --alone 允许孩子自行回家",
            en: "add someone who may collect a child, or --alone: the child may go home alone"),
        positionals: [PositionalSpec(name: "STUDENT")],
        flags: [
            FlagSpec(name: "--name", value: "NAME"), FlagSpec(name: "--relation", value: "REL"),
            FlagSpec(name: "--phone", value: "PHONE"),
            FlagSpec(name: "--alone", value: nil),
        ],
        example: "pickup add S0456 --name 王奶奶 --relation 奶奶 --phone 13900001111",
        details: LocalizedText(
            zh: "名册上的监护人本来就在名单上。家长为自己的孩子添加，或由协调员登记。",
            en:
                "The roster's guardians are on the list from the start. A parent adds for their own children, or "
                + "the coordinator records it."
        ),
        run: { arguments, session in
            let person = try session.school.addPickup(
                student: arguments.positionals[0], name: arguments.value("--name"),
                relation: arguments.value("--relation"), phone: arguments.value("--phone"),
                alone: arguments.has("--alone"))
            return .object(
                columns: [Column("student", zh: "学生", en: "student")] + listColumns,
                record: record(person, session.language))
        }
    )

    static let list = CommandSpec(
        path: ["pickup", "list"],
        summary: LocalizedText(
            zh: "孩子的接送名单：监护人、家长添加的人、是否允许自行回家",
            en: "who may collect a child: guardians, people the family added, and whether they may go home alone"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "pickup list S0456",
        run: { arguments, session in
            let (_, guardians, added) = try session.school.pickupList(arguments.positionals[0])
            return fullList(guardians: guardians, added: added, language: session.language)
        }
    )

    /// The roster's guardians, then the people the family added.
    static func fullList(guardians: [Guardian], added: [PickupPerson], language: Language) -> CommandResult {
        let guardianRows = guardians.map { guardian in
            Record([
                "id": .null, "kind": .text("guardian"), "name": .text(guardian.name),
                "relation": .text(guardianWord.text(language)), "phone": guardian.phone.map(CellValue.text) ?? .null,
            ])
        }
        return .listing(columns: listColumns, records: guardianRows + added.map { record($0, language) })
    }

    static let guardianWord = LocalizedText(zh: "监护人", en: "guardian")

    /// A stored relation for people: `guardian` (a roster guardian) in the session's language, else as the family wrote
    /// it.
    static func relationText(_ relation: String, _ language: Language) -> String {
        relation == "guardian" ? guardianWord.text(language) : relation
    }

    static let remove = CommandSpec(
        path: ["pickup", "remove"],
        summary: LocalizedText(
            zh: "从孩子的接送名单上去掉一个人（或自行回家的许可）", en: "take someone (or the permission to go home alone) off a child's list"),
        positionals: [PositionalSpec(name: "STUDENT"), PositionalSpec(name: "ID")],
        example: "pickup remove S0456 1",
        details: LocalizedText(
            zh: "编号见 pickup list。名册上的监护人要改名册才能去掉。",
            en: "The ids are in 'pickup list'. Guardians change only with the roster."),
        run: { arguments, session in
            let text = arguments.positionals[1]
            guard let id = Int(text) else {
                let (student, _, _) = try session.school.pickupList(arguments.positionals[0], action: "pickup remove")
                throw Refusal(
                    LocalizedText(zh: "'\(text)' 不是名单上的编号", en: "'\(text)' is not an id of the list"),
                    hint: LocalizedText(
                        zh: "'pickup list \(student.id)' 显示编号", en: "'pickup list \(student.id)' shows the ids"))
            }
            let (_, guardians, added) = try session.school.removePickup(student: arguments.positionals[0], id: id)
            return fullList(guardians: guardians, added: added, language: session.language)
        }
    )

    static let departureColumns = [
        Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
        Column("date", zh: "日期", en: "date"),
        Column("departed_at", zh: "离校时间", en: "departed_at"), Column("by", zh: "接走的人", en: "by"),
        Column("relation", zh: "关系", en: "relation"),
        Column("override", zh: "特批", en: "override"), Column("note", zh: "备注", en: "note"),
        Column("flags", zh: "提示", en: "flags"),
    ]

    static let depart = CommandSpec(
        path: ["depart"],
        summary: LocalizedText(
            zh: "登记孩子离校：时间、由谁接走（或自行回家）", en: "record a child leaving: when, and with whom (or alone)"),
        positionals: [PositionalSpec(name: "STUDENT")],
        flags: [
            FlagSpec(name: "--by", value: "NAME"), FlagSpec(name: "--alone", value: nil),
            FlagSpec(name: "--date", value: "D"),
            FlagSpec(name: "--at", value: "HH:MM"), FlagSpec(name: "--override", value: nil),
            FlagSpec(name: "--note", value: "TEXT"),
        ],
        example: "depart S0456 --by 王奶奶 --at 17:40",
        details: LocalizedText(
            zh: "接孩子的人必须在接送名单上（pickup list）；不在名单上的人只有老师或协调员加 --override --note 说明才能登记，并列入当天的接送报告。孩子一天只离校一次，不能早于课后服务开始。",
            en:
                "The person must be on the pickup list (pickup list); someone not on it is recorded only when a "
                + "teacher or the coordinator adds --override --note TEXT, and is listed in the day's pickup "
                + "report. A child departs once a day, and not before the service starts."
        ),
        run: { arguments, session in
            let request = DepartureRequest(
                student: arguments.positionals[0], by: arguments.value("--by")?.trimmingCharacters(in: .whitespaces),
                alone: arguments.has("--alone"), date: try arguments.date("--date"),
                at: try arguments.time("--at"), override: arguments.has("--override"), note: arguments.value("--note"))
            let (student, departure, reasons) = try session.school.depart(request)
            let date = departure.date
            let at = departure.at
            let note = departure.note
            return .object(
                columns: departureColumns,
                record: Record([
                    "student": .text(student.id), "name": .text(student.name), "date": .text(date.description),
                    "departed_at": .text(at.description),
                    "by": .text(departure.by ?? LocalizedText(zh: "自行回家", en: "alone").text(session.language)),
                    "relation": departure.relation.map { .text(relationText($0, session.language)) } ?? .null,
                    "override": .boolean(departure.override),
                    "note": note.map(CellValue.text) ?? .null, "flags": .list(reasons.map { .text($0.rawValue) }),
                ]))
        }
    )
}
