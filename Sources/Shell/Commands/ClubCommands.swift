import Model
import Store

/// Clubs: published from a module (or one of its templates), listed, shown and withdrawn.
enum ClubCommands {
    static let all: [CommandSpec] = [publish, list, show, withdraw]

    static let columns = [
        Column("id", zh: "社团", en: "id"), Column("title", zh: "名称", en: "title"), Column("module", zh: "模块", en: "module"),
        Column("grades", zh: "年级", en: "grades"), Column("days", zh: "星期", en: "days"), Column("segment", zh: "时段", en: "segment"),
        Column("capacity", zh: "容量", en: "capacity"), Column("min", zh: "最少", en: "min"), Column("teacher", zh: "教师", en: "teacher"),
        Column("contract", zh: "合同", en: "contract"), Column("room", zh: "地点", en: "room"),
    ]

    /// The columns of one club shown alone: the listing's, and its module fields.
    static let detailColumns = columns + [Column("fields", zh: "字段", en: "fields")]

    static func record(_ club: Club, _ language: Language) -> Record {
        Record([
            "id": .text(club.id), "title": .text(club.title.text(language)), "module": .text(club.module),
            "grades": .text(club.grades.description), "days": .list(club.days.map { .text($0.rawValue) }),
            "segment": .text(club.segment), "capacity": .integer(club.capacity), "min": .integer(club.minimum),
            "teacher": club.teacher.map(CellValue.text) ?? .null, "contract": club.contract.map(CellValue.text) ?? .null,
            "room": club.room.map(CellValue.text) ?? .null,
            "fields": .object(FieldList(club.fields.keys.sorted().map { ($0, .text(club.fields[$0]?.description ?? "")) })),
        ])
    }

    static let publish = CommandSpec(
        path: ["club", "publish"],
        summary: LocalizedText(zh: "从模块（或模块模板）发布一个社团", en: "publish a club from a module (or one of its templates)"),
        flags: [
            FlagSpec(name: "--module", value: "M", required: true), FlagSpec(name: "--template", value: "N"),
            FlagSpec(name: "--title", value: "T"), FlagSpec(name: "--grades", value: "A-B"), FlagSpec(name: "--capacity", value: "N"),
            FlagSpec(name: "--days", value: "mon,wed"), FlagSpec(name: "--segment", value: "S"), FlagSpec(name: "--id", value: "ID"),
            FlagSpec(name: "--min", value: "N"), FlagSpec(name: "--teacher", value: "ID"), FlagSpec(name: "--contract", value: "ID"),
            FlagSpec(name: "--room", value: "R"), FlagSpec(name: "--set", value: "FIELD=VALUE", repeatable: true),
        ],
        example: "club publish --module sports --template 1 --teacher T01",
        details: LocalizedText(
            zh: "--template N 取模块的第 N 个模板（见 module show），其他选项覆盖模板，--set 设置模块字段。检查：时段（晚托只开放给作业辅导、体育、劳动，P5）、年级、容量、上学日、结束时间（P3）、必填字段、模块规则、合同覆盖整个学期（P10）、不收费（P7）。",
            en: "--template N starts from the module's N-th template (see module show); other flags override it and --set fills module fields. Checked: the segment (late care only for study, sports and labor, P5), grades, capacity, school days, the end time (P3), required fields, the module's rules, a contract covering the whole semester (P10), no fee (P7)."),
        access: .staff,
        run: { arguments, session in
            let semester = try session.currentSemester()
            let module = try session.module(arguments.value("--module") ?? "")
            let database = try session.database()
            var teacher: String?
            if let identity = session.identity, identity.role == .teacher {
                if let other = arguments.value("--teacher"), other != identity.id {
                    throw Refusal(zh: "教师只能发布自己的社团", en: "a teacher publishes only their own clubs")
                }
                teacher = identity.id
            }
            var draft = ClubDraft(module: module, policy: try session.policy(), semester: semester)
            let club = try draft.build(arguments, teacher: teacher, contracts: try database.contracts(), teachers: try database.teachers())
            let published = try database.publishClub(club)
            return .object(columns: detailColumns, record: record(published, session.language))
        }
    )

