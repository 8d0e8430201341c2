import Model
import School

/// Clubs: published from a module (or one of its templates), listed, shown and withdrawn.
enum ClubCommands {
    static let all: [CommandSpec] = [publish, list, show, withdraw]

    static let columns = [
        Column("id", zh: "社团", en: "id"), Column("title", zh: "名称", en: "title"),
        Column("module", zh: "模块", en: "module"),
        Column("grades", zh: "年级", en: "grades"), Column("days", zh: "星期", en: "days"),
        Column("segment", zh: "时段", en: "segment"),
        Column("capacity", zh: "容量", en: "capacity"), Column("min", zh: "最少", en: "min"),
        Column("teacher", zh: "教师", en: "teacher"),
        Column("contract", zh: "合同", en: "contract"), Column("room", zh: "地点", en: "room"),
    ]

    /// The columns of one club shown alone: the listing's, and its module fields.
    static let detailColumns = columns + [Column("fields", zh: "字段", en: "fields")]

    static func record(_ club: Club, _ language: Language) -> Record {
        Record([
            "id": .text(club.id), "title": .text(club.title.text(language)), "module": .text(club.module),
            "grades": .text(club.grades.description), "days": .list(club.days.map { .text($0.rawValue) }),
            "segment": .text(club.segment), "capacity": .integer(club.capacity), "min": .integer(club.minimum),
            "teacher": club.teacher.map(CellValue.text) ?? .null,
            "contract": club.contract.map(CellValue.text) ?? .null,
            "room": club.room.map(CellValue.text) ?? .null,
            "fields": .object(
                FieldList(club.fields.keys.sorted().map { ($0, .text(club.fields[$0]?.description ?? "")) })),
        ])
    }

    static let publish = CommandSpec(
        path: ["club", "publish"],
        summary: LocalizedText(zh: "从模块（或模块模板）发布一个社团", en: "publish a club from a module (or one of its templates)"),
        flags: [
            FlagSpec(name: "--module", value: "M", required: true), FlagSpec(name: "--template", value: "N"),
            FlagSpec(name: "--title", value: "T"), FlagSpec(name: "--grades", value: "A-B"),
            FlagSpec(name: "--capacity", value: "N"),
            FlagSpec(name: "--days", value: "mon,wed"), FlagSpec(name: "--segment", value: "S"),
            FlagSpec(name: "--id", value: "ID"),
            FlagSpec(name: "--min", value: "N"), FlagSpec(name: "--teacher", value: "ID"),
            FlagSpec(name: "--contract", value: "ID"),
            FlagSpec(name: "--room", value: "R"), FlagSpec(name: "--set", value: "FIELD=VALUE", repeatable: true),
        ],
        example: "club publish --module sports --template 1 --teacher T01",
        details: LocalizedText(
            zh:
                "--template N 取模块的第 N 个模板（见 module show），其他选项覆盖模板，--set 设置模块字段。检查：时段（晚托只开放给作业辅导、体育、劳动，P5）、年级、容量、上学日、"
                + "结束时间（P3）、必填字段、模块规则、合同覆盖整个学期（P10）、不收费（P7）。",
            en:
                "--template N starts from the module's N-th template (see module show); other flags override it and "
                + "--set fills module fields. Checked: the segment (late care only for study, sports and labor, "
                + "P5), grades, capacity, school days, the end time (P3), required fields, the module's "
                + "rules, a contract covering the whole semester (P10), no fee (P7)."
        ),
        run: { arguments, session in
            let request = ClubRequest(
                module: arguments.value("--module") ?? "", template: arguments.value("--template"),
                title: arguments.value("--title"),
                grades: arguments.value("--grades"), capacity: arguments.value("--capacity"),
                days: arguments.value("--days"),
                segment: arguments.value("--segment"), id: arguments.value("--id"), minimum: arguments.value("--min"),
                teacher: arguments.value("--teacher"), contract: arguments.value("--contract"),
                room: arguments.value("--room"),
                assignments: arguments.all("--set"))
            let published = try session.school.publishClub(request)
            return .object(columns: detailColumns, record: record(published, session.language))
        }
    )

    static let list = CommandSpec(
        path: ["club", "list"],
        summary: LocalizedText(
            zh: "列出本学期的社团，可筛选；--for 只列出该学生能参加的",
            en: "list this semester's clubs; --for shows only those a student can take"),
        flags: [
            FlagSpec(name: "--module", value: "M"), FlagSpec(name: "--grade", value: "N"),
            FlagSpec(name: "--day", value: "D"),
            FlagSpec(name: "--segment", value: "S"), FlagSpec(name: "--for", value: "STUDENT"),
        ],
        example: "club list --for S0001",
        run: { arguments, session in
            let filter = ClubFilter(
                module: arguments.value("--module"), grade: try arguments.integer("--grade", in: 1...9),
                days: arguments.value("--day").map { ($0, "--day") }, segment: arguments.value("--segment"),
                student: arguments.value("--for"))
            let clubs = try session.school.clubs(filter)
            return .listing(columns: columns, records: clubs.map { record($0, session.language) })
        }
    )

    static let show = CommandSpec(
        path: ["club", "show"],
        summary: LocalizedText(zh: "显示一个社团的全部信息", en: "show everything about one club"),
        positionals: [PositionalSpec(name: "ID")],
        example: "club show sports-1",
        run: { arguments, session in
            let club = try session.school.requireClub(arguments.positionals[0])
            var fields = detailColumns + [Column("withdrawn", zh: "已撤销", en: "withdrawn")]
            var values = record(club, session.language)
            values.values["withdrawn"] = .boolean(club.withdrawn)
            if let module = session.school.catalog().module(id: club.module) {
                fields.insert(Column("module_name", zh: "模块名称", en: "module name"), at: 3)
                values.values["module_name"] = .text(module.name.text(session.language))
            }
            return .object(columns: fields, record: values)
        }
    )

    static let withdraw = CommandSpec(
        path: ["club", "withdraw"],
        summary: LocalizedText(zh: "撤销一个社团（分配公布之前）", en: "withdraw a club (before the allocation is published)"),
        positionals: [PositionalSpec(name: "ID")],
        example: "club withdraw sports-1",
        run: { arguments, session in
            let withdrawn = try session.school.withdrawClub(arguments.positionals[0])
            return .object(
                columns: columns + [Column("withdrawn", zh: "已撤销", en: "withdrawn")],
                record: Record(record(withdrawn, session.language).values.merging(["withdrawn": .boolean(true)]) { $1 })
            )
        }
    )
}
