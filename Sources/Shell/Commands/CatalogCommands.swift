import Declarations
import Model
import School

/// The policy and the survey forms under `Catalog/`.
enum CatalogCommands {
    static let all: [CommandSpec] = [policyShow, formList, formShow, formCheck]

    static let policyShow = CommandSpec(
        path: ["policy", "show"],
        summary: LocalizedText(
            zh: "显示学校政策：时段、上限、学习组和问卷规则", en: "show the school's policy: segments, limits, study groups and survey rules"
        ),
        example: "policy show",
        run: { _, session in CatalogDisplay.policy(try session.school.policy(), session.language) }
    )

    static let formColumns = [
        Column("id", zh: "问卷", en: "id"), Column("version", zh: "版本", en: "version"),
        Column("title", zh: "标题", en: "title"),
        Column("audience", zh: "对象", en: "audience"), Column("anonymous", zh: "匿名", en: "anonymous"),
        Column("once_per", zh: "每…一份", en: "once per"), Column("questions", zh: "题数", en: "questions"),
    ]

    static let formList = CommandSpec(
        path: ["form", "list"],
        summary: LocalizedText(zh: "列出问卷", en: "list the survey forms"),
        example: "form list",
        run: { _, session in
            .listing(
                columns: formColumns,
                records: session.school.catalog().forms.map { form in
                    Record([
                        "id": .text(form.id), "version": .integer(form.version),
                        "title": .text(form.title.text(session.language)),
                        "audience": .text(form.audience.rawValue), "anonymous": .boolean(form.anonymous),
                        "once_per": .text(form.oncePer.rawValue), "questions": .integer(form.questions.count),
                    ])
                })
        }
    )

    static let formShow = CommandSpec(
        path: ["form", "show"],
        summary: LocalizedText(zh: "显示一份问卷的全部题目和逻辑", en: "show a form's questions and their logic"),
        positionals: [PositionalSpec(name: "ID")],
        example: "form show parent-satisfaction",
        run: { arguments, session in
            let form = try session.school.form(arguments.positionals[0])
            return CatalogDisplay.form(
                form, file: session.school.catalog().file(of: .form, id: form.id), session.language)
        }
    )

    static let formCheck = CommandSpec(
        path: ["form", "check"],
        summary: LocalizedText(zh: "检查问卷文件（不动数据库）", en: "check form files or folders (the database is not touched)"),
        positionals: [PositionalSpec(name: "PATH", variadic: true)],
        example: "form check Catalog/forms",
        run: { arguments, session in try ModuleCommands.checkFiles(arguments.positionals, session: session) }
    )
}
