import Model

extension SurveyRunner {
    /// Checks a whole response given at once, by question id (`survey submit --answer ID=VALUE`,
    /// a row of `survey import`), with the same rules as answering one question at a time.
    ///
    /// The questions are read in order and `relevant` is evaluated on the answers before each.
    /// A question not given takes its `default`; one given as empty text is unanswered. An answer
    /// for a question that does not apply is refused, unless an earlier refusal explains it, and
    /// so is an id the form does not have. The success holds the answers of the applying questions.
    public func validate(answers given: [String: String]) -> Result<[String: Answer], ResponseProblems> {
        var problems: [QuestionProblem] = []
        var refused = false
        var found = 0
        var result: [String: Answer] = Dictionary(minimumCapacity: questions.count)
        walk { index, applies, earlier in
            let id = questions[index].id
            let input = given[id].map(InputText.trimmed)
            if input != nil { found += 1 }
            guard applies else {
                if let input, !input.isEmpty, !refused {
                    problems.append(QuestionProblem(questionID: id, problem: .notApplicable(question: id)))
                    refused = true
                }
                return nil
            }
            switch check(index, input: input, earlier: earlier) {
            case .success(let answer):
                if let answer { result[id] = answer }
                return answer
            case .failure(let problem):
                problems.append(QuestionProblem(questionID: id, problem: problem))
                refused = true
                return nil
            }
        }
        // Every id given matched a question when all were found: no need to look for unknown ones.
        if found < given.count { problems.insert(contentsOf: unknownQuestions(in: given), at: 0) }
        return problems.isEmpty ? .success(result) : .failure(ResponseProblems(problems))
    }

    /// The answer of applying question `index`: read from `input` (nil when not given, empty when
    /// given empty), else its default; checked against `required` and `constraint`.
    private func check(_ index: Int, input: String?, earlier: EarlierValues) -> Result<Answer?, AnswerProblem> {
        let reader = readers[index]
        let answer: Answer?
        if let input {
            switch reader.read(input) {
            case .failure(let problem): return .failure(problem)
            case .success(let parsed): answer = parsed
            }
        } else {
            answer = defaults[reader.question.id]
        }
        guard let answer else { return reader.question.required ? .failure(.required) : .success(nil) }
        if let problem = constraintProblem(answer, of: index, input: input ?? answer.text, lookup: { earlier[$0] }) {
            return .failure(problem)
        }
        return .success(answer)
    }

    /// The ids given that no question has, in alphabetical order, each with the closest id.
    private func unknownQuestions(in given: [String: String]) -> [QuestionProblem] {
        let ids = questions.map(\.id)
        return given.keys.sorted().filter { indices[$0] == nil }.map { id in
            QuestionProblem(
                questionID: id, problem: .unknownQuestion(id, suggestion: Suggestion.closest(to: id, among: ids)))
        }
    }
}
