import Expressions
import Model

/// Runs a survey form: which questions apply given the answers so far, the one being asked,
/// moving on and back, and the review before the response is stored. No I/O: the shell shows
/// `current`, passes each line typed to `respond(_:)` (or to `answer(_:)`, `back()`, `jump`), and
/// stores `answers` once `confirm()` succeeds.
///
/// XLSForm semantics: a question whose `relevant` does not hold is hidden and keeps no answer
/// (changing an earlier answer can hide a later one and drop its answer); an unanswered question
/// is empty, never zero; `constraint` is checked on non-empty answers only; `default` is the
/// answer proposed until the person gives another.
public struct SurveyRunner: Sendable {
    /// What the person did with a question: answered it, or left it empty despite a default.
    private enum Entry: Sendable, Hashable {
        case answered(Answer)
        case cleared
    }

    /// A question's `relevant` and `constraint`, parsed once.
    struct Logic: Sendable {
        let relevant: Expression?
        let constraint: Expression?
    }

    /// The form being answered.
    public let form: Form
    /// The form's questions, then the module questions, in the order they are asked.
    public let questions: [Question]
    let logic: [Logic]
    /// Each question, prepared once for reading its answers.
    let readers: [AnswerReader]
    /// Each question's index in `questions`, by id.
    let indices: [String: Int]
    /// Each question's `default`, read by its type.
    let defaults: [String: Answer]
    private var entries: [String: Entry] = [:]
    /// Indices in `questions` of the questions that apply, given the answers so far.
    private var shown: [Int] = []
    /// The question being asked, as an index in `questions`; `questions.count` is the review.
    private var position = 0
    /// After a jump, moving on returns to the review instead of walking through every question.
    private var returnsToReview = false
    /// Questions the person has moved past; after a jump, only new ones among them are asked.
    private var passed: Set<String> = []

    /// Prepares `form` with `moduleQuestions` appended (those of the modules in which the
    /// family has a child placed, in module order), parsing every expression once.
    public init(form: Form, moduleQuestions: [Question] = []) throws(SurveyDefinitionError) {
        self.form = form
        questions = form.questions + moduleQuestions
        var indices: [String: Int] = [:]
        var logic: [Logic] = []
        var defaults: [String: Answer] = [:]
        for (index, question) in questions.enumerated() {
            guard indices.updateValue(index, forKey: question.id) == nil else { throw .duplicateQuestion(question.id) }
            logic.append(
                Logic(
                    relevant: try Self.parse(question.relevant, key: "relevant", of: question),
                    constraint: try Self.parse(question.constraint, key: "constraint", of: question)))
            if let text = question.defaultAnswer, let answer = Answer(stored: text, for: question) {
                defaults[question.id] = answer
            }
        }
        self.logic = logic
        readers = questions.map(AnswerReader.init)
        self.indices = indices
        self.defaults = defaults
        refresh()
        position = shown.first ?? questions.count
    }

    private static func parse(_ source: SourceText?, key: String, of question: Question) throws(SurveyDefinitionError)
        -> Expression?
    {
        guard let source else { return nil }
        do {
            return try Expression(parsing: source.text)
        } catch {
            throw .invalidExpression(question: question.id, key: key, error)
        }
    }

    // MARK: What applies

    /// The questions that apply, given the answers so far, in order.
    public var visibleQuestions: [Question] { shown.map { questions[$0] } }

    /// The answers of the questions that apply (defaults included): what `confirm()` stores.
    public var answers: [String: Answer] {
        var result: [String: Answer] = [:]
        for index in shown {
            let id = questions[index].id
            result[id] = currentAnswer(id)
        }
        return result
    }

    /// The answer of question `id`, or nil when it is unanswered or does not apply.
    public func answer(to id: String) -> Answer? {
        shown.contains { questions[$0].id == id } ? currentAnswer(id) : nil
    }

    /// The answer held for a question, whether or not it applies: the person's, else the default.
    private func currentAnswer(_ id: String) -> Answer? {
        switch entries[id] {
        case .answered(let answer): answer
        case .cleared: nil
        case nil: defaults[id]
        }
    }

    /// Walks the questions in order, deciding each one's relevance from the answers of the
    /// applying questions before it; `answerOf` gives each applying question's answer.
    func walk(_ answerOf: (_ index: Int, _ applies: Bool, _ earlier: EarlierValues) -> Answer?) {
        var earlier = EarlierValues(indices: indices, count: questions.count)
        for index in questions.indices {
            let applies = logic[index].relevant?.holds({ earlier[$0] }, dot: .empty) ?? true
            let answer = answerOf(index, applies, earlier)
            if applies, let answer { earlier.values[index] = answer.value }
        }
    }

    /// The values of the applying questions answered so far in a walk, as expressions read them:
    /// kept by question index, so that recording one needs no hashing.
    struct EarlierValues {
        private let indices: [String: Int]
        fileprivate(set) var values: [Value?]

        fileprivate init(indices: [String: Int], count: Int) {
            self.indices = indices
            values = Array(repeating: nil, count: count)
        }

        /// The value of question `id`'s answer; empty when it has none yet.
        subscript(id: String) -> Value {
            indices[id].flatMap { values[$0] } ?? .empty
        }
    }

