import Model
import Reports
import School

extension DistrictReporting {
    /// The schools and the district's totals as `report district` shows them, naming `page`, the
    /// file the page was written to.
    func result(_ report: DistrictReport, page: String?, _ language: Language) -> CommandResult {
        let decimal = FigureReport.decimal
        func values(_ row: DistrictReport.Row) -> [String: CellValue] {
            [
                "school": row.school.map(CellValue.text) ?? .null, "name": .text(row.name.text(language)),
                "coverage": decimal(row.coverage.rate), "awareness": decimal(row.awareness.rate),
                "satisfaction": decimal(row.satisfaction.rate),
                "n": .integer(row.n), "enrolled": .integer(row.coverage.k), "roster": .integer(row.coverage.n),
                "awareness_n": .integer(row.awareness.n), "awareness_low": decimal(row.awareness.low),
                "awareness_high": decimal(row.awareness.high),
                "satisfaction_n": .integer(row.satisfaction.n), "satisfaction_low": decimal(row.satisfaction.low),
                "satisfaction_high": decimal(row.satisfaction.high), "invited": .integer(row.invited),
                "response_rate": decimal(row.responseRate),
            ]
        }
        let head = [
            Column("school", zh: "学校编号", en: "school"), Column("name", zh: "学校", en: "name"),
            Column("semester", zh: "学期", en: "semester"),
        ]
        let figures = [
            Column("coverage", zh: "覆盖度", en: "coverage"), Column("awareness", zh: "知晓率", en: "awareness"),
            Column("satisfaction", zh: "满意率", en: "satisfaction"), Column("n", zh: "回复", en: "n"),
        ]
        let detail = [
            Column("enrolled", zh: "参加人数", en: "enrolled"), Column("roster", zh: "名册人数", en: "on roster"),
            Column("awareness_n", zh: "知晓率 n", en: "awareness n"),
            Column("awareness_low", zh: "知晓率下限", en: "awareness low"),
            Column("awareness_high", zh: "知晓率上限", en: "awareness high"),
            Column("satisfaction_n", zh: "满意率 n", en: "satisfaction n"),
            Column("satisfaction_low", zh: "满意率下限", en: "satisfaction low"),
            Column("satisfaction_high", zh: "满意率上限", en: "satisfaction high"),
            Column("invited", zh: "已发问卷码", en: "codes issued"), Column("response_rate", zh: "回收率", en: "response rate"),
        ]
        let rows = zip(report.schools, schools).map { row, school -> Record in
            var record = values(row)
            record["semester"] = school.semester.map(CellValue.text) ?? .null
            record["offers_service"] = .boolean(school.figures.offersService)
            record["file"] = .text(school.path)
            return Record(record)
        }
        var district = values(report.district)
        district["semester"] = .text(report.semester)
        district["schools"] = .integer(report.schoolCoverage.n)
        district["schools_offering"] = .integer(report.schoolCoverage.k)
        district["school_coverage"] = decimal(report.schoolCoverage.rate)
        district["page"] = page.map(CellValue.text) ?? .null
        return .sections([
            Section(
                "schools", zh: "各校", en: "Schools",
                .listing(
                    columns: head + figures + [Column("offers_service", zh: "开展服务", en: "offers service")] + detail + [
                        Column("file", zh: "文件", en: "file")
                    ],
                    records: rows)),
            Section(
                "district", zh: "全区合计", en: "District",
                .object(
                    columns: head + figures + [
                        Column("schools", zh: "学校数", en: "schools"),
                        Column("schools_offering", zh: "开展服务的学校", en: "schools offering service"),
                        Column("school_coverage", zh: "学校覆盖率", en: "school coverage"),
                    ] + detail + [Column("page", zh: "网页", en: "page")],
                    record: Record(district))),
        ])
    }
}
