import Foundation
import Model
import Reports
import School
import Surveys

/// Semester surveys (P13, P14): open and close a form, issue one-time codes, answer it, import
/// paper answers, and read the results.
enum SurveyCommands {
    static let all: [CommandSpec] = [open, close, codes, take, submit, importAnswers, results, exportResponses]

    static let open = CommandSpec(
        path: ["survey", "open"],
        summary: LocalizedText(zh: "本学期开放一份问卷", en: "open a form for this semester"),
        positionals: [PositionalSpec(name: "FORM")],
        example: "survey open parent-satisfaction",
        run: { arguments, session in
            statusResult(try session.school.openSurvey(arguments.positionals[0]))
        }
    )

    static let close = CommandSpec(
        path: ["survey", "close"],
        summary: LocalizedText(zh: "关闭问卷，不再接受回答", en: "close a form: no more responses"),
        positionals: [PositionalSpec(name: "FORM")],
        example: "survey close parent-satisfaction",
        run: { arguments, session in
            statusResult(try session.school.closeSurvey(arguments.positionals[0]))
        }
    )

    static func statusResult(_ status: SurveyStatus) -> CommandResult {
        let (semester, form, open) = (status.semester, status.form, status.open)
        return .object(
            columns: [
                Column("form", zh: "问卷", en: "form"), Column("version", zh: "版本", en: "version"),
                Column("semester", zh: "学期", en: "semester"), Column("open", zh: "开放", en: "open"),
                Column("invited", zh: "已发问卷码", en: "codes issued"), Column("responses", zh: "回复", en: "responses"),
            ],
            record: Record([
                "form": .text(form.id), "version": .integer(form.version), "semester": .text(semester.id),
                "open": .boolean(open), "invited": .integer(status.invited), "responses": .integer(status.responses),
            ]))
    }

    static let codes = CommandSpec(
        path: ["survey", "codes"],
        summary: LocalizedText(
            zh: "为还没有问卷码也没回答的家庭各发一个一次性问卷码（可写成 CSV 纸条）",
            en: "issue a one-time code to every family that has neither a code nor a response (slips as CSV)"),
        positionals: [PositionalSpec(name: "FORM")],
        flags: [FlagSpec(name: "--out", value: "FILE"), FlagSpec(name: "--reissue", value: "GUARDIAN")],
        example: "survey codes parent-satisfaction --out slips.csv",
        details: LocalizedText(
            zh: "问卷码只保存带密钥的哈希，打印出来后无法再查到。--reissue 作废某家庭的旧码并发新码。",
            en:
                "Codes are kept only as keyed hashes: they cannot be shown again. --reissue voids a family's old "
                + "code and issues a new one."
        ),
        run: { arguments, session in
            let out = arguments.value("--out")
            let progress = ProgressLine()
            defer { progress.done() }
            let (form, issued) = try session.school.issueCodes(
                form: arguments.positionals[0], reissue: arguments.value("--reissue"),
                beforeIssuing: {
                    // The codes exist only on the slips: refuse a file that would not be written before any is made.
                    if let out, FileManager.default.fileExists(atPath: out) {
                        throw Refusal(
                            LocalizedText(
                                zh: "'\(out)' 已存在，不会覆盖", en: "'\(out)' already exists; it is not overwritten"),
                            hint: LocalizedText(zh: "换一个新文件名", en: "choose a new file name"))
                    }
                }
            ) { made, total in
                progress.show(session.language == .zh ? "已生成 \(made)/\(total) 个问卷码" : "codes: \(made) of \(total)")
            }
            let columns = [
                Column("code", zh: "问卷码", en: "code"), Column("guardian_id", zh: "家长编号", en: "guardian_id"),
                Column("guardian_name", zh: "家长", en: "guardian_name"), Column("students", zh: "学生", en: "students"),
            ]
            let records = issued.map { item in
                Record([
                    "code": .text(item.code), "guardian_id": .text(item.guardianID),
                    "guardian_name": item.guardianName.map { .text($0) } ?? .null,
                    "students": .text(item.children.joined(separator: "; ")),
                ])
            }
            guard let out else { return .listing(columns: columns, records: records) }
            let csv = CSVRenderer().render(.listing(columns: columns, records: records), language: session.language)
            do {
                try Data(csv.utf8).write(to: URL(fileURLWithPath: out))
            } catch {
                throw Refusal(LocalizedText(zh: "无法写入 '\(out)'", en: "cannot write '\(out)'"))
            }
            return .object(
                columns: [
                    Column("form", zh: "问卷", en: "form"), Column("issued", zh: "新发问卷码", en: "issued"),
                    Column("file", zh: "文件", en: "file"),
                ],
                record: Record(["form": .text(form.id), "issued": .integer(issued.count), "file": .text(out)]))
        }
    )

    static let take = CommandSpec(
        path: ["survey", "take"],
        summary: LocalizedText(
            zh: "逐题回答问卷（一个家庭每学期一份）", en: "answer a form one question at a time (one response per family a semester)"),
        positionals: [PositionalSpec(name: "FORM")],
        flags: [FlagSpec(name: "--student", value: "S"), FlagSpec(name: "--code", value: "CODE")],
        example: "survey take parent-satisfaction --code ABCD-EFGH",
        run: { arguments, session in try SurveyAnswering(session: session, arguments: arguments).take() }
    )

