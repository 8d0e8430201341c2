import Model
import School
import Surveys

/// `survey take` and `survey submit`: the respondent's turn found and checked by School, the
/// answers asked one at a time or read from `--answer`, then stored by School.
struct SurveyAnswering {
    let session: Session
    let arguments: ParsedArguments

    /// Who answers, from the arguments: `--code`, `--student`, or the logged-in parent.
    private func submission() throws -> SurveySubmission {
        try SurveySubmission(
            session.school, form: arguments.positionals[0], code: arguments.value("--code"),
            student: arguments.value("--student"))
    }

    func take() throws -> CommandResult {
        let submission = try submission()
        var conversation = SurveyConversation(session: session, runner: try submission.runner())
        let answers = try conversation.run()
        return try store(answers, submission)
    }

    func submit() throws -> CommandResult {
        let submission = try submission()
        var given: [String: String] = [:]
        for assignment in arguments.all("--answer") {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw Refusal(
                    LocalizedText(
                        zh: "--answer：'\(assignment)' 应写成 题号=答案", en: "--answer: '\(assignment)' should be ID=VALUE"))
            }
            let question = String(assignment[..<equals])
            guard given[question] == nil else {
                throw Refusal(
                    LocalizedText(
                        zh: "--answer：题目 '\(question)' 回答了两次",
                        en: "--answer: question '\(question)' is answered twice"),
                    hint: LocalizedText(zh: "每道题只写一个 --answer", en: "give each question one --answer"))
            }
            given[question] = String(assignment[assignment.index(after: equals)...])
        }
        return try store(try submission.check(given), submission)
    }

    private func store(_ answers: [String: Answer], _ submission: SurveySubmission) throws -> CommandResult {
        try submission.store(answers)
        if session.school.surveyCode != nil {
            // A kiosk session opened with a code does one thing, then ends.
            session.school.surveyCode = nil
            session.logOut()
        }
        return .text(
            session.language == .zh
                ? "谢谢！您的回答已保存（共 \(answers.count) 题）。"
                : "Thank you: your answers are saved (\(answers.count) questions).")
    }
}
