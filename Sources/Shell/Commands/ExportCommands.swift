import Model
import School

/// The school's data as CSV or JSON (by `--format`), for the coordinator's own spreadsheets and
/// the district: students, clubs, choices and assignments, beside `export responses`. They carry
/// names and classes, so only the coordinator may run them (PRODUCT §8).
enum ExportCommands {
    static let all: [CommandSpec] = [students, clubs, choices, assignments]

    static func spec(_ what: String, zh: String, en: String, run: @escaping @Sendable (Session) throws -> CommandResult)
        -> CommandSpec
    {
        CommandSpec(
            path: ["export", what],
            summary: LocalizedText(zh: zh, en: en),
            flags: [FlagSpec(name: "--out", value: "FILE")],
            example: "export \(what) --format csv --out \(what).csv",
            details: LocalizedText(
                zh: "按 --format 写成 CSV 或 JSON；--out 写入文件（已有的文件会被替换），否则打印。",
                en: "CSV or JSON as --format says; --out writes a file (replacing one that exists), else it is printed."
            ),
            run: { arguments, session in
                try ExportFile.write(try run(session), to: arguments.value("--out"), session: session)
            }
        )
    }

    static let students = spec(
        "students", zh: "导出名册：学生、班级、家长和本学期的报名",
        en: "export the roster: students, classes, guardians and this semester's enrolment"
    ) { session in
        let rows = try session.school.exportStudents()
        let columns = [
            Column("id", zh: "学号", en: "id"), Column("name", zh: "姓名", en: "name"),
            Column("grade", zh: "年级", en: "grade"),
            Column("class", zh: "班级", en: "class"), Column("guardian_id", zh: "家长编号", en: "guardian_id"),
            Column("guardian_name", zh: "家长", en: "guardian_name"),
            Column("guardian_phone", zh: "家长电话", en: "guardian_phone"),
            Column("guardian2_id", zh: "家长二编号", en: "guardian2_id"),
            Column("guardian2_name", zh: "家长二", en: "guardian2_name"),
            Column("guardian2_phone", zh: "家长二电话", en: "guardian2_phone"),
            Column("enrolled", zh: "本学期报名", en: "enrolled"),
            Column("days", zh: "星期", en: "days"), Column("until", zh: "到", en: "until"),
        ]
        func text(_ value: String?) -> CellValue { value.map(CellValue.text) ?? .null }
        return .listing(
            columns: columns,
            records: rows.map { row in
                let (student, first, second, enrolment) = (row.student, row.guardian, row.guardian2, row.enrolment)
                return Record([
                    "id": .text(student.id), "name": .text(student.name), "grade": .integer(student.grade),
                    "class": .text(student.className), "guardian_id": .text(student.guardianID),
                    "guardian_name": text(first?.name),
                    "guardian_phone": text(first?.phone), "guardian2_id": text(student.guardian2ID),
                    "guardian2_name": text(second?.name),
                    "guardian2_phone": text(second?.phone), "enrolled": .boolean(enrolment != nil),
                    "days": enrolment.map { .list($0.days.map { .text($0.rawValue) }) } ?? .null,
                    "until": text(enrolment?.until),
                ])
            })
    }

    static let clubs = spec(
        "clubs", zh: "导出本学期的社团，含已撤销的和模块字段",
        en: "export this semester's clubs, withdrawn ones and module fields included"
    ) { session in
        let columns = ClubCommands.detailColumns + [Column("withdrawn", zh: "已撤销", en: "withdrawn")]
        return .listing(
            columns: columns,
            records: try session.school.exportClubs().map { club in
                var record = ClubCommands.record(club, session.language)
                record.values["withdrawn"] = .boolean(club.withdrawn)
                return record
            })
    }

    static let choices = spec(
        "choices", zh: "导出本学期每个学生的志愿（按顺序）", en: "export this semester's ranked choices, one row per student and rank"
    ) { session in
        let choices = try session.school.exportChoices()
        let columns = [
            Column("student", zh: "学号", en: "student"), Column("name", zh: "姓名", en: "name"),
            Column("class", zh: "班级", en: "class"),
            Column("rank", zh: "志愿", en: "rank"), Column("club", zh: "社团", en: "club"),
            Column("title", zh: "名称", en: "title"),
        ]
        return .listing(
            columns: columns,
            records: choices.map { choice in
                let student = choice.student
                return Record([
                    "student": .text(choice.studentID), "name": student.map { .text($0.name) } ?? .null,
                    "class": student.map { .text($0.className) } ?? .null, "rank": .integer(choice.rank),
                    "club": .text(choice.club),
                    "title": choice.title.map { .text($0.text(session.language)) } ?? .null,
                ])
            })
    }

    static let assignments = spec(
        "assignments", zh: "导出分配：每个学生每天每个时段在哪里（已公布的，否则草稿）",
        en: "export the allocation: each student's place per day and segment (published, else draft)"
    ) { session in
        let export = try session.school.exportAssignments()
        let (state, students, lottery) = (export.state, export.students, export.lottery)
        let columns =
            MatchCommands.showColumns.prefix(1) + [
                Column("name", zh: "姓名", en: "name"), Column("class", zh: "班级", en: "class"),
            ]
            + MatchCommands.showColumns.dropFirst() + [Column("state", zh: "分配", en: "state")]
        return .listing(
            columns: Array(columns),
            records: export.placements.map { placement in
                let student = students[placement.student]
                let segment =
                    export.segments.indices.contains(placement.segment)
                    ? export.segments[placement.segment] : String(placement.segment)
                return Record([
                    "student": .text(placement.student), "name": student.map { .text($0.name) } ?? .null,
                    "class": student.map { .text($0.className) } ?? .null,
                    "day": .text(Weekday(index: placement.day)?.rawValue ?? String(placement.day)),
                    "segment": .text(segment),
                    "club": placement.club.map(CellValue.text) ?? .null,
                    "group": placement.group.map(CellValue.text) ?? .null,
                    "rank": placement.rank.map(CellValue.integer) ?? .null,
                    "lottery": lottery[placement.student].map(CellValue.integer) ?? .null,
                    "state": .text(state.rawValue),
                ])
            })
    }
}