    static let submit = CommandSpec(
        path: ["survey", "submit"],
        summary: LocalizedText(
            zh: "一次提交全部答案（脚本用），校验与逐题回答相同",
            en: "submit every answer at once (for scripts), checked as survey take checks them"),
        positionals: [PositionalSpec(name: "FORM")],
        flags: [
            FlagSpec(name: "--student", value: "S"), FlagSpec(name: "--code", value: "CODE"),
            FlagSpec(name: "--answer", value: "ID=VALUE", repeatable: true),
        ],
        example: "survey submit parent-satisfaction --student S0001 --answer aware=yes --answer overall=5",
        run: { arguments, session in try SurveyAnswering(session: session, arguments: arguments).submit() }
    )

    static let importAnswers = CommandSpec(
        path: ["survey", "import"],
        summary: LocalizedText(zh: "导入纸质问卷的答案 CSV（全部成功才写入）", en: "import paper answers from a CSV (all or nothing)"),
        positionals: [PositionalSpec(name: "FORM"), PositionalSpec(name: "FILE")],
        example: "survey import parent-satisfaction answers.csv",
        details: LocalizedText(
            zh: "每题一列（列名是题目编号），另有一列 code（纸条上的问卷码，大小写和空格不限）或 student（学号）。每个错误单元格都按行和列列出；有任何错误就什么都不写。大文件在终端上显示进度。",
            en:
                "A column per question id, and a `code` column (the codes from the slips; case and spaces do not "
                + "matter) or a `student` column. Every bad cell is listed by line and column, and nothing is "
                + "stored until the whole file is clean. A large file shows its progress on a terminal."
        ),
        run: { arguments, session in
            let form = arguments.positionals[0]
            let imported = try ProgressLine.showing(session.language) {
                try session.school.importSurveyAnswers(form: form, path: arguments.positionals[1], progress: $0)
            }
            return .object(
                columns: [Column("form", zh: "问卷", en: "form"), Column("imported", zh: "导入份数", en: "imported")],
                record: Record(["form": .text(form), "imported": .integer(imported)]))
        }
    )

    static let results = CommandSpec(
        path: ["survey", "results"],
        summary: LocalizedText(
            zh: "问卷结果：每题各选项的人数和比例、量表平均分、意见；可按模块、年级、班级分组",
            en: "a form's results: counts and shares per option, scale means, comments; by module, grade or class"),
        positionals: [PositionalSpec(name: "FORM")],
        flags: [FlagSpec(name: "--by", value: "module|grade|class")],
        example: "survey results parent-satisfaction --by grade",
        run: { arguments, session in
            let results = try SurveyResults(session.school, form: arguments.positionals[0], by: arguments.value("--by"))
            for note in results.notes { session.err.write("note: " + note.text(session.language) + "\n") }
            return results.result(session.language)
        }
    )

    static let exportResponses = CommandSpec(
        path: ["export", "responses"],
        summary: LocalizedText(
            zh: "导出全部回复：每份一行，每题一列，不含任何身份信息",
            en: "export every response: one object each, a key per question, no identity of any kind"),
        flags: [FlagSpec(name: "--form", value: "FORM"), FlagSpec(name: "--out", value: "FILE")],
        example: "export responses --format json --out responses.json",
        run: { arguments, session in
            let (_, questions, responses) = try session.school.responses(form: arguments.value("--form"))
            let columns =
                [Column("version", zh: "版本", en: "version")] + questions.map { Column($0.id, zh: $0.id, en: $0.id) }
            let records = responses.map { response -> Record in
                var values: [String: CellValue] = ["version": .integer(response.version)]
                for question in questions {
                    guard let text = response.answers[question.id] else {
                        values[question.id] = .null
                        continue
                    }
                    values[question.id] = exportValue(text, question)
                }
                return Record(values)
            }
            let result = CommandResult.listing(columns: columns, records: records)
            return try ExportFile.write(result, to: arguments.value("--out"), session: session)
        }
    )

    static func exportValue(_ text: String, _ question: Question) -> CellValue {
        switch question.type {
        case .multi: return .list(text.split(separator: " ").map { .text(String($0)) })
        case .scale, .integer: return Int(text).map(CellValue.integer) ?? .text(text)
        case .decimal: return Double(text).map(CellValue.decimal) ?? .text(text)
        default: return .text(text)
        }
    }
}

/// Writes a result to a file in the session's format, or returns it to print.
enum ExportFile {
    static func write(_ result: CommandResult, to path: String?, session: Session) throws -> CommandResult {
        guard let path else { return result }
        let text = session.format.renderer().render(result, language: session.language)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Refusal(LocalizedText(zh: "无法写入 '\(path)'", en: "cannot write '\(path)'"))
        }
        let count: Int
        if case .listing(_, let records) = result { count = records.count } else { count = 1 }
        return .object(
            columns: [Column("file", zh: "文件", en: "file"), Column("rows", zh: "行数", en: "rows")],
            record: Record(["file": .text(path), "rows": .integer(count)]))
    }
}
