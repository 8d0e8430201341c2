import Model
import School
import Reports
import Store

/// `report summary [--html FILE]`: the three figures beside last semester's, the most and least
/// satisfied modules and the number of comments; the page adds the breakdowns and the answers.
struct SummaryReport {
    let session: Session

    func run(semester semesterID: String?, html path: String?) throws -> CommandResult {
        let summary = try build(semester: semesterID)
        if summary.responses == 0 {
            session.reportRemark("note", LocalizedText(zh: "本学期问卷还没有回复，知晓率和满意率无法计算",
                                                       en: "the survey has no responses this semester yet: awareness and satisfaction cannot be computed"))
        }
        if let path { try ReportPage.write(HTMLReport.render(summary: summary, language: session.language), to: path) }
        return result(summary, page: path)
    }

    /// Everything the summary and its page show.
    func build(semester semesterID: String?) throws -> Summary {
        let semester = try session.school.reportSemester(semesterID)
        let database = try session.school.database()
        let policy = try session.school.policy()
        let catalog = session.school.catalog()
        let figures = try SurveyFigures(session: session)
        // A school has hundreds of responses; a district's test file may have a million: say what is going on.
        let progress = ProgressLine()
        defer { progress.done() }
        let zh = session.language == .zh
        let all = try database.semesters().all
        let previous = all.firstIndex { $0.id == semester.id }.flatMap { $0 > 0 ? all[$0 - 1] : nil }

        func coverage(_ semester: Semester) throws -> Proportion {
            let counts = try database.coverageCounts(semester: semester.id)
            return Figures.coverage(enrolled: counts.enrolled, roster: counts.roster)
        }
        func comparison(_ value: (Semester) throws -> Proportion) throws -> SemesterComparison {
            SemesterComparison(current: try value(semester), previous: try previous.map(value))
        }
        progress.show(zh ? "统计回复…" : "counting responses…")
        let counts = try database.surveyCounts(semester: semester.id, form: figures.form)
        let questions = (catalog.form(id: figures.form)?.questions ?? []) + catalog.modules.flatMap(\.survey)
        let comments = try database.answeredCount(semester: semester.id, form: figures.form,
                                                  questions: questions.filter { $0.type == .text }.map(\.id))
        progress.show(zh ? "按模块、年级统计…" : "breaking down by module and grade…")
        let byModule = try figures.satisfaction.breakdown(in: database, semester: semester.id, form: figures.form, by: .group("module"))
        let byGrade = try figures.satisfaction.breakdown(in: database, semester: semester.id, form: figures.form, by: .group("grade"))
        let classes = try database.classCoverage(semester: semester.id)
        let coverageByGrade = Dictionary(grouping: classes, by: \.grade).sorted { $0.key < $1.key }.map { grade, classes in
            CoverageCell(key: String(grade), enrolled: classes.reduce(0) { $0 + $1.enrolled }, roster: classes.reduce(0) { $0 + $1.roster })
        }
        progress.show(zh ? "对比上学期…" : "comparing with last semester…")
        return Summary(
            school: policy.school, semester: semester.id, previousSemester: previous?.id,
            coverage: try comparison(coverage),
            awareness: try comparison { try figures.awareness.proportion(in: database, semester: $0.id, form: figures.form) },
            satisfaction: try comparison { try figures.satisfaction.proportion(in: database, semester: $0.id, form: figures.form) },
            invited: counts.invited, responses: counts.responses, comments: comments,
            satisfactionByModule: Breakdown(dimension: .module, counts: byModule),
            moduleNames: Dictionary(catalog.modules.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            satisfactionByGrade: Breakdown(dimension: .grade, counts: byGrade),
            coverageByGrade: coverageByGrade,
            distributions: try distributions(questions, database: database, semester: semester.id, form: figures.form))
    }

    /// The answers to every scale question: the form's always, a module's when anyone answered it.
    private func distributions(_ questions: [Question], database: AppDatabase, semester: String, form: String) throws -> [ScaleDistribution] {
        let scales = questions.filter { $0.type == .scale }
        let counts = try database.answerCounts(semester: semester, form: form, questions: scales.map(\.id))
        let formQuestions = Set(session.school.catalog().form(id: form)?.questions.map(\.id) ?? [])
        return scales.compactMap { question in
            let answers = counts[question.id] ?? [:]
            guard formQuestions.contains(question.id) || !answers.isEmpty else { return nil }
            var points: [Int: Int] = [:]
            for (text, count) in answers { if let point = Int(text) { points[point, default: 0] += count } }
            return ScaleDistribution(question: question, counts: points)
        }
    }

    private func result(_ summary: Summary, page: String?) -> CommandResult {
        let language = session.language
        func figure(_ key: String, _ name: LocalizedText, _ comparison: SemesterComparison) -> Record {
            let current = comparison.current
            return Record(["figure": .text(key), "name": .text(name.text(language)), "rate": FigureReport.decimal(current.rate),
                           "k": .integer(current.k), "n": .integer(current.n), "low": FigureReport.decimal(current.low),
                           "high": FigureReport.decimal(current.high), "previous": FigureReport.decimal(comparison.previous?.rate),
                           "change": FigureReport.decimal(comparison.change)])
        }
        let figures = CommandResult.listing(
            columns: [Column("figure", zh: "指标", en: "figure"), Column("name", zh: "名称", en: "name"), Column("rate", zh: "本学期", en: "rate"),
                      Column("k", zh: "人数", en: "k"), Column("n", zh: "基数 n", en: "n"),
                      Column("low", zh: "95% 区间下限", en: "low"), Column("high", zh: "95% 区间上限", en: "high"),
                      Column("previous", zh: "上学期", en: "last semester"), Column("change", zh: "变化", en: "change")],
            records: [
                figure("coverage", LocalizedText(zh: "覆盖度", en: "coverage"), summary.coverage),
                figure("awareness", LocalizedText(zh: "知晓率", en: "awareness"), summary.awareness),
                figure("satisfaction", LocalizedText(zh: "满意率", en: "satisfaction"), summary.satisfaction),
            ])
        func module(_ cell: BreakdownCell?) -> CellValue { cell.map { .text($0.key) } ?? .null }
        let facts = CommandResult.object(
            columns: [Column("school", zh: "学校", en: "school"), Column("semester", zh: "学期", en: "semester"),
                      Column("previous_semester", zh: "对比学期", en: "compared with"),
                      Column("invited", zh: "已发问卷码", en: "codes issued"), Column("responses", zh: "回复", en: "responses"),
                      Column("response_rate", zh: "回收率", en: "response rate"),
                      Column("most_satisfied_module", zh: "最满意的模块", en: "most satisfied module"),
                      Column("most_satisfied_rate", zh: "其满意率", en: "its satisfaction"),
                      Column("least_satisfied_module", zh: "最不满意的模块", en: "least satisfied module"),
                      Column("least_satisfied_rate", zh: "其满意率", en: "its satisfaction"),
                      Column("comments", zh: "文字意见", en: "written comments"), Column("page", zh: "网页", en: "page")],
            record: Record(["school": .text(summary.school.name.text(language)), "semester": .text(summary.semester),
                            "previous_semester": summary.previousSemester.map(CellValue.text) ?? .null,
                            "invited": .integer(summary.invited), "responses": .integer(summary.responses),
                            "response_rate": FigureReport.decimal(summary.responseRate),
                            "most_satisfied_module": module(summary.mostSatisfiedModule),
                            "most_satisfied_rate": FigureReport.decimal(summary.mostSatisfiedModule?.rate),
                            "least_satisfied_module": module(summary.leastSatisfiedModule),
                            "least_satisfied_rate": FigureReport.decimal(summary.leastSatisfiedModule?.rate),
                            "comments": .integer(summary.comments), "page": page.map(CellValue.text) ?? .null]))
        return .sections([
            Section("figures", zh: "三项指标", en: "The three figures", figures),
            Section("facts", zh: "概况", en: "Facts", facts),
        ])
    }
}
