import Model
import School
import Store

/// Enrolment (the family's request for service, P2) and ranked choices of clubs.
enum EnrolmentCommands {
    static let all: [CommandSpec] = [enrol, choose, choiceList, choiceShow]

    static let enrol = CommandSpec(
        path: ["enrol"],
        summary: LocalizedText(zh: "为孩子报名课后服务：哪几天、到哪个时段（P2）", en: "enrol a child in the service: which weekdays, until which segment (P2)"),
        positionals: [PositionalSpec(name: "STUDENT")],
        flags: [FlagSpec(name: "--days", value: "mon,tue,…", required: true), FlagSpec(name: "--until", value: "SEGMENT", required: true)],
        example: "enrol S0001 --days mon,tue,wed,thu,fri --until latecare",
        details: LocalizedText(zh: "愿留尽留：每个报名的孩子在报名的每一天、每个时段都有位置。分配公布前可以修改。",
                               en: "Everyone who asks can stay: an enrolled child has a place on every enrolled day and segment. It can change until the allocation is published."),
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            try session.school.authorize("enrol", student: student)
            let semester = try session.school.currentSemester()
            let policy = try session.school.policy()
            let days = try DayList.parse(arguments.value("--days") ?? "", flag: "--days", policy: policy)
            let until = arguments.value("--until") ?? ""
            guard policy.segment(id: until) != nil else {
                let ids = policy.segmentIDs.joined(separator: ", ")
                throw Refusal(LocalizedText(zh: "--until：没有时段 '\(until)'", en: "--until: there is no segment '\(until)'"),
                              hint: LocalizedText(zh: "时段：\(ids)", en: "the segments are \(ids)"))
            }
            let enrolment = Enrolment(student: student.id, days: days, until: until)
            try session.school.database().enrol(enrolment, semester: semester.id)
            return .object(columns: [Column("student", zh: "学生", en: "student"), Column("days", zh: "星期", en: "days"), Column("until", zh: "到", en: "until")],
                           record: Record(["student": .text(student.id), "days": .list(days.map { .text($0.rawValue) }), "until": .text(until)]))
        }
    )

    static let choiceColumns = [
        Column("rank", zh: "志愿", en: "rank"), Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"),
        Column("module", zh: "模块", en: "module"), Column("days", zh: "星期", en: "days"), Column("segment", zh: "时段", en: "segment"),
    ]

    static func choiceRecords(_ clubs: [Club], _ language: Language) -> [Record] {
        clubs.enumerated().map { index, club in
            Record(["rank": .integer(index + 1), "club": .text(club.id), "title": .text(club.title.text(language)), "module": .text(club.module),
                    "days": .list(club.days.map { .text($0.rawValue) }), "segment": .text(club.segment)])
        }
    }

    static let choose = CommandSpec(
        path: ["choose"],
        summary: LocalizedText(zh: "按志愿顺序为孩子选社团；不带参数时打开选择器", en: "rank a child's clubs, first choice first; alone, opens a picker"),
        positionals: [PositionalSpec(name: "STUDENT", required: false), PositionalSpec(name: "CLUB", required: false, variadic: true)],
        example: "choose S0001 sports-1 arts-2 read-1",
        details: LocalizedText(zh: "新的志愿表替换旧的。多填志愿不会降低前面志愿的机会：分配对如实填写的家庭最有利。",
                               en: "A new list replaces the old one. Ranking more clubs never lowers the chance at the ones ranked higher: the allocation rewards honest ranking."),
        run: { arguments, session in
            guard let id = arguments.positional(0) else { return try ChoicePicker(session: session).run() }
            let (student, _) = try session.school.requireStudent(id)
            try session.school.authorize("choose", student: student)
            let clubs = try checkedChoices(student: student, clubIDs: Array(arguments.positionals.dropFirst()), session: session)
            try session.school.database().setChoices(student: student.id, clubs: clubs.map(\.id), semester: try session.school.currentSemester().id)
            return .listing(columns: choiceColumns, records: choiceRecords(clubs, session.language))
        }
    )

    /// The clubs of a ranked list, or every reason it cannot be stored.
    static func checkedChoices(student: Student, clubIDs: [String], session: Session) throws -> [Club] {
        let semester = try session.school.currentSemester()
        let policy = try session.school.policy()
        let database = try session.school.database()
        guard let enrolment = try database.enrolment(student: student.id, semester: semester.id) else {
            throw Refusal(LocalizedText(zh: "\(student.id) 还没有报名", en: "\(student.id) is not enrolled yet"),
                          hint: LocalizedText(zh: "先用 enrol \(student.id) --days … --until … 报名", en: "enrol first: enrol \(student.id) --days … --until …"))
        }
        guard !clubIDs.isEmpty else {
            throw Refusal(zh: "至少选一个社团", en: "name at least one club", hintZh: "例如 choose \(student.id) CLUB1 CLUB2", hintEn: "for example choose \(student.id) CLUB1 CLUB2")
        }
        var problems: [Refusal] = []
        if clubIDs.count > policy.choicesMax {
            problems.append(Refusal(zh: "最多填 \(policy.choicesMax) 个志愿，这里有 \(clubIDs.count) 个", en: "at most \(policy.choicesMax) choices; this list has \(clubIDs.count)"))
        }
        let available = Dictionary(try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var clubs: [Club] = []
        var seen = Set<String>()
        for id in clubIDs {
            guard seen.insert(id).inserted else {
                problems.append(Refusal(zh: "社团 '\(id)' 在志愿表中出现了两次", en: "club '\(id)' appears twice in the list"))
                continue
            }
            guard let club = available[id] else {
                let near = Suggestion.closest(to: id, among: available.keys.sorted())
                problems.append(Refusal(LocalizedText(zh: "本学期没有社团 '\(id)'", en: "no club '\(id)' this semester"),
                                        hint: near.map(Suggestion.didYouMean)))
                continue
            }
            let reasons = policy.ineligibility(of: club, grade: student.grade, enrolment: enrolment)
            for reason in reasons {
                problems.append(Refusal(LocalizedText(zh: "不能选 '\(id)'：\(reason.message.text(.zh))", en: "cannot choose '\(id)': \(reason.message.text(.en))")))
            }
            clubs.append(club)
        }
        try RefusalList.throwIfAny(problems)
        return clubs
    }

    static let choiceList = CommandSpec(
        path: ["choice", "list"],
        summary: LocalizedText(zh: "各社团的志愿人数（第一志愿和全部）；--club 列出选了它的学生", en: "choices per club (first and any); --club lists the students who chose it"),
        flags: [FlagSpec(name: "--club", value: "C")],
        example: "choice list",
        run: { arguments, session in
            let semester = try session.school.currentSemester()
            let database = try session.school.database()
            let choices = try database.allChoices(semester: semester.id)
            if let id = arguments.value("--club") {
                let club = try session.school.requireClub(id)
                let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                let rows = choices.filter { $0.club == club.id }.sorted { ($0.rank, $0.student) < ($1.rank, $1.student) }
                return .listing(columns: [Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                                          Column("grade", zh: "年级", en: "grade"), Column("class", zh: "班级", en: "class"), Column("rank", zh: "志愿", en: "rank")],
                                records: rows.map { row in
                                    let student = students[row.student]
                                    return Record(["student": .text(row.student), "name": student.map { .text($0.name) } ?? .null,
                                                   "grade": student.map { .integer($0.grade) } ?? .null,
                                                   "class": student.map { .text($0.className) } ?? .null, "rank": .integer(row.rank)])
                                })
            }
            var first: [String: Int] = [:], any: [String: Int] = [:]
            for choice in choices {
                any[choice.club, default: 0] += 1
                if choice.rank == 1 { first[choice.club, default: 0] += 1 }
            }
            let clubs = try database.clubs(semester: semester.id)
            return .listing(columns: [Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"), Column("capacity", zh: "容量", en: "capacity"),
                                      Column("first", zh: "第一志愿", en: "first choices"), Column("any", zh: "全部志愿", en: "any choice")],
                            records: clubs.map { club in
                                Record(["club": .text(club.id), "title": .text(club.title.text(session.language)), "capacity": .integer(club.capacity),
                                        "first": .integer(first[club.id] ?? 0), "any": .integer(any[club.id] ?? 0)])
                            })
        }
    )

    static let choiceShow = CommandSpec(
        path: ["choice", "show"],
        summary: LocalizedText(zh: "显示一个孩子的志愿表", en: "show a child's ranked choices"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "choice show S0001",
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            try session.school.authorize("choice show", student: student)
            let semester = try session.school.currentSemester()
            let database = try session.school.database()
            let ids = try database.choices(student: student.id, semester: semester.id)
            let clubs = try ids.compactMap { try database.club(id: $0) }
            return .listing(columns: choiceColumns, records: choiceRecords(clubs, session.language))
        }
    )
}
