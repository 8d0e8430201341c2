import Model
import School
import Reports
import Store

/// `report awareness` and `report satisfaction`: the policy's expression over a semester's
/// responses, as one figure or broken down by module, grade, class or semester.
struct FigureReport {
    let session: Session
    let measure: SurveyMeasure

    /// The `--by` values, in the order the hint lists them.
    static let dimensions: [Breakdown.Dimension] = [.module, .grade, .class, .semester]

    func run(by dimensionName: String?, semester semesterID: String?) throws -> CommandResult {
        let dimension = try dimensionName.map(Self.dimension)
        let semester = try session.school.reportSemester(semesterID)
        let database = try session.school.database()
        let figures = try SurveyFigures(session: session)
        let figure = figures[measure]
        guard let dimension else { return try whole(figure, form: figures.form, semester: semester, database: database) }
        let grouping: TallyGrouping = dimension == .semester ? .semester : .group(dimension.rawValue)
        let order = try database.semesters().all.map(\.id)
        let counts = try figure.breakdown(in: database, semester: semester.id, form: figures.form, by: grouping, semesterOrder: order)
        if counts.isEmpty { note(noResponses(form: figures.form, semester: dimension == .semester ? nil : semester.id)) }
        let cells = Breakdown(dimension: dimension, counts: counts).cells
        return .listing(columns: Self.breakdownColumns(dimension), records: cells.map(Self.record))
    }

    static func dimension(_ name: String) throws -> Breakdown.Dimension {
        guard let dimension = Breakdown.Dimension(rawValue: name) else {
            let list = dimensions.map(\.rawValue)
            let near = Suggestion.closest(to: name, among: list)
            throw Refusal(LocalizedText(zh: "--by：不能按 '\(name)' 分组", en: "--by: cannot break down by '\(name)'"),
                          hint: LocalizedText(zh: (near.map { "您是不是要写 '\($0)'？" } ?? "") + "可以按 " + list.joined(separator: "、") + " 分组",
                                              en: (near.map { "did you mean '\($0)'? " } ?? "") + "--by takes " + list.joined(separator: ", ")))
        }
        return dimension
    }

    private func whole(_ figure: SurveyFigure, form: String, semester: Semester, database: AppDatabase) throws -> CommandResult {
        let proportion = try figure.proportion(in: database, semester: semester.id, form: form)
        let counts = try database.surveyCounts(semester: semester.id, form: form)
        let report = SurveyFigureReport(measure: measure, k: proportion.k, n: proportion.n, responses: counts.responses, invited: counts.invited)
        if report.responses == 0 {
            note(noResponses(form: form, semester: semester.id))
        } else if report.n < report.responses {
            let read = figure.questions.map { "'\($0)'" }.joined(separator: ", ")
            note(LocalizedText(zh: "\(report.responses) 份回复中有 \(report.responses - report.n) 份没有回答 \(read)，不计入",
                               en: "\(report.responses - report.n) of \(report.responses) responses leave \(read) unanswered and are not counted"))
        }
        let name = Self.measureName(measure)
        let columns = [
            Column("rate", zh: name.text(.zh), en: name.text(.en)),
            Column("n", zh: "计入回复 n", en: "n (responses counted)"),
            Column("low", zh: "95% 区间下限", en: "95% interval low"), Column("high", zh: "95% 区间上限", en: "95% interval high"),
            Column("invited", zh: "已发问卷码", en: "codes issued"), Column("response_rate", zh: "回收率", en: "response rate"),
            Column("k", zh: measure == .satisfaction ? "满意" : "知晓", en: measure == .satisfaction ? "satisfied" : "aware"),
            Column("responses", zh: "回复", en: "responses"), Column("semester", zh: "学期", en: "semester"),
            Column("form", zh: "问卷", en: "form"), Column("counted_as", zh: "口径", en: "counted as"),
        ]
        return .object(columns: columns, record: Record([
            "rate": Self.decimal(report.rate), "n": .integer(report.n), "low": Self.decimal(report.low), "high": Self.decimal(report.high),
            "invited": .integer(report.invited), "response_rate": Self.decimal(report.responseRate), "k": .integer(report.k),
            "responses": .integer(report.responses), "semester": .text(semester.id), "form": .text(form), "counted_as": .text(figure.source),
        ]))
    }

    static func measureName(_ measure: SurveyMeasure) -> LocalizedText {
        measure == .satisfaction ? LocalizedText(zh: "满意率", en: "satisfaction") : LocalizedText(zh: "知晓率", en: "awareness")
    }

    static func breakdownColumns(_ dimension: Breakdown.Dimension) -> [Column] {
        let key: Column
        switch dimension {
        case .module: key = Column("key", zh: "模块", en: "module")
        case .grade: key = Column("key", zh: "年级", en: "grade")
        case .class: key = Column("key", zh: "班级", en: "class")
        case .semester: key = Column("key", zh: "学期", en: "semester")
        }
        return [key, Column("n", zh: "计入回复 n", en: "n"), Column("rate", zh: "比率", en: "rate"),
                Column("low", zh: "95% 区间下限", en: "low"), Column("high", zh: "95% 区间上限", en: "high"),
                Column("suppressed", zh: "少于 5 份不显示", en: "suppressed"), Column("k", zh: "人数", en: "k")]
    }

    static func record(_ cell: BreakdownCell) -> Record {
        Record(["key": .text(cell.key), "n": .integer(cell.n), "rate": decimal(cell.rate), "low": decimal(cell.low),
                "high": decimal(cell.high), "suppressed": .boolean(cell.suppressed), "k": cell.k.map(CellValue.integer) ?? .null])
    }

    static func decimal(_ value: Double?) -> CellValue { value.map(CellValue.decimal) ?? .null }

    private func noResponses(form: String, semester: String?) -> LocalizedText {
        guard let semester else {
            return LocalizedText(zh: "问卷 '\(form)' 还没有任何回复，无法计算比率", en: "'\(form)' has no responses yet: there is no rate to show")
        }
        return LocalizedText(zh: "问卷 '\(form)' 在学期 '\(semester)' 还没有回复，无法计算比率",
                             en: "'\(form)' has no responses in '\(semester)' yet: there is no rate to show")
    }

    private func note(_ text: LocalizedText) {
        session.reportRemark("note", text)
    }
}
