import Model
import School

/// Teachers and outside providers' contracts (P9, P10).
enum PeopleCommands {
    static let all: [CommandSpec] = [addTeacher, listTeachers, addContract, listContracts]

    static let teacherColumns = [Column("id", zh: "编号", en: "id"), Column("name", zh: "姓名", en: "name")]

    static let addTeacher = CommandSpec(
        path: ["teacher", "add"],
        summary: LocalizedText(zh: "添加一位教师", en: "add a teacher"),
        positionals: [PositionalSpec(name: "ID")],
        flags: [FlagSpec(name: "--name", value: "NAME", required: true)],
        example: "teacher add T01 --name 王老师",
        run: { arguments, session in
            let teacher = try session.school.addTeacher(
                id: arguments.positionals[0], name: arguments.value("--name") ?? "")
            return .object(
                columns: teacherColumns, record: Record(["id": .text(teacher.id), "name": .text(teacher.name)]))
        }
    )

    static let listTeachers = CommandSpec(
        path: ["teacher", "list"],
        summary: LocalizedText(zh: "列出教师", en: "list teachers"),
        example: "teacher list",
        run: { _, session in
            .listing(
                columns: teacherColumns,
                records: try session.school.teachers().map {
                    Record(["id": .text($0.id), "name": .text($0.name)])
                })
        }
    )

    static let contractColumns = [
        Column("id", zh: "合同", en: "id"), Column("provider", zh: "机构", en: "provider"),
        Column("from", zh: "开始", en: "from"), Column("to", zh: "结束", en: "to"),
    ]

    static func record(_ contract: Contract) -> Record {
        Record([
            "id": .text(contract.id), "provider": .text(contract.provider),
            "from": .text(contract.from.description), "to": .text(contract.to.description),
        ])
    }

    static let addContract = CommandSpec(
        path: ["contract", "add"],
        summary: LocalizedText(zh: "登记校外机构的合同（P10）", en: "record an outside provider's contract (P10)"),
        positionals: [PositionalSpec(name: "ID")],
        flags: [
            FlagSpec(name: "--provider", value: "NAME", required: true),
            FlagSpec(name: "--from", value: "DATE", required: true),
            FlagSpec(name: "--to", value: "DATE", required: true),
        ],
        example: "contract add C01 --provider 青少年活动中心 --from 2026-08-20 --to 2027-01-31",
        run: { arguments, session in
            guard let from = try arguments.date("--from"), let to = try arguments.date("--to") else { return .none }
            let contract = try session.school.addContract(
                id: arguments.positionals[0], provider: arguments.value("--provider") ?? "", from: from, to: to)
            return .object(columns: contractColumns, record: record(contract))
        }
    )

    static let listContracts = CommandSpec(
        path: ["contract", "list"],
        summary: LocalizedText(zh: "列出校外机构合同", en: "list outside providers' contracts"),
        example: "contract list",
        run: { _, session in
            .listing(columns: contractColumns, records: try session.school.contracts().map(record))
        }
    )
}