    /// Works out again which questions apply, dropping the answers of those that do not.
    private mutating func refresh() {
        var applying: [Int] = []
        var hidden: [String] = []
        walk { index, applies, _ in
            let id = questions[index].id
            guard applies else {
                hidden.append(id)
                return nil
            }
            applying.append(index)
            return currentAnswer(id)
        }
        for id in hidden {
            entries[id] = nil
            passed.remove(id)
        }
        shown = applying
    }

    /// The values of the applying questions' answers, for a constraint that reads other answers.
    private var values: [String: Value] {
        answers.mapValues(\.value)
    }

    /// The refusal `constraint` gives `answer` of question `index`, if any; `input` is what was
    /// typed, and `lookup` gives the other answers' values.
    func constraintProblem(_ answer: Answer, of index: Int, input: String, lookup: (String) -> Value) -> AnswerProblem?
    {
        guard let constraint = logic[index].constraint,
            !constraint.holds(lookup, dot: answer.value)
        else { return nil }
        return .constraintFailed(input, message: questions[index].constraintMessage)
    }

    // MARK: Asking

    /// The question being asked, with its progress; nil at the review.
    public var current: Step? {
        guard position < questions.count, let number = shown.firstIndex(of: position) else { return nil }
        let question = questions[position]
        return Step(question: question, number: number + 1, total: shown.count, answer: currentAnswer(question.id))
    }

    /// Whether every applying question has been passed and the answers wait for confirmation.
    public var isAtReview: Bool { current == nil }

    /// `3/9`: the question being asked among those that apply; at the review, `9/9`.
    public var progress: Progress {
        Progress(number: current?.number ?? shown.count, total: shown.count)
    }

    /// Answers the current question with what the person typed, then moves on. An empty input
    /// keeps the current answer, or skips an optional question that has none (the success then
    /// holds nil). At the review there is no question to answer.
    public mutating func answer(_ input: String) -> Result<Answer?, AnswerProblem> {
        guard position < questions.count else {
            return .failure(.awaitingConfirmation)
        }
        let question = questions[position]
        let parsed: Answer?
        switch readers[position].read(input) {
        case .failure(let problem): return .failure(problem)
        case .success(let answer): parsed = answer
        }
        guard let answer = parsed ?? currentAnswer(question.id) else {
            if question.required { return .failure(.required) }
            moveOn()
            return .success(nil)
        }
        let typed = parsed == nil ? answer.text : InputText.trimmed(input)
        let values = self.values
        if let problem = constraintProblem(answer, of: position, input: typed, lookup: { values[$0] ?? .empty }) {
            return .failure(problem)
        }
        entries[question.id] = .answered(answer)
        refresh()
        moveOn()
        return .success(answer)
    }

    /// Leaves the current optional question unanswered, dropping its answer or default, and
    /// moves on; a required question refuses.
    public mutating func skip() throws(AnswerProblem) {
        guard position < questions.count else { throw .awaitingConfirmation }
        let question = questions[position]
        guard !question.required else { throw .required }
        entries[question.id] = .cleared
        refresh()
        moveOn()
    }

    private mutating func moveOn() {
        passed.insert(questions[position].id)
        let later = shown.filter { $0 > position }
        let next = returnsToReview ? later.first { !passed.contains(questions[$0].id) } : later.first
        position = next ?? questions.count
    }

    /// Goes back to the previous applying question (from the review, the last one); false at the first.
    @discardableResult
    public mutating func back() -> Bool {
        guard let previous = shown.last(where: { $0 < position }) else { return false }
        position = previous
        return true
    }

    /// Goes to question `number` as the review lists them (1-based); answering it then returns to
    /// the review, asking on the way only the questions the new answer brings in. False when no
    /// question has that number.
    @discardableResult
    public mutating func jump(toQuestionNumber number: Int) -> Bool {
        guard shown.indices.contains(number - 1) else { return false }
        position = shown[number - 1]
        returnsToReview = true
        return true
    }

    // MARK: Finishing

    /// Every applying question with its answer, numbered as `jump(toQuestionNumber:)` takes them.
    public func review() -> [ReviewItem] {
        shown.enumerated().map { number, index in
            ReviewItem(number: number + 1, question: questions[index], answer: currentAnswer(questions[index].id))
        }
    }

    /// What stands in the way of storing the answers: required questions left empty, and
    /// answers whose constraint no longer holds after an earlier answer changed.
    public var problems: [QuestionProblem] {
        let values = self.values
        return shown.compactMap { index in
            let question = questions[index]
            guard let answer = currentAnswer(question.id) else {
                return question.required ? QuestionProblem(questionID: question.id, problem: .required) : nil
            }
            return constraintProblem(answer, of: index, input: answer.text, lookup: { values[$0] ?? .empty })
                .map { QuestionProblem(questionID: question.id, problem: $0) }
        }
    }

    /// Whether the answers may be stored.
    public var isComplete: Bool { problems.isEmpty }

    /// The answers to store; on a problem, goes to the question concerned (as a jump does) and
    /// says what is wrong.
    public mutating func confirm() -> Result<[String: Answer], QuestionProblem> {
        if let problem = problems.first {
            if let index = questions.firstIndex(where: { $0.id == problem.questionID }) {
                position = index
                returnsToReview = true
            }
            return .failure(problem)
        }
        return .success(answers)
    }
}