    static let list = CommandSpec(
        path: ["club", "list"],
        summary: LocalizedText(zh: "列出本学期的社团，可筛选；--for 只列出该学生能参加的", en: "list this semester's clubs; --for shows only those a student can take"),
        flags: [FlagSpec(name: "--module", value: "M"), FlagSpec(name: "--grade", value: "N"), FlagSpec(name: "--day", value: "D"),
                FlagSpec(name: "--segment", value: "S"), FlagSpec(name: "--for", value: "STUDENT")],
        example: "club list --for S0001",
        access: .everyone,
        run: { arguments, session in
            let semester = try session.currentSemester()
            let database = try session.database()
            var clubs = try database.clubs(semester: semester.id)
            if let module = arguments.value("--module") { clubs = clubs.filter { $0.module == module } }
            if let grade = try arguments.integer("--grade", in: 1...9) { clubs = clubs.filter { $0.grades.contains(grade) } }
            if let day = arguments.value("--day") {
                let days = try DayList.parse(day, flag: "--day", policy: try session.policy())
                clubs = clubs.filter { club in days.allSatisfy(club.days.contains) }
            }
            if let segment = arguments.value("--segment") { clubs = clubs.filter { $0.segment == segment } }
            if let id = arguments.value("--for") {
                let (student, _) = try session.requireStudent(id)
                try session.authorize(student: student)
                guard let enrolment = try database.enrolment(student: student.id, semester: semester.id) else {
                    throw Refusal(LocalizedText(zh: "\(student.id) 还没有报名", en: "\(student.id) is not enrolled yet"),
                                  hint: LocalizedText(zh: "先用 enrol \(student.id) --days … --until … 报名", en: "enrol first: enrol \(student.id) --days … --until …"))
                }
                let policy = try session.policy()
                clubs = clubs.filter { policy.ineligibility(of: $0, grade: student.grade, enrolment: enrolment).isEmpty }
            }
            return .listing(columns: columns, records: clubs.map { record($0, session.language) })
        }
    )

    static let show = CommandSpec(
        path: ["club", "show"],
        summary: LocalizedText(zh: "显示一个社团的全部信息", en: "show everything about one club"),
        positionals: [PositionalSpec(name: "ID")],
        example: "club show sports-1",
        access: .everyone,
        run: { arguments, session in
            let club = try session.requireClub(arguments.positionals[0])
            var fields = detailColumns + [Column("withdrawn", zh: "已撤销", en: "withdrawn")]
            var values = record(club, session.language)
            values.values["withdrawn"] = .boolean(club.withdrawn)
            if let module = session.catalog().module(id: club.module) {
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
        access: .staff,
        run: { arguments, session in
            let club = try session.requireClub(arguments.positionals[0])
            if let identity = session.identity, identity.role == .teacher, club.teacher != identity.id {
                throw Refusal(zh: "教师只能撤销自己的社团", en: "a teacher withdraws only their own clubs")
            }
            if club.withdrawn { throw Refusal(zh: "社团 '\(club.id)' 已经撤销", en: "club '\(club.id)' is already withdrawn") }
            try session.database().withdrawClub(id: club.id)
            var withdrawn = club
            withdrawn.withdrawn = true
            return .object(columns: columns + [Column("withdrawn", zh: "已撤销", en: "withdrawn")],
                           record: Record(record(withdrawn, session.language).values.merging(["withdrawn": .boolean(true)]) { $1 }))
        }
    )
}

extension Session {
    /// The club with `id`, or a refusal with the nearest id.
    func requireClub(_ id: String) throws -> Club {
        let database = try database()
        if let club = try database.club(id: id) { return club }
        let ids = try database.clubs(semester: try currentSemester().id).map(\.id)
        let near = Suggestion.closest(to: id, among: ids)
        throw Refusal(LocalizedText(zh: "没有社团 '\(id)'", en: "no club '\(id)'"),
                      hint: near.map(Suggestion.didYouMean)
                          ?? LocalizedText(zh: "'club list' 列出本学期的社团", en: "'club list' shows this semester's clubs"))
    }
}
