import Model

/// What a line typed during a survey did, for the shell to show.
public enum Outcome: Sendable, Hashable {
    /// The current question took (or kept) this answer; the runner moved on.
    case answered(Answer)
    /// An optional question was left empty; the runner moved on.
    case skipped
    /// `<`: the runner is at the previous question.
    case wentBack
    /// `?`: the text to show; the runner has not moved.
    case help(LocalizedText)
    /// A question's number at the review: the runner is at that question.
    case jumped(to: Int)
    /// The line was refused, for this reason; the same question is asked again (or, when a
    /// confirmation found a problem, the question concerned).
    case refused(AnswerProblem)
    /// `y` at the review: these answers are to be stored.
    case confirmed([String: Answer])
}

extension SurveyRunner {
    /// The words that confirm at the review.
    static let confirmations: Set<String> = ["y", "yes", "ok", "是", "是的", "确认", "好"]

    /// Acts on one line as the person typed it: `<` goes back, `?` asks for help, an empty line
    /// keeps the current answer (or skips an optional question), anything else answers. At the
    /// review, `y` confirms and a question's number goes back to that question.
    public mutating func respond(_ line: String) -> Outcome {
        let input = InputText.normalized(line)
        if input == "<" { return back() ? .wentBack : .refused(.atFirstQuestion) }
        if input == "?" { return .help(current?.question.helpText ?? Self.reviewHelp) }
        guard !isAtReview else { return respondAtReview(input) }
        switch answer(line) {
        case .success(let answer?): return .answered(answer)
        case .success(nil): return .skipped
        case .failure(let problem): return .refused(problem)
        }
    }

    private mutating func respondAtReview(_ input: String) -> Outcome {
        if input.isEmpty { return .refused(.awaitingConfirmation) }
        if Self.confirmations.contains(input.lowercased()) {
            switch confirm() {
            case .success(let answers): return .confirmed(answers)
            case .failure(let problem): return .refused(problem.problem)
            }
        }
        if let number = Int(input), jump(toQuestionNumber: number) { return .jumped(to: number) }
        return .refused(.notAQuestionNumber(input, count: visibleQuestions.count))
    }

    /// What `?` shows at the review.
    static let reviewHelp = LocalizedText(
        zh: "输入 y 提交答卷，或输入题号修改该题的答案\n输入 < 返回最后一题",
        en:
            "type y to submit the answers, or a question's number to change its answer\n< goes back to the last "
            + "question"
    )
}
