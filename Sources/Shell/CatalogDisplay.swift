import Model
import School

/// How modules, the policy and forms are shown: one place, so `module show`, `policy show` and
/// `form show` agree on names and order.
enum CatalogDisplay {
    static func module(_ module: ActivityModule, file: String?, _ language: Language) -> CommandResult {
        let head: [(String, String, String, CellValue)] = [
            ("id", "模块", "id", .text(module.id)), ("name", "名称", "name", .text(module.name.text(language))),
            ("summary", "简介", "summary", module.summary.map { .text($0.text(language)) } ?? .null),
            ("version", "版本", "version", .integer(module.version)),
            ("segments", "时段", "segments", .list(module.segments.map(CellValue.text))),
            ("grades", "年级", "grades", .text(module.grades.description)),
            ("capacity", "默认容量", "capacity", .integer(module.capacity.default)),
            ("max_capacity", "最大容量", "max capacity", .integer(module.capacity.max)),
            ("file", "文件", "file", file.map(CellValue.text) ?? .null),
        ]
        let fields = module.fields.map { field in
            Record([
                "id": .text(field.id), "type": .text(field.type.rawValue), "required": .boolean(field.required),
                "default": field.defaultValue.map { .text($0.description) } ?? .null,
                "choices": .list(field.choices.map { .text($0.value) }),
                "label": field.label.map { .text($0.text(language)) } ?? .null,
            ])
        }
        let rules = module.rules.enumerated().map { index, rule in
            Record([
                "number": .integer(index + 1), "check": .text(rule.check.text),
                "message": .text(rule.message.text(language)),
            ])
        }
        let facts: Set<String> = ["title", "grades", "capacity", "days", "segment"]
        let templates = module.templates.enumerated().map { index, template in
            Record([
                "number": .integer(index + 1), "title": template.title.map { .text($0.text(language)) } ?? .null,
                "grades": template.grades.map { .text($0.description) } ?? .null,
                "capacity": template.capacity.map(CellValue.integer) ?? .null,
                "days": template.days.map { .list($0.map { .text($0.rawValue) }) } ?? .null,
                "segment": template.segment.map(CellValue.text) ?? .null,
                "fields": .object(
                    FieldList(
                        template.entries.filter { !facts.contains($0.name) }.map {
                            ($0.name, .text($0.value.description))
                        })),
            ])
        }
        return .sections([
            Section("module", zh: "模块", en: "Module", objectResult(head, language)),
            Section(
                "fields", zh: "字段", en: "Fields",
                .listing(
                    columns: [
                        Column("id", zh: "字段", en: "id"), Column("type", zh: "类型", en: "type"),
                        Column("required", zh: "必填", en: "required"),
                        Column("default", zh: "默认", en: "default"), Column("choices", zh: "选项", en: "choices"),
                        Column("label", zh: "标签", en: "label"),
                    ], records: fields)),
            Section(
                "rules", zh: "规则", en: "Rules",
                .listing(
                    columns: [
                        Column("number", zh: "序号", en: "#"), Column("check", zh: "条件", en: "check"),
                        Column("message", zh: "说明", en: "message"),
                    ], records: rules)),
            Section(
                "templates", zh: "模板（club publish --template N）", en: "Templates (club publish --template N)",
                .listing(
                    columns: [
                        Column("number", zh: "序号", en: "#"), Column("title", zh: "名称", en: "title"),
                        Column("grades", zh: "年级", en: "grades"),
                        Column("capacity", zh: "容量", en: "capacity"), Column("days", zh: "星期", en: "days"),
                        Column("segment", zh: "时段", en: "segment"),
                        Column("fields", zh: "字段值", en: "fields"),
                    ], records: templates)),
            Section("survey", zh: "问卷题目", en: "Survey questions", questions(module.survey, language)),
        ])
    }

