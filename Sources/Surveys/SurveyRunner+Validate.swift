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
        let ids = questions.map(\.id)
        var problems = given.keys.sorted().filter { !ids.contains($0) }.map { id in
            QuestionProblem(questionID: id, problem: .unknownQuestion(id, suggestion: Suggestion.closest(to: id, among: ids)))
        }
        var refused = false
        var result: [String: Answer] = [:]
        walk { index, applies, earlier in
            let question = questions[index]
            let input = given[question.id].map(InputText.trimmed)
            let refuse = { (problem: AnswerProblem) -> Answer? in
                problems.append(QuestionProblem(questionID: question.id, problem: problem))
                refused = true
                return nil
            }
            guard applies else {
                if let input, !input.isEmpty, !refused { return refuse(.notApplicable(question: question.id)) }
                return nil
            }
            var answer = defaults[question.id]
            if let input {
                switch question.parseAnswer(input) {
                case .failure(let problem): return refuse(problem)
                case .success(let parsed): answer = parsed
                }
            }
            guard let answer else { return question.required ? refuse(.required) : nil }
            if let problem = constraintProblem(answer, of: index, input: input ?? answer.text, values: earlier) {
                return refuse(problem)
            }
            result[question.id] = answer
            return answer
        }
        return problems.isEmpty ? .success(result) : .failure(ResponseProblems(problems))
    }
}
