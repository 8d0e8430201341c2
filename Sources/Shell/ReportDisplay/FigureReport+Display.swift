import Model
import Reports
import School

extension FigureReport {
    /// The figure as `report awareness` and `report satisfaction` show it: one row, or a row per cell.
    func result() -> CommandResult {
        switch figure {
        case .whole(let report): whole(report)
        case .breakdown(let breakdown):
            .listing(columns: Self.breakdownColumns(breakdown.dimension), records: breakdown.cells.map(Self.record))
        }
    }

    private func whole(_ report: SurveyFigureReport) -> CommandResult {
        let name = Self.measureName(measure)
        let columns = [
            Column("rate", zh: name.text(.zh), en: name.text(.en)),
            Column("n", zh: "计入回复 n", en: "n (responses counted)"),
            Column("low", zh: "95% 区间下限", en: "95% interval low"),
            Column("high", zh: "95% 区间上限", en: "95% interval high"),
            Column("invited", zh: "已发问卷码", en: "codes issued"), Column("response_rate", zh: "回收率", en: "response rate"),
            Column(
                "k", zh: measure == .satisfaction ? "满意" : "知晓", en: measure == .satisfaction ? "satisfied" : "aware"),
            Column("responses", zh: "回复", en: "responses"), Column("semester", zh: "学期", en: "semester"),
            Column("form", zh: "问卷", en: "form"), Column("counted_as", zh: "口径", en: "counted as"),
        ]
        return .object(
            columns: columns,
            record: Record([
                "rate": Self.decimal(report.rate), "n": .integer(report.n), "low": Self.decimal(report.low),
                "high": Self.decimal(report.high),
                "invited": .integer(report.invited), "response_rate": Self.decimal(report.responseRate),
                "k": .integer(report.k),
                "responses": .integer(report.responses), "semester": .text(semester), "form": .text(form),
                "counted_as": .text(countedAs),
            ]))
    }

    static func measureName(_ measure: SurveyMeasure) -> LocalizedText {
        measure == .satisfaction
            ? LocalizedText(zh: "满意率", en: "satisfaction") : LocalizedText(zh: "知晓率", en: "awareness")
    }

    static func breakdownColumns(_ dimension: Breakdown.Dimension) -> [Column] {
        let key: Column
        switch dimension {
        case .module: key = Column("key", zh: "模块", en: "module")
        case .grade: key = Column("key", zh: "年级", en: "grade")
        case .class: key = Column("key", zh: "班级", en: "class")
        case .semester: key = Column("key", zh: "学期", en: "semester")
        }
        return [
            key, Column("n", zh: "计入回复 n", en: "n"), Column("rate", zh: "比率", en: "rate"),
            Column("low", zh: "95% 区间下限", en: "low"), Column("high", zh: "95% 区间上限", en: "high"),
            Column("suppressed", zh: "少于 5 份不显示", en: "suppressed"), Column("k", zh: "人数", en: "k"),
        ]
    }

    static func record(_ cell: BreakdownCell) -> Record {
        Record([
            "key": .text(cell.key), "n": .integer(cell.n), "rate": decimal(cell.rate), "low": decimal(cell.low),
            "high": decimal(cell.high), "suppressed": .boolean(cell.suppressed),
            "k": cell.k.map(CellValue.integer) ?? .null,
        ])
    }

    static func decimal(_ value: Double?) -> CellValue { value.map(CellValue.decimal) ?? .null }
}
