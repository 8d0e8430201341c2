import Foundation
import Model
import School
import Reports
import Store

/// `report coverage`: who takes part (students enrolled out of the roster, by grade, class, day
/// and segment), how full the clubs are, and how the students fared against their choices.
struct CoverageReport {
    let session: Session

    func run(semester semesterID: String?) throws -> CommandResult {
        let semester = try session.school.reportSemester(semesterID)
        let database = try session.school.database()
        let policy = try session.school.policy()
        let language = session.language
        let classes = try database.classCoverage(semester: semester.id)
        let roster = classes.reduce(0) { $0 + $1.roster }
        let enrolled = classes.reduce(0) { $0 + $1.enrolled }
        let total = Figures.coverage(enrolled: enrolled, roster: roster)
        let state = try database.reportedAllocationState(semester: semester.id)
        if roster == 0 {
            note(LocalizedText(zh: "名册为空，无法计算覆盖度", en: "the roster is empty: there is no coverage to show"))
        }
        if state == nil {
            note(LocalizedText(zh: "学期 '\(semester.id)' 还没有运行分配，不统计名额和志愿", en: "no allocation has been run for '\(semester.id)': seats and choices are not counted"))
        }
        let allocation: CellValue = state.map { .text($0.rawValue) } ?? .null
        let summary = CommandResult.object(
            columns: [Column("semester", zh: "学期", en: "semester"), Column("roster", zh: "名册人数", en: "on roster"),
                      Column("enrolled", zh: "参加人数", en: "enrolled"), Column("rate", zh: "覆盖度", en: "coverage"),
                      Column("low", zh: "95% 区间下限", en: "95% interval low"), Column("high", zh: "95% 区间上限", en: "95% interval high"),
                      Column("allocation", zh: "按哪次分配", en: "allocation counted")],
            record: Record(["semester": .text(semester.id), "roster": .integer(roster), "enrolled": .integer(enrolled),
                            "rate": FigureReport.decimal(total.rate), "low": FigureReport.decimal(total.low),
                            "high": FigureReport.decimal(total.high), "allocation": allocation]))
        return .sections([
            Section("coverage", zh: "覆盖度", en: "Coverage", summary),
            Section("by_grade", zh: "各年级", en: "By grade", byGrade(classes)),
            Section("by_class", zh: "各班级", en: "By class", byClass(classes)),
            Section("by_slot", zh: "各星期、时段", en: "By day and segment",
                    try bySlot(database.enrolments(semester: semester.id), policy: policy, roster: roster)),
            Section("modules", zh: "各模块社团与名额", en: "Clubs and seats by module",
                    try modules(database.clubSeats(semester: semester.id, state: state), allocation: allocation, language)),
            Section("choices", zh: "志愿满足情况", en: "Choices met",
                    try choices(state.map { try database.placementOutcomes(semester: semester.id, state: $0) }, allocation: allocation)),
        ])
    }

    private static let rosterColumns = [
        Column("roster", zh: "名册人数", en: "on roster"), Column("enrolled", zh: "参加人数", en: "enrolled"),
        Column("rate", zh: "覆盖度", en: "coverage"),
    ]

    private func byGrade(_ classes: [ClassCoverage]) -> CommandResult {
        let grades = Dictionary(grouping: classes, by: \.grade).sorted { $0.key < $1.key }
        return .listing(columns: [Column("grade", zh: "年级", en: "grade")] + Self.rosterColumns, records: grades.map { grade, classes in
            let cell = CoverageCell(key: String(grade), enrolled: classes.reduce(0) { $0 + $1.enrolled }, roster: classes.reduce(0) { $0 + $1.roster })
            return Record(["grade": .integer(grade), "roster": .integer(cell.roster), "enrolled": .integer(cell.enrolled),
                           "rate": FigureReport.decimal(cell.rate)])
        })
    }

    private func byClass(_ classes: [ClassCoverage]) -> CommandResult {
        let sorted = classes.sorted { a, b in
            a.grade != b.grade ? a.grade < b.grade : a.className.compare(b.className, options: .numeric) == .orderedAscending
        }
        return .listing(columns: [Column("class", zh: "班级", en: "class"), Column("grade", zh: "年级", en: "grade")] + Self.rosterColumns,
                        records: sorted.map { item in
                            Record(["class": .text(item.className), "grade": .integer(item.grade), "roster": .integer(item.roster),
                                    "enrolled": .integer(item.enrolled),
                                    "rate": FigureReport.decimal(Figures.ratio(item.enrolled, over: item.roster))])
                        })
    }

