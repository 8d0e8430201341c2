import Model
import School

extension SurveyResults {
    /// The results as `survey results` shows them: the summary, a row per option (and a scale's
    /// mean) of each cell, and the comments.
    func result(_ language: Language) -> CommandResult {
        let summary: [(String, String, String, CellValue)] = [
            ("form", "问卷", "form", .text(form)), ("version", "版本", "version", .integer(version)),
            ("responses", "回复", "responses", .integer(responses)),
            ("invited", "已发问卷码", "codes issued", .integer(invited)),
            ("response_rate", "回收率", "response rate", responseRate.map(CellValue.decimal) ?? .null),
        ]
        var records: [Record] = []
        for cell in cells {
            if cell.suppressed {
                records.append(
                    Record([
                        "key": .text(cell.key), "question": .null, "option": .null, "label": .null, "count": .null,
                        "share": .null, "n": .integer(cell.responses), "suppressed": .boolean(true),
                    ]))
                continue
            }
            for question in cell.questions {
                records += rows(question, key: dimension == nil ? nil : cell.key, language)
            }
        }
        var columns = [
            Column("question", zh: "题目", en: "question"), Column("option", zh: "选项", en: "option"),
            Column("label", zh: "含义", en: "label"),
            Column("count", zh: "人数", en: "count"), Column("share", zh: "比例", en: "share"),
            Column("n", zh: "作答", en: "n"),
        ]
        if let dimension {
            columns.insert(Column("key", zh: dimension, en: dimension), at: 0)
            columns.append(Column("suppressed", zh: "不足 5 份", en: "suppressed"))
        }
        let comments = comments.map { Record(["question": .text($0.question), "comment": .text($0.text)]) }
        return .sections([
            Section("summary", zh: "概况", en: "Summary", CatalogDisplay.objectResult(summary, language)),
            Section("answers", zh: "各题答案", en: "Answers", .listing(columns: columns, records: records)),
            Section(
                "comments", zh: "意见和建议", en: "Comments",
                .listing(
                    columns: [
                        Column("question", zh: "题目", en: "question"), Column("comment", zh: "内容", en: "comment"),
                    ],
                    records: comments)),
        ])
    }

    /// One row per option (and a mean for a scale) of one question in one shown cell.
    private func rows(_ question: QuestionCount, key: String?, _ language: Language) -> [Record] {
        let key = key.map(CellValue.text) ?? .null
        var result = question.options.map { option in
            Record([
                "key": key, "question": .text(question.question), "option": .text(option.value),
                "label": .text(option.label?.text(language) ?? ""),
                "count": .integer(option.count), "share": .decimal(option.share), "n": .integer(question.answered),
                "suppressed": .boolean(false),
            ])
        }
        if question.isScale {
            result.append(
                Record([
                    "key": key, "question": .text(question.question), "option": .text("mean"),
                    "label": .text(language == .zh ? "平均分" : "mean"), "count": .null,
                    "share": question.mean.map(CellValue.decimal) ?? .null, "n": .integer(question.answered),
                    "suppressed": .boolean(false),
                ]))
        }
        return result
    }
}
