import Model
import School
import Reports
import Store
import Surveys

/// `survey results FORM [--by module|grade|class]`: per question, how many chose each option and
/// the share of those who answered; a scale's mean; the free-text comments. A breakdown cell with
/// fewer than 5 responses shows no figures (and the next smallest goes too when it is the only
/// one), as in the reports.
struct SurveyResults {
    let session: Session

    static let dimensions = ["module", "grade", "class"]

    func run(formID: String, by dimension: String?) throws -> CommandResult {
        if let dimension, !Self.dimensions.contains(dimension) {
            throw Refusal(LocalizedText(zh: "--by：不能按 '\(dimension)' 分组", en: "--by: cannot break down by '\(dimension)'"),
                          hint: LocalizedText(zh: "可选：module、grade、class", en: "choose module, grade or class"))
        }
        let semester = try session.school.currentSemester()
        let database = try session.school.database()
        let form = try session.school.form(formID)
        let responses = try database.responses(semester: semester.id, form: form.id)
        let counts = try database.surveyCounts(semester: semester.id, form: form.id)
        let questions = form.questions + session.school.catalog().modules.flatMap(\.survey)
        let language = session.language
        var left = Set(responses.flatMap(\.answers.keys))
        left.subtract(questions.map(\.id))
        if !left.isEmpty {
            session.err.write("note: " + (language == .zh ? "旧版本问卷中以下题目在当前版本里没有，已略去：" : "questions of older versions that the current one lacks were left out: ")
                              + left.sorted().joined(separator: ", ") + "\n")
        }
        let summary: [(String, String, String, CellValue)] = [
            ("form", "问卷", "form", .text(form.id)), ("version", "版本", "version", .integer(form.version)),
            ("responses", "回复", "responses", .integer(responses.count)), ("invited", "已发问卷码", "codes issued", .integer(counts.invited)),
            ("response_rate", "回收率", "response rate", Figures.responseRate(responses: responses.count, invited: counts.invited).map { .decimal(rounded($0)) } ?? .null),
        ]
        var cells: [(key: String, responses: [SurveyResponse], suppressed: Bool)] = [("", responses, false)]
        if let dimension {
            var byKey: [String: [SurveyResponse]] = [:]
            for response in responses { for key in response.groups[dimension] ?? [] { byKey[key, default: []].append(response) } }
            let breakdown = Breakdown.cells(byKey.keys.sorted().map { (key: $0, k: 0, n: byKey[$0]?.count ?? 0) })
            cells = breakdown.map { ($0.key, byKey[$0.key] ?? [], $0.suppressed) }
        }
        var records: [Record] = []
        for cell in cells {
            if cell.suppressed {
                // A small cell shows how many responded, never what they answered.
                records.append(Record(["key": .text(cell.key), "question": .null, "option": .null, "label": .null, "count": .null,
                                       "share": .null, "n": .integer(cell.responses.count), "suppressed": .boolean(true)]))
                continue
            }
            for question in questions where question.type != .text {
                records += rows(question, cell.responses, key: dimension == nil ? nil : cell.key, suppressed: cell.suppressed, language)
            }
        }
        var columns = [Column("question", zh: "题目", en: "question"), Column("option", zh: "选项", en: "option"), Column("label", zh: "含义", en: "label"),
                       Column("count", zh: "人数", en: "count"), Column("share", zh: "比例", en: "share"), Column("n", zh: "作答", en: "n")]
        if let dimension { columns.insert(Column("key", zh: dimension, en: dimension), at: 0); columns.append(Column("suppressed", zh: "不足 5 份", en: "suppressed")) }
        let comments = questions.filter { $0.type == .text }.flatMap { question in
            responses.compactMap { $0.answers[question.id] }.sorted().map { Record(["question": .text(question.id), "comment": .text($0)]) }
        }
        return .sections([
            Section("summary", zh: "概况", en: "Summary", CatalogDisplay.objectResult(summary, language)),
            Section("answers", zh: "各题答案", en: "Answers", .listing(columns: columns, records: records)),
            Section("comments", zh: "意见和建议", en: "Comments", .listing(columns: [Column("question", zh: "题目", en: "question"), Column("comment", zh: "内容", en: "comment")],
                                                                      records: comments)),
        ])
    }

    private func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    /// One row per option (and a mean for a scale) of one question in one cell.
    private func rows(_ question: Question, _ responses: [SurveyResponse], key: String?, suppressed: Bool, _ language: Language) -> [Record] {
        let answers = responses.compactMap { $0.answers[question.id] }
        let n = answers.count
        if n == 0 { return [] }
        var tally: [String: Int] = [:]
        for answer in answers {
            for value in question.type == .multi ? answer.split(separator: " ").map(String.init) : [answer] { tally[value, default: 0] += 1 }
        }
        var options = question.options.map { ($0.value, $0.label?.text(language) ?? "") }
        if options.isEmpty { options = tally.keys.sorted().map { ($0, "") } }
        var result = options.map { value, label -> Record in
            let count = tally[value] ?? 0
            return Record(["key": key.map(CellValue.text) ?? .null, "question": .text(question.id), "option": .text(value), "label": .text(label),
                           "count": suppressed ? .null : .integer(count), "share": suppressed || n == 0 ? .null : .decimal(rounded(Double(count) / Double(n))),
                           "n": .integer(n), "suppressed": .boolean(suppressed)])
        }
        if question.type == .scale {
            let numbers = answers.compactMap(Double.init)
            let mean = numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count)
            result.append(Record(["key": key.map(CellValue.text) ?? .null, "question": .text(question.id), "option": .text("mean"),
                                  "label": .text(language == .zh ? "平均分" : "mean"), "count": .null,
                                  "share": suppressed ? .null : mean.map { .decimal(rounded($0)) } ?? .null, "n": .integer(n), "suppressed": .boolean(suppressed)]))
        }
        return result
    }
}
