import Model
import School

/// Enrolment (the family's request for service, P2) and ranked choices of clubs.
enum EnrolmentCommands {
    static let all: [CommandSpec] = [enrol, choose, choiceList, choiceShow]

    static let enrol = CommandSpec(
        path: ["enrol"],
        summary: LocalizedText(
            zh: "为孩子报名课后服务：哪几天、到哪个时段（P2）",
            en: "enrol a child in the service: which weekdays, until which segment (P2)"),
        positionals: [PositionalSpec(name: "STUDENT")],
        flags: [
            FlagSpec(name: "--days", value: "mon,tue,…", required: true),
            FlagSpec(name: "--until", value: "SEGMENT", required: true),
        ],
        example: "enrol S0001 --days mon,tue,wed,thu,fri --until latecare",
        details: LocalizedText(
            zh: "愿留尽留：每个报名的孩子在报名的每一天、每个时段都有位置。分配公布前可以修改。",
            en:
                "Everyone who asks can stay: an enrolled child has a place on every enrolled day and segment. It "
                + "can change until the allocation is published."
        ),
        run: { arguments, session in
            let enrolment = try session.school.enrol(
                student: arguments.positionals[0], days: arguments.value("--days") ?? "",
                until: arguments.value("--until") ?? "")
            let (student, days, until) = (enrolment.student, enrolment.days, enrolment.until)
            return .object(
                columns: [
                    Column("student", zh: "学生", en: "student"), Column("days", zh: "星期", en: "days"),
                    Column("until", zh: "到", en: "until"),
                ],
                record: Record([
                    "student": .text(student), "days": .list(days.map { .text($0.rawValue) }), "until": .text(until),
                ]))
        }
    )

    static let choiceColumns = [
        Column("rank", zh: "志愿", en: "rank"), Column("club", zh: "社团", en: "club"),
        Column("title", zh: "名称", en: "title"),
        Column("module", zh: "模块", en: "module"), Column("days", zh: "星期", en: "days"),
        Column("segment", zh: "时段", en: "segment"),
    ]

    static func choiceRecords(_ clubs: [Club], _ language: Language) -> [Record] {
        clubs.enumerated().map { index, club in
            Record([
                "rank": .integer(index + 1), "club": .text(club.id), "title": .text(club.title.text(language)),
                "module": .text(club.module),
                "days": .list(club.days.map { .text($0.rawValue) }), "segment": .text(club.segment),
            ])
        }
    }

    static let choose = CommandSpec(
        path: ["choose"],
        summary: LocalizedText(
            zh: "按志愿顺序为孩子选社团；不带参数时打开选择器", en: "rank a child's clubs, first choice first; alone, opens a picker"),
        positionals: [
            PositionalSpec(name: "STUDENT", required: false),
            PositionalSpec(name: "CLUB", required: false, variadic: true),
        ],
        example: "choose S0001 sports-1 arts-2 read-1",
        details: LocalizedText(
            zh: "新的志愿表替换旧的。多填志愿不会降低前面志愿的机会：分配对如实填写的家庭最有利。",
            en:
                "A new list replaces the old one. Ranking more clubs never lowers the chance at the ones ranked "
                + "higher: the allocation rewards honest ranking."
        ),
        run: { arguments, session in
            guard let id = arguments.positional(0) else { return try ChoicePicker(session: session).run() }
            let clubs = try session.school.choose(student: id, clubs: Array(arguments.positionals.dropFirst()))
            return .listing(columns: choiceColumns, records: choiceRecords(clubs, session.language))
        }
    )

    static let choiceList = CommandSpec(
        path: ["choice", "list"],
        summary: LocalizedText(
            zh: "各社团的志愿人数（第一志愿和全部）；--club 列出选了它的学生",
            en: "choices per club (first and any); --club lists the students who chose it"),
        flags: [FlagSpec(name: "--club", value: "C")],
        example: "choice list",
        run: { arguments, session in
            if let id = arguments.value("--club") {
                return .listing(
                    columns: [
                        Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                        Column("grade", zh: "年级", en: "grade"), Column("class", zh: "班级", en: "class"),
                        Column("rank", zh: "志愿", en: "rank"),
                    ],
                    records: try session.school.choosers(club: id).map { row in
                        let student = row.student
                        return Record([
                            "student": .text(row.studentID), "name": student.map { .text($0.name) } ?? .null,
                            "grade": student.map { .integer($0.grade) } ?? .null,
                            "class": student.map { .text($0.className) } ?? .null, "rank": .integer(row.rank),
                        ])
                    })
            }
            return .listing(
                columns: [
                    Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"),
                    Column("capacity", zh: "容量", en: "capacity"),
                    Column("first", zh: "第一志愿", en: "first choices"), Column("any", zh: "全部志愿", en: "any choice"),
                ],
                records: try session.school.clubDemand().map { demand in
                    let club = demand.club
                    return Record([
                        "club": .text(club.id), "title": .text(club.title.text(session.language)),
                        "capacity": .integer(club.capacity),
                        "first": .integer(demand.first), "any": .integer(demand.any),
                    ])
                })
        }
    )

    static let choiceShow = CommandSpec(
        path: ["choice", "show"],
        summary: LocalizedText(zh: "显示一个孩子的志愿表", en: "show a child's ranked choices"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "choice show S0001",
        run: { arguments, session in
            let clubs = try session.school.choices(of: arguments.positionals[0])
            return .listing(columns: choiceColumns, records: choiceRecords(clubs, session.language))
        }
    )
}