    static func policy(_ policy: Policy, _ language: Language) -> CommandResult {
        let head: [(String, String, String, CellValue)] = [
            ("policy", "政策", "policy", .text(policy.id)), ("school", "学校编号", "school", .text(policy.school.id)),
            ("school_name", "学校", "school name", .text(policy.school.name.text(language))),
            ("timezone", "时区", "time zone", .text(policy.timezone)),
            ("days", "星期", "days", .list(policy.days.map { .text($0.rawValue) })),
            ("latest_end", "最晚结束", "latest end", .text(policy.latestEnd.description)),
            ("choices_max", "志愿上限", "choices max", .integer(policy.choicesMax)),
            ("clubs_per_student", "每人社团数", "clubs per student", .integer(policy.clubsPerStudent)),
            ("study_group_module", "学习组模块", "study group module", .text(policy.studyGroup.module)),
            ("study_group_size", "学习组人数", "study group size", .integer(policy.studyGroup.size)),
            ("fees", "收费", "fees", .text(policy.fees.rawValue)),
            ("contract_required", "校外机构需合同", "contract required", .boolean(policy.contractRequired)),
            ("survey_form", "满意度问卷", "survey form", .text(policy.survey.form)),
            ("satisfied", "满意的条件", "satisfied", .text(policy.survey.satisfied.text)),
            ("aware", "知晓的条件", "aware", .text(policy.survey.aware.text)),
        ]
        let segments = policy.segments.map { segment in
            Record([
                "id": .text(segment.id), "name": .text(segment.name.text(language)),
                "start": .text(segment.start.description),
                "end": .text(segment.end.description),
                "modules": segment.modules.map { .list($0.map(CellValue.text)) } ?? .null,
            ])
        }
        return .sections([
            Section("policy", zh: "政策", en: "Policy", objectResult(head, language)),
            Section(
                "segments", zh: "时段", en: "Segments",
                .listing(
                    columns: [
                        Column("id", zh: "时段", en: "id"), Column("name", zh: "名称", en: "name"),
                        Column("start", zh: "开始", en: "start"),
                        Column("end", zh: "结束", en: "end"), Column("modules", zh: "只开放给", en: "modules only"),
                    ], records: segments)),
        ])
    }

    static func form(_ form: Form, file: String?, _ language: Language) -> CommandResult {
        let head: [(String, String, String, CellValue)] = [
            ("id", "问卷", "id", .text(form.id)), ("version", "版本", "version", .integer(form.version)),
            ("title", "标题", "title", .text(form.title.text(language))),
            ("audience", "对象", "audience", .text(form.audience.rawValue)),
            ("anonymous", "匿名", "anonymous", .boolean(form.anonymous)),
            ("once_per", "每…一份", "once per", .text(form.oncePer.rawValue)),
            ("file", "文件", "file", file.map(CellValue.text) ?? .null),
        ]
        return .sections([
            Section("form", zh: "问卷", en: "Form", objectResult(head, language)),
            Section("questions", zh: "题目", en: "Questions", questions(form.questions, language)),
        ])
    }

    static func questions(_ questions: [Question], _ language: Language) -> CommandResult {
        .listing(
            columns: [
                Column("number", zh: "序号", en: "#"), Column("id", zh: "题目", en: "id"),
                Column("type", zh: "类型", en: "type"),
                Column("required", zh: "必答", en: "required"), Column("text", zh: "内容", en: "text"),
                Column("answers", zh: "可选答案", en: "answers"),
                Column("relevant", zh: "出现条件", en: "relevant"), Column("constraint", zh: "约束", en: "constraint"),
            ],
            records: questions.enumerated().map { index, question in
                Record([
                    "number": .integer(index + 1), "id": .text(question.id), "type": .text(question.type.rawValue),
                    "required": .boolean(question.required), "text": .text(question.text.text(language)),
                    "answers": answers(question, language),
                    "relevant": question.relevant.map { .text($0.text) } ?? .null,
                    "constraint": question.constraint.map { .text($0.text) } ?? .null,
                ])
            })
    }

    static func answers(_ question: Question, _ language: Language) -> CellValue {
        switch question.type {
        case .single, .multi: return .list(question.choices.map { .text("\($0.value)=\($0.label.text(language))") })
        case .scale:
            guard let points = question.scalePoints else { return .null }
            return .list(
                points.map { point in
                    .text(question.labels[point].map { "\(point)=\($0.text(language))" } ?? String(point))
                })
        case .yesNo: return .list([.text("yes"), .text("no")])
        case .integer, .decimal:
            let low = question.min.map { TableRenderer.formatDecimal($0) } ?? ""
            let high = question.max.map { TableRenderer.formatDecimal($0) } ?? ""
            return low.isEmpty && high.isEmpty ? .null : .text("\(low)..\(high)")
        case .text: return question.maxLength.map { .text("≤ \($0)") } ?? .null
        case .date: return .text("YYYY-MM-DD")
        case .time: return .text("HH:MM")
        }
    }

    /// A one-object result from `(key, zh, en, value)` rows.
    static func objectResult(_ rows: [(String, String, String, CellValue)], _ language: Language) -> CommandResult {
        .object(
            columns: rows.map { Column($0.0, zh: $0.1, en: $0.2) },
            record: Record(Dictionary(rows.map { ($0.0, $0.3) }, uniquingKeysWith: { first, _ in first })))
    }
}
