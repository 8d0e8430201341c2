import Model
import Reports
import Store
import Surveys

/// A form's results this semester (`survey results FORM [--by module|grade|class]`): per closed
/// question, how many chose each option and their share of those who answered; a scale's mean;
/// the free-text comments. A breakdown cell with fewer than 5 responses counts no answers (and the
/// next smallest goes too when it is the only one), as in the reports. Shares, means and the
/// response rate are rounded to four decimal places.
public struct SurveyResults {
    /// One option of a question in one cell.
    public struct OptionCount: Sendable, Equatable {
        /// The stored value of the option.
        public let value: String
        /// The form's words for it; nil when it gives none.
        public let label: LocalizedText?
        /// Responses that chose it.
        public let count: Int
        /// `count` out of the responses that answered the question.
        public let share: Double
    }

    /// One closed question in one cell.
    public struct QuestionCount: Sendable, Equatable {
        public let question: String
        /// Responses that answered it.
        public let answered: Int
        /// The form's options in its order; for a question without options, each value given, sorted.
        public let options: [OptionCount]
        /// Whether it is a scale, which has a mean.
        public let isScale: Bool
        /// The mean of a scale's numeric answers; nil for another question or without any.
        public let mean: Double?
    }

    /// The responses under one key of the breakdown (the whole semester, key `""`, without one).
    public struct Cell: Sendable, Equatable {
        public let key: String
        public let responses: Int
        /// Whether the cell is too small to show what was answered.
        public let suppressed: Bool
        /// The closed questions answered in the cell, in form order; empty when suppressed.
        public let questions: [QuestionCount]
    }

    /// One free-text answer.
    public struct Comment: Sendable, Equatable {
        public let question: String
        public let text: String
    }

    /// What `--by` may break the results down by.
    static let dimensions = ["module", "grade", "class"]

    public let form: String
    public let version: Int
    public let responses: Int
    /// Codes issued.
    public let invited: Int
    /// Responses out of codes issued; nil when none was issued.
    public let responseRate: Double?
    /// What the cells are keyed by; nil for one cell of every response.
    public let dimension: String?
    public let cells: [Cell]
    /// Every comment, by question in form order, each question's sorted.
    public let comments: [Comment]
    /// What to say beside the results: answers to questions the current version lacks are left out.
    public let notes: [LocalizedText]

    /// The results of form `formID` in the current semester, broken down `by` module, grade or class.
    /// Read from one state of the file.
    public init(_ school: SchoolContext, form formID: String, by dimension: String?) throws {
        self = try school.reading { try Self(reading: school, form: formID, by: dimension) }
    }

    private init(reading school: SchoolContext, form formID: String, by dimension: String?) throws {
        if let dimension, !Self.dimensions.contains(dimension) {
            throw Refusal(
                LocalizedText(zh: "--by：不能按 '\(dimension)' 分组", en: "--by: cannot break down by '\(dimension)'"),
                hint: LocalizedText(zh: "可选：module、grade、class", en: "choose module, grade or class"))
        }
        let semester = try school.currentSemester()
        let database = try school.database()
        let form = try school.form(formID)
        let responses = try database.responses(semester: semester.id, form: form.id)
        let counts = try database.surveyCounts(semester: semester.id, form: form.id)
        let questions = form.questions + school.catalog().modules.flatMap(\.survey)
        var left = Set(responses.flatMap(\.answers.keys))
        left.subtract(questions.map(\.id))
        let list = left.sorted().joined(separator: ", ")
        notes =
            left.isEmpty
            ? []
            : [
                LocalizedText(
                    zh: "旧版本问卷中以下题目在当前版本里没有，已略去：" + list,
                    en: "questions of older versions that the current one lacks were left out: " + list)
            ]
        self.form = form.id
        version = form.version
        self.responses = responses.count
        invited = counts.invited
        responseRate = Figures.responseRate(responses: responses.count, invited: counts.invited).map(Self.rounded)
        self.dimension = dimension
        var groups: [(key: String, responses: [SurveyResponse], suppressed: Bool)] = [("", responses, false)]
        if let dimension {
            var byKey: [String: [SurveyResponse]] = [:]
            for response in responses {
                for key in response.groups[dimension] ?? [] { byKey[key, default: []].append(response) }
            }
            let breakdown = Breakdown.cells(byKey.keys.sorted().map { (key: $0, k: 0, n: byKey[$0]?.count ?? 0) })
            groups = breakdown.map { ($0.key, byKey[$0.key] ?? [], $0.suppressed) }
        }
        cells = groups.map { group in
            // A small cell shows how many responded, never what they answered.
            let counted =
                group.suppressed
                ? [] : questions.filter { $0.type != .text }.compactMap { Self.count($0, group.responses) }
            return Cell(
                key: group.key, responses: group.responses.count, suppressed: group.suppressed, questions: counted)
        }
        comments = questions.filter { $0.type == .text }.flatMap { question in
            responses.compactMap { $0.answers[question.id] }.sorted().map { Comment(question: question.id, text: $0) }
        }
    }

    private static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    /// How the responses of one cell answered `question`; nil when none did.
    private static func count(_ question: Question, _ responses: [SurveyResponse]) -> QuestionCount? {
        let answers = responses.compactMap { $0.answers[question.id] }
        let n = answers.count
        if n == 0 { return nil }
        var tally: [String: Int] = [:]
        for answer in answers {
            for value in question.type == .multi ? answer.split(separator: " ").map(String.init) : [answer] {
                tally[value, default: 0] += 1
            }
        }
        var options = question.options.map { ($0.value, $0.label) }
        if options.isEmpty { options = tally.keys.sorted().map { ($0, nil) } }
        let counted = options.map { value, label in
            let count = tally[value] ?? 0
            return OptionCount(value: value, label: label, count: count, share: rounded(Double(count) / Double(n)))
        }
        var mean: Double?
        if question.type == .scale {
            let numbers = answers.compactMap(Double.init)
            mean = numbers.isEmpty ? nil : rounded(numbers.reduce(0, +) / Double(numbers.count))
        }
        return QuestionCount(
            question: question.id, answered: n, options: counted, isScale: question.type == .scale, mean: mean)
    }
}
