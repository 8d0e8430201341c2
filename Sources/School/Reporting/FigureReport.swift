import Model
import Reports
import Store

/// One of the policy's survey figures for a semester (`report awareness`, `report satisfaction`):
/// its expression over the semester's responses, as one figure or broken down by module, grade,
/// class or semester.
public struct FigureReport {
    /// The figure as one rate with the semester's responses and codes, or broken down with small
    /// cells suppressed.
    public enum Figure {
        case whole(SurveyFigureReport)
        case breakdown(Breakdown)
    }

    /// The `--by` values, in the order the hint lists them.
    static let dimensions: [Breakdown.Dimension] = [.module, .grade, .class, .semester]

    public let measure: SurveyMeasure
    public let semester: String
    /// The form whose responses are counted.
    public let form: String
    /// The policy's expression, as it writes it.
    public let countedAs: String
    public let figure: Figure
    /// What to say beside the figure: no responses yet, or responses left out for not answering.
    public let notes: [LocalizedText]

    /// The figure `measure` of semester `semesterID` (nil: the current one), broken down by the
    /// dimension named `dimensionName` (nil: one figure), read from one state of the file.
    public init(
        _ school: SchoolContext, measure: SurveyMeasure, by dimensionName: String?, semester semesterID: String?
    ) throws {
        self = try school.reading {
            try Self(reading: school, measure: measure, by: dimensionName, semester: semesterID)
        }
    }

    private init(
        reading school: SchoolContext, measure: SurveyMeasure, by dimensionName: String?, semester semesterID: String?
    ) throws {
        let dimension = try dimensionName.map(Self.dimension)
        let semester = try school.reportSemester(semesterID)
        let database = try school.database()
        let figures = try SurveyFigures(school)
        let figure = figures[measure]
        self.measure = measure
        self.semester = semester.id
        form = figures.form
        countedAs = figure.source
        guard let dimension else {
            let proportion = try figure.proportion(in: database, semester: semester.id, form: form)
            let counts = try database.surveyCounts(semester: semester.id, form: form)
            let report = SurveyFigureReport(
                measure: measure, k: proportion.k, n: proportion.n, responses: counts.responses, invited: counts.invited
            )
            if report.responses == 0 {
                notes = [Self.noResponses(form: form, semester: semester.id)]
            } else if report.n < report.responses {
                let read = figure.questions.map { "'\($0)'" }.joined(separator: ", ")
                notes = [
                    LocalizedText(
                        zh: "\(report.responses) 份回复中有 \(report.responses - report.n) 份没有回答 \(read)，不计入",
                        en:
                            "\(report.responses - report.n) of \(report.responses) responses leave \(read) "
                            + "unanswered and are not counted"
                    )
                ]
            } else {
                notes = []
            }
            self.figure = .whole(report)
            return
        }
        let grouping: TallyGrouping = dimension == .semester ? .semester : .group(dimension.rawValue)
        let order = try database.semesters().all.map(\.id)
        // Every grade and class of the roster, and every module with a club, has its line, so that
        // what is shown does not depend on which keys the responses kept.
        let everyKey: [String]
        switch dimension {
        case .grade: everyKey = try database.students().map { String($0.grade) }
        case .class: everyKey = try database.students().map(\.className)
        case .module: everyKey = try database.clubs(semester: semester.id).map(\.module)
        case .semester: everyKey = []
        }
        let counts = try figure.breakdown(
            in: database, semester: semester.id, form: form, by: grouping, semesterOrder: order, everyKey: everyKey)
        if counts.contains(where: { $0.n > 0 }) {
            notes = []
        } else if dimension != .semester, try database.surveyCounts(semester: semester.id, form: form).responses > 0 {
            // Responses are there, but none kept this key: it was too rare to keep (k-anonymity).
            let name: LocalizedText =
                switch dimension {
                case .module: LocalizedText(zh: "模块", en: "module")
                case .grade: LocalizedText(zh: "年级", en: "grade")
                case .class, .semester: LocalizedText(zh: "班级", en: "class")
                }
            notes = [
                LocalizedText(
                    zh: "没有回复保留\(name.text(.zh))：少于 \(BreakdownKeys.k) 个家庭共有的组合在保存时已合并",
                    en: "no response kept its \(name.text(.en)): combinations shared by fewer than "
                        + "\(BreakdownKeys.k) families are made coarser when a response is stored")
            ]
        } else {
            notes = [Self.noResponses(form: form, semester: dimension == .semester ? nil : semester.id)]
        }
        self.figure = .breakdown(Breakdown(dimension: dimension, counts: counts))
    }

    /// The dimension `--by` names, or a refusal that lists them.
    static func dimension(_ name: String) throws -> Breakdown.Dimension {
        guard let dimension = Breakdown.Dimension(rawValue: name) else {
            let list = dimensions.map(\.rawValue)
            let near = Suggestion.closest(to: name, among: list)
            throw Refusal(
                LocalizedText(zh: "--by：不能按 '\(name)' 分组", en: "--by: cannot break down by '\(name)'"),
                hint: LocalizedText(
                    zh: (near.map { "您是不是要写 '\($0)'？" } ?? "") + "可以按 " + list.joined(separator: "、") + " 分组",
                    en: (near.map { "did you mean '\($0)'? " } ?? "") + "--by takes " + list.joined(separator: ", ")))
        }
        return dimension
    }

    private static func noResponses(form: String, semester: String?) -> LocalizedText {
        guard let semester else {
            return LocalizedText(
                zh: "问卷 '\(form)' 还没有任何回复，无法计算比率", en: "'\(form)' has no responses yet: there is no rate to show")
        }
        return LocalizedText(
            zh: "问卷 '\(form)' 在学期 '\(semester)' 还没有回复，无法计算比率",
            en: "'\(form)' has no responses in '\(semester)' yet: there is no rate to show")
    }
}
