import Declarations
import Model
import School

/// Activity modules: the YAML files under `Plugins/`, listed, shown, checked and reloaded.
enum ModuleCommands {
    static let all: [CommandSpec] = [list, show, check, reload]

    static let listColumns = [
        Column("id", zh: "模块", en: "id"), Column("name", zh: "名称", en: "name"),
        Column("segments", zh: "时段", en: "segments"),
        Column("grades", zh: "年级", en: "grades"), Column("capacity", zh: "默认容量", en: "capacity"),
        Column("max_capacity", zh: "最大容量", en: "max capacity"), Column("templates", zh: "模板数", en: "templates"),
    ]

    static func listRecord(_ module: ActivityModule, _ language: Language) -> Record {
        Record([
            "id": .text(module.id), "name": .text(module.name.text(language)),
            "segments": .list(module.segments.map(CellValue.text)),
            "grades": .text(module.grades.description), "capacity": .integer(module.capacity.default),
            "max_capacity": .integer(module.capacity.max), "templates": .integer(module.templates.count),
        ])
    }

    static let list = CommandSpec(
        path: ["module", "list"],
        summary: LocalizedText(zh: "列出活动模块", en: "list the activity modules"),
        example: "module list",
        run: { _, session in
            .listing(
                columns: listColumns, records: session.school.catalog().modules.map { listRecord($0, session.language) }
            )
        }
    )

    static let show = CommandSpec(
        path: ["module", "show"],
        summary: LocalizedText(
            zh: "显示一个模块：字段、规则、模板（从 1 编号）和问卷题目",
            en: "show a module: fields, rules, templates (numbered from 1) and survey questions"),
        positionals: [PositionalSpec(name: "ID")],
        example: "module show sports",
        run: { arguments, session in
            let module = try session.school.module(arguments.positionals[0])
            return CatalogDisplay.module(
                module, file: session.school.catalog().file(of: .module, id: module.id), session.language)
        }
    )

    static let check = CommandSpec(
        path: ["module", "check"],
        summary: LocalizedText(
            zh: "检查模块、政策或问卷文件（不动数据库）", en: "check module, policy or form files or folders (the database is not touched)"
        ),
        positionals: [PositionalSpec(name: "PATH", variadic: true)],
        example: "module check Plugins/sports",
        run: { arguments, session in try checkFiles(arguments.positionals, session: session) }
    )

    /// Checks files against the loaded catalog; errors fail the command, warnings are printed.
    static func checkFiles(_ paths: [String], session: Session) throws -> CommandResult {
        let diagnostics = CatalogLoader.check(paths: paths, against: session.school.catalog())
        if diagnostics.contains(where: \.isError) { throw CatalogProblems(diagnostics: diagnostics) }
        for warning in diagnostics { session.err.write(warning.rendered(session.language) + "\n") }
        let valid = session.language == .zh ? "没有错误" : "valid"
        return .text(paths.map { "\($0): \(valid)" }.joined(separator: "\n"))
    }

    static let reload = CommandSpec(
        path: ["module", "reload"],
        summary: LocalizedText(
            zh: "重新读取 Plugins/ 和 Catalog/，报告新增、更改、删除和有错的模块",
            en: "read Plugins/ and Catalog/ again; report modules added, changed, removed or broken"),
        example: "module reload",
        run: { _, session in
            let (old, new) = session.school.reloadCatalog()
            let before = Dictionary((old?.modules ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var records: [Record] = []
            func note(_ id: String, _ change: String) {
                records.append(Record(["module": .text(id), "change": .text(change)]))
            }
            for module in new.modules {
                if let previous = before[module.id] {
                    note(module.id, previous == module ? "unchanged" : "changed")
                } else {
                    note(module.id, "added")
                }
            }
            let loaded = Set(new.modules.map(\.id))
            for id in before.keys.sorted() where !loaded.contains(id) { note(id, "removed") }
            let broken = Set(new.errors.map(\.file).filter { $0.hasSuffix("module.yaml") })
            for file in broken.sorted() { note(file, "broken") }
            if !new.diagnostics.isEmpty { session.err.write(new.report(session.language) + "\n") }
            return .listing(
                columns: [Column("module", zh: "模块", en: "module"), Column("change", zh: "变化", en: "change")],
                records: records)
        }
    )
}