    /// Students enrolled on each service day in each segment: their days include the day and their
    /// enrolment reaches the segment.
    private func bySlot(_ enrolments: [Enrolment], policy: Policy, roster: Int) -> CommandResult {
        let segmentIndex = Dictionary(policy.segments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var records: [Record] = []
        for day in policy.days {
            for (index, segment) in policy.segments.enumerated() {
                let count = enrolments.count { $0.days.contains(day) && (segmentIndex[$0.until] ?? -1) >= index }
                records.append(Record(["day": .text(day.rawValue), "segment": .text(segment.id), "enrolled": .integer(count),
                                       "rate": FigureReport.decimal(Figures.ratio(count, over: roster))]))
            }
        }
        return .listing(columns: [Column("day", zh: "星期", en: "day"), Column("segment", zh: "时段", en: "segment"),
                                  Column("enrolled", zh: "参加人数", en: "enrolled"), Column("rate", zh: "占名册", en: "of roster")],
                        records: records)
    }

    private func modules(_ clubs: [ClubSeats], allocation: CellValue, _ language: Language) -> CommandResult {
        let catalog = session.school.catalog()
        let byModule = Dictionary(grouping: clubs, by: \.module).sorted { $0.key < $1.key }
        let counted = allocation != .null
        let records = byModule.map { module, clubs -> Record in
            let open = clubs.filter { !$0.cancelled }
            let seats = open.reduce(0) { $0 + $1.capacity }
            let filled = open.reduce(0) { $0 + ($1.filled ?? 0) }
            return Record(["module": .text(module), "name": .text(catalog.module(id: module)?.name.text(language) ?? module),
                           "clubs": .integer(clubs.count), "cancelled": .integer(clubs.count - open.count), "seats": .integer(seats),
                           "filled": counted ? .integer(filled) : .null,
                           "fill_rate": counted ? FigureReport.decimal(Figures.ratio(filled, over: seats)) : .null])
        }
        return .listing(columns: [Column("module", zh: "模块", en: "module"), Column("name", zh: "名称", en: "name"),
                                  Column("clubs", zh: "社团", en: "clubs"), Column("cancelled", zh: "取消", en: "cancelled"),
                                  Column("seats", zh: "名额", en: "seats"), Column("filled", zh: "已分配", en: "filled"),
                                  Column("fill_rate", zh: "满额率", en: "fill rate")],
                        records: records)
    }

    private func choices(_ outcomes: PlacementOutcomes?, allocation: CellValue) -> CommandResult {
        func count(_ value: Int?) -> CellValue { value.map(CellValue.integer) ?? .null }
        func share(_ part: Int?, _ whole: Int?) -> CellValue {
            guard let part, let whole else { return .null }
            return FigureReport.decimal(Figures.ratio(part, over: whole))
        }
        let o = outcomes
        return .object(
            columns: [Column("allocation", zh: "按哪次分配", en: "allocation counted"), Column("placed", zh: "已安排学生", en: "students placed"),
                      Column("ranked", zh: "填了志愿", en: "ranked a club"),
                      Column("first_choice", zh: "得到第一志愿", en: "got their first choice"),
                      Column("first_choice_rate", zh: "占填志愿者", en: "of those who ranked"),
                      Column("any_choice", zh: "得到某个志愿", en: "got a club they ranked"),
                      Column("any_choice_rate", zh: "占填志愿者", en: "of those who ranked"),
                      Column("study_group_only", zh: "只在学习组", en: "study groups only"),
                      Column("study_group_only_rate", zh: "占已安排", en: "of students placed")],
            record: Record(["allocation": allocation, "placed": count(o?.placed), "ranked": count(o?.ranked),
                            "first_choice": count(o?.firstChoice), "first_choice_rate": share(o?.firstChoice, o?.ranked),
                            "any_choice": count(o?.anyChoice), "any_choice_rate": share(o?.anyChoice, o?.ranked),
                            "study_group_only": count(o?.studyGroupOnly), "study_group_only_rate": share(o?.studyGroupOnly, o?.placed)]))
    }

    private func note(_ text: LocalizedText) {
        session.reportRemark("note", text)
    }
}
