import Model
import School

/// The roster: importing it, and looking students up.
enum RosterCommands {
    static let all: [CommandSpec] = [importRoster, list, show]

    static let importRoster = CommandSpec(
        path: ["roster", "import"],
        summary: LocalizedText(zh: "导入花名册 CSV（全部成功才写入）", en: "import the roster CSV (all or nothing)"),
        positionals: [PositionalSpec(name: "FILE")],
        flags: [FlagSpec(name: "--dry-run", value: nil), FlagSpec(name: "--rename-guardians", value: nil)],
        example: "roster import Catalog/samples/roster.csv --dry-run",
        details: LocalizedText(
            zh:
                "列：student_id,name,grade,class,guardian_id,guardian_name，可选 guardian_phone、guardian2_id、"
                + "guardian2_name、guardian2_phone，顺序不限。UTF-8 或 GB18030（Excel）均可。有任何错误就逐行列出，什么都不写；再次导入按学号更新。"
                + "已有的家长编号换了姓名会被拒绝，确实改名时加 --rename-guardians。",
            en:
                "Columns: student_id,name,grade,class,guardian_id,guardian_name, optionally guardian_phone, "
                + "guardian2_id, guardian2_name, guardian2_phone, in any order. UTF-8 or GB18030 (Excel). Any "
                + "problem is listed by line and column and nothing is written; importing again updates "
                + "students by id. A guardian id already stored under another name is refused; when the name "
                + "really changed, add --rename-guardians."
        ),
        run: { arguments, session in
            let progress = ProgressLine()
            defer { progress.done() }
            let summary = try session.school.importRoster(
                path: arguments.positionals[0], dryRun: arguments.has("--dry-run"),
                renameGuardians: arguments.has("--rename-guardians")
            ) { written, total in
                progress.show(
                    session.language == .zh ? "已处理 \(written)/\(total) 名学生" : "students: \(written) of \(total)")
            }
            let columns = [
                Column("added", zh: "新增", en: "added"), Column("changed", zh: "更改", en: "changed"),
                Column("unchanged", zh: "未变", en: "unchanged"), Column("absent", zh: "文件中没有", en: "absent"),
                Column("guardians", zh: "家长", en: "guardians"), Column("dry_run", zh: "仅预演", en: "dry run"),
            ]
            return .object(
                columns: columns,
                record: Record([
                    "added": .integer(summary.added), "changed": .integer(summary.changed),
                    "unchanged": .integer(summary.unchanged),
                    "absent": .integer(summary.absent), "guardians": .integer(summary.guardians),
                    "dry_run": .boolean(summary.dryRun),
                ]))
        }
    )

    static let columns = [
        Column("id", zh: "学号", en: "id"), Column("name", zh: "姓名", en: "name"), Column("grade", zh: "年级", en: "grade"),
        Column("class", zh: "班级", en: "class"), Column("guardian_id", zh: "家长编号", en: "guardian_id"),
    ]

    static func record(_ student: Student) -> Record {
        Record([
            "id": .text(student.id), "name": .text(student.name), "grade": .integer(student.grade),
            "class": .text(student.className), "guardian_id": .text(student.guardianID),
        ])
    }

    static let list = CommandSpec(
        path: ["student", "list"],
        summary: LocalizedText(zh: "列出学生，可按年级或班级筛选", en: "list students, of one grade or class if asked"),
        flags: [FlagSpec(name: "--grade", value: "N"), FlagSpec(name: "--class", value: "C")],
        example: "student list --grade 3",
        run: { arguments, session in
            let grade = try arguments.integer("--grade", in: 1...9)
            let students = try session.school.students(grade: grade, className: arguments.value("--class"))
            return .listing(columns: columns, records: students.map(record))
        }
    )

    static let show = CommandSpec(
        path: ["student", "show"],
        summary: LocalizedText(zh: "显示一个学生和家长信息", en: "show one student and their guardians"),
        positionals: [PositionalSpec(name: "ID")],
        example: "student show S0001",
        run: { arguments, session in
            let (student, guardians) = try session.school.showStudent(arguments.positionals[0])
            var record = record(student)
            var columns = columns
            for (index, guardian) in guardians.enumerated() {
                let prefix = index == 0 ? "guardian" : "guardian2"
                let zh = index == 0 ? "家长" : "第二家长"
                if index > 0 {
                    columns.append(Column("guardian2_id", zh: "第二家长编号", en: "guardian2_id"))
                    record.values["guardian2_id"] = .text(guardian.id)
                }
                columns.append(Column("\(prefix)_name", zh: "\(zh)姓名", en: "\(prefix)_name"))
                columns.append(Column("\(prefix)_phone", zh: "\(zh)电话", en: "\(prefix)_phone"))
                record.values["\(prefix)_name"] = .text(guardian.name)
                record.values["\(prefix)_phone"] = guardian.phone.map(CellValue.text) ?? .null
            }
            return .object(columns: columns, record: record)
        }
    )
}
