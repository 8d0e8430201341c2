import Model
import Reports
import Store

/// The semester's summary (`report summary`): the three figures beside last semester's, the most
/// and least satisfied modules and the number of comments, with the breakdowns and answers the
/// page adds.
public struct SummaryReport {
    public let summary: Summary
    /// What to say beside it: the survey has no responses yet.
    public let notes: [LocalizedText]

    /// The summary of semester `semesterID` (nil: the current one). A school has hundreds of
    /// responses, a district's test file may have a million: `progress` hears what is going on.
    /// Read from one state of the file.
    public init(_ school: SchoolContext, semester semesterID: String?, progress: (LocalizedText) -> Void = { _ in })
        throws
    {
        self = try school.reading { try Self(reading: school, semester: semesterID, progress: progress) }
    }

    private init(reading school: SchoolContext, semester semesterID: String?, progress: (LocalizedText) -> Void) throws
    {
        let semester = try school.reportSemester(semesterID)
        let database = try school.database()
        let policy = try school.policy()
        let catalog = school.catalog()
        let figures = try SurveyFigures(school)
        let all = try database.semesters().all
        let previous = all.firstIndex { $0.id == semester.id }.flatMap { $0 > 0 ? all[$0 - 1] : nil }

        func coverage(_ semester: Semester) throws -> Proportion {
            let counts = try database.coverageCounts(semester: semester.id)
            return Figures.coverage(enrolled: counts.enrolled, roster: counts.roster)
        }
        func comparison(_ value: (Semester) throws -> Proportion) throws -> SemesterComparison {
            SemesterComparison(current: try value(semester), previous: try previous.map(value))
        }
        progress(LocalizedText(zh: "统计回复…", en: "counting responses…"))
        let counts = try database.surveyCounts(semester: semester.id, form: figures.form)
        let formQuestions = catalog.form(id: figures.form)?.questions ?? []
        let questions = formQuestions + catalog.modules.flatMap(\.survey)
        let comments = try database.answeredCount(
            semester: semester.id, form: figures.form,
            questions: questions.filter { $0.type == .text }.map(\.id))
        progress(LocalizedText(zh: "按模块、年级统计…", en: "breaking down by module and grade…"))
        let byModule = try figures.satisfaction.breakdown(
            in: database, semester: semester.id, form: figures.form, by: .group("module"))
        let byGrade = try figures.satisfaction.breakdown(
            in: database, semester: semester.id, form: figures.form, by: .group("grade"))
        let classes = try database.classCoverage(semester: semester.id)
        progress(LocalizedText(zh: "对比上学期…", en: "comparing with last semester…"))
        summary = Summary(
            school: policy.school, semester: semester.id, previousSemester: previous?.id,
            coverage: try comparison(coverage),
            awareness: try comparison {
                try figures.awareness.proportion(in: database, semester: $0.id, form: figures.form)
            },
            satisfaction: try comparison {
                try figures.satisfaction.proportion(in: database, semester: $0.id, form: figures.form)
            },
            invited: counts.invited, responses: counts.responses, comments: comments,
            satisfactionByModule: Breakdown(dimension: .module, counts: byModule),
            moduleNames: Dictionary(catalog.modules.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            satisfactionByGrade: Breakdown(dimension: .grade, counts: byGrade),
            coverageByGrade: CoverageReport.grades(classes).map(\.coverage),
            distributions: try Self.distributions(
                questions, formQuestions: Set(formQuestions.map(\.id)), database: database,
                semester: semester.id, form: figures.form))
        notes =
            counts.responses == 0
            ? [
                LocalizedText(
                    zh: "本学期问卷还没有回复，知晓率和满意率无法计算",
                    en: "the survey has no responses this semester yet: awareness and satisfaction cannot be computed")
            ]
            : []
    }

    /// The answers to every scale question: the form's always, a module's when anyone answered it.
    private static func distributions(
        _ questions: [Question], formQuestions: Set<String>, database: AppDatabase,
        semester: String, form: String
    ) throws -> [ScaleDistribution] {
        let scales = questions.filter { $0.type == .scale }
        let counts = try database.answerCounts(semester: semester, form: form, questions: scales.map(\.id))
        return scales.compactMap { question in
            let answers = counts[question.id] ?? [:]
            guard formQuestions.contains(question.id) || !answers.isEmpty else { return nil }
            var points: [Int: Int] = [:]
            for (text, count) in answers { if let point = Int(text) { points[point, default: 0] += count } }
            return ScaleDistribution(question: question, counts: points)
        }
    }
}
