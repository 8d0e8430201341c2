import Model
import Reports
import School

extension CoverageReport {
    /// The coverage as `report coverage` shows it: the whole school, then a section per breakdown.
    func result(_ language: Language) -> CommandResult {
        let decimal = FigureReport.decimal
        let allocation: CellValue = self.allocation.map { .text($0.rawValue) } ?? .null
        let summary = CommandResult.object(
            columns: [
                Column("semester", zh: "学期", en: "semester"), Column("roster", zh: "名册人数", en: "on roster"),
                Column("enrolled", zh: "参加人数", en: "enrolled"), Column("rate", zh: "覆盖度", en: "coverage"),
                Column("low", zh: "95% 区间下限", en: "95% interval low"),
                Column("high", zh: "95% 区间上限", en: "95% interval high"),
                Column("allocation", zh: "按哪次分配", en: "allocation counted"),
            ],
            record: Record([
                "semester": .text(semester), "roster": .integer(roster), "enrolled": .integer(enrolled),
                "rate": decimal(coverage.rate), "low": decimal(coverage.low), "high": decimal(coverage.high),
                "allocation": allocation,
            ]))
        let byGrade = CommandResult.listing(
            columns: [Column("grade", zh: "年级", en: "grade")] + Self.rosterColumns,
            records: grades.map { item in
                Record([
                    "grade": .integer(item.grade), "roster": .integer(item.coverage.roster),
                    "enrolled": .integer(item.coverage.enrolled),
                    "rate": decimal(item.coverage.rate),
                ])
            })
        let byClass = CommandResult.listing(
            columns: [Column("class", zh: "班级", en: "class"), Column("grade", zh: "年级", en: "grade")]
                + Self.rosterColumns,
            records: classes.map { item in
                Record([
                    "class": .text(item.className), "grade": .integer(item.grade), "roster": .integer(item.roster),
                    "enrolled": .integer(item.enrolled), "rate": decimal(item.rate),
                ])
            })
        let bySlot = CommandResult.listing(
            columns: [
                Column("day", zh: "星期", en: "day"), Column("segment", zh: "时段", en: "segment"),
                Column("enrolled", zh: "参加人数", en: "enrolled"), Column("rate", zh: "占名册", en: "of roster"),
            ],
            records: slots.map { slot in
                Record([
                    "day": .text(slot.day.rawValue), "segment": .text(slot.segment),
                    "enrolled": .integer(slot.enrolled),
                    "rate": decimal(slot.rate),
                ])
            })
        return .sections([
            Section("coverage", zh: "覆盖度", en: "Coverage", summary),
            Section("by_grade", zh: "各年级", en: "By grade", byGrade),
            Section("by_class", zh: "各班级", en: "By class", byClass),
            Section("by_slot", zh: "各星期、时段", en: "By day and segment", bySlot),
            Section("modules", zh: "各模块社团与名额", en: "Clubs and seats by module", moduleSeats(language)),
            Section("choices", zh: "志愿满足情况", en: "Choices met", choicesMet(allocation: allocation)),
        ])
    }

    private static let rosterColumns = [
        Column("roster", zh: "名册人数", en: "on roster"), Column("enrolled", zh: "参加人数", en: "enrolled"),
        Column("rate", zh: "覆盖度", en: "coverage"),
    ]

    private func moduleSeats(_ language: Language) -> CommandResult {
        let records = modules.map { item in
            Record([
                "module": .text(item.module), "name": .text(item.name?.text(language) ?? item.module),
                "clubs": .integer(item.clubs), "cancelled": .integer(item.cancelled), "seats": .integer(item.seats),
                "filled": item.filled.map(CellValue.integer) ?? .null, "fill_rate": FigureReport.decimal(item.fillRate),
            ])
        }
        return .listing(
            columns: [
                Column("module", zh: "模块", en: "module"), Column("name", zh: "名称", en: "name"),
                Column("clubs", zh: "社团", en: "clubs"), Column("cancelled", zh: "取消", en: "cancelled"),
                Column("seats", zh: "名额", en: "seats"), Column("filled", zh: "已分配", en: "filled"),
                Column("fill_rate", zh: "满额率", en: "fill rate"),
            ],
            records: records)
    }

    private func choicesMet(allocation: CellValue) -> CommandResult {
        func count(_ value: Int?) -> CellValue { value.map(CellValue.integer) ?? .null }
        let decimal = FigureReport.decimal
        let o = choices?.outcomes
        return .object(
            columns: [
                Column("allocation", zh: "按哪次分配", en: "allocation counted"),
                Column("placed", zh: "已安排学生", en: "students placed"),
                Column("ranked", zh: "填了志愿", en: "ranked a club"),
                Column("first_choice", zh: "得到第一志愿", en: "got their first choice"),
                Column("first_choice_rate", zh: "占填志愿者", en: "of those who ranked"),
                Column("any_choice", zh: "得到某个志愿", en: "got a club they ranked"),
                Column("any_choice_rate", zh: "占填志愿者", en: "of those who ranked"),
                Column("study_group_only", zh: "只在学习组", en: "study groups only"),
                Column("study_group_only_rate", zh: "占已安排", en: "of students placed"),
            ],
            record: Record([
                "allocation": allocation, "placed": count(o?.placed), "ranked": count(o?.ranked),
                "first_choice": count(o?.firstChoice), "first_choice_rate": decimal(choices?.firstChoiceRate),
                "any_choice": count(o?.anyChoice), "any_choice_rate": decimal(choices?.anyChoiceRate),
                "study_group_only": count(o?.studyGroupOnly),
                "study_group_only_rate": decimal(choices?.studyGroupOnlyRate),
            ]))
    }
}
