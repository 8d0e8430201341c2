import Model
import Surveys

/// `survey take`: one question at a time with its progress, numbered options and the current
/// answer; `<` goes back, `?` helps, an empty line keeps the answer; a refused answer says why
/// and is asked again; at the end every answer is listed for confirmation. On a pipe the answers
/// are the lines that follow the command.
struct SurveyConversation {
    let session: Session
    var runner: SurveyRunner

    private var language: Language { session.language }
    private var zh: Bool { language == .zh }

    /// Asks until the family confirms; returns the answers to store. Throws when the input ends first.
    mutating func run() throws -> [String: Answer] {
        session.out.write(intro())
        var shown: String?
        while true {
            if let step = runner.current {
                let key = "\(step.question.id)#\(step.number)"
                if shown != key {
                    session.out.write(render(step))
                    shown = key
                }
                let line = try session.ask("\(step.progress)> ")
                switch runner.respond(line) {
                case .refused(let problem): session.report(problem, location: session.currentLocation)
                case .help(let text): session.out.write(text.text(language) + "\n")
                case .confirmed(let answers): return answers
                case .answered, .skipped, .wentBack, .jumped: break
                }
            } else {
                if shown != "review" {
                    session.out.write(review())
                    shown = "review"
                }
                let line = try session.ask(
                    zh ? "确认提交请输入 y，修改请输入题号> " : "y to submit, or a question's number to change it> ")
                switch runner.respond(line) {
                case .confirmed(let answers): return answers
                case .refused(let problem): session.report(problem, location: session.currentLocation)
                case .help(let text): session.out.write(text.text(language) + "\n")
                case .answered, .skipped, .wentBack, .jumped: break
                }
            }
        }
    }

    private func intro() -> String {
        let title = runner.form.title.text(language)
        let count = runner.visibleQuestions.count
        return zh
            ? "\(title)（约 \(count) 题）。< 返回上一题，? 查看说明，直接回车保留当前答案。\n"
            : "\(title) (about \(count) questions). '<' goes back, '?' helps, an empty line keeps the current answer.\n"
    }

    private func render(_ step: Step) -> String {
        var lines = [
            "",
            "\(step.progress)  \(step.question.text.text(language))"
                + (step.question.required ? (zh ? "（必答）" : " (required)") : ""),
        ]
        for option in step.options {
            let label = option.label?.text(language)
            lines.append(
                step.question.type == .scale
                    ? "  \(option.key)" + (label.map { " \($0)" } ?? "") : "  \(option.key)) \(label ?? option.value)")
        }
        if step.question.type == .multi {
            lines.append(zh ? "  （可多选，用空格或逗号分开）" : "  (several allowed, separated by spaces or commas)")
        }
        if let answer = step.answer {
            lines.append((zh ? "  当前答案：" : "  current answer: ") + answer.display(for: step.question, in: language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func review() -> String {
        var lines = ["", zh ? "请核对您的答案：" : "Your answers:"]
        for item in runner.review() {
            lines.append("  \(item.number). \(item.question.text.text(language))")
            lines.append("     → " + item.display(in: language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
