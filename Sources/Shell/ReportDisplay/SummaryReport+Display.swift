import Model
import Reports
import School

extension SummaryReport {
    /// The summary as `report summary` shows it: the three figures, then the facts, which name
    /// `page`, the file the page was written to.
    func result(page: String?, _ language: Language) -> CommandResult {
        func figure(_ key: String, _ name: LocalizedText, _ comparison: SemesterComparison) -> Record {
            let current = comparison.current
            return Record([
                "figure": .text(key), "name": .text(name.text(language)), "rate": FigureReport.decimal(current.rate),
                "k": .integer(current.k), "n": .integer(current.n), "low": FigureReport.decimal(current.low),
                "high": FigureReport.decimal(current.high), "previous": FigureReport.decimal(comparison.previous?.rate),
                "change": FigureReport.decimal(comparison.change),
            ])
        }
        let figures = CommandResult.listing(
            columns: [
                Column("figure", zh: "指标", en: "figure"), Column("name", zh: "名称", en: "name"),
                Column("rate", zh: "本学期", en: "rate"),
                Column("k", zh: "人数", en: "k"), Column("n", zh: "基数 n", en: "n"),
                Column("low", zh: "95% 区间下限", en: "low"), Column("high", zh: "95% 区间上限", en: "high"),
                Column("previous", zh: "上学期", en: "last semester"), Column("change", zh: "变化", en: "change"),
            ],
            records: [
                figure("coverage", LocalizedText(zh: "覆盖度", en: "coverage"), summary.coverage),
                figure("awareness", LocalizedText(zh: "知晓率", en: "awareness"), summary.awareness),
                figure("satisfaction", LocalizedText(zh: "满意率", en: "satisfaction"), summary.satisfaction),
            ])
        func module(_ cell: BreakdownCell?) -> CellValue { cell.map { .text($0.key) } ?? .null }
        let facts = CommandResult.object(
            columns: [
                Column("school", zh: "学校", en: "school"), Column("semester", zh: "学期", en: "semester"),
                Column("previous_semester", zh: "对比学期", en: "compared with"),
                Column("invited", zh: "已发问卷码", en: "codes issued"), Column("responses", zh: "回复", en: "responses"),
                Column("response_rate", zh: "回收率", en: "response rate"),
                Column("most_satisfied_module", zh: "最满意的模块", en: "most satisfied module"),
                Column("most_satisfied_rate", zh: "其满意率", en: "its satisfaction"),
                Column("least_satisfied_module", zh: "最不满意的模块", en: "least satisfied module"),
                Column("least_satisfied_rate", zh: "其满意率", en: "its satisfaction"),
                Column("comments", zh: "文字意见", en: "written comments"), Column("page", zh: "网页", en: "page"),
            ],
            record: Record([
                "school": .text(summary.school.name.text(language)), "semester": .text(summary.semester),
                "previous_semester": summary.previousSemester.map(CellValue.text) ?? .null,
                "invited": .integer(summary.invited), "responses": .integer(summary.responses),
                "response_rate": FigureReport.decimal(summary.responseRate),
                "most_satisfied_module": module(summary.mostSatisfiedModule),
                "most_satisfied_rate": FigureReport.decimal(summary.mostSatisfiedModule?.rate),
                "least_satisfied_module": module(summary.leastSatisfiedModule),
                "least_satisfied_rate": FigureReport.decimal(summary.leastSatisfiedModule?.rate),
                "comments": .integer(summary.comments), "page": page.map(CellValue.text) ?? .null,
            ]))
        return .sections([
            Section("figures", zh: "三项指标", en: "The three figures", figures),
            Section("facts", zh: "概况", en: "Facts", facts),
        ])
    }
}
