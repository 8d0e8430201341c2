import Model
import Testing

@testable import Surveys

/// A family answering the product's parent survey line by line, as the shell passes the lines on.
@Suite("Walk-through")
struct WalkthroughTests {
    typealias F = Fixtures

    /// Each line typed, with what the runner should make of it and the question asked after it.
    private let script: [(line: String, outcome: String, next: String)] = [
        ("", "refused: this question needs an answer", "1/3 aware"),
        ("maybe", "refused: 'maybe' is not one of the options", "1/3 aware"),
        ("<", "refused: this is the first question", "1/3 aware"),
        ("是", "answered: yes", "2/3 overall"),
        ("?", "help", "2/3 overall"),
        ("7", "refused: '7' is not between 1 and 5", "2/3 overall"),
        ("很不满意", "answered: 1", "3/4 reasons"),
        ("1，2，3", "refused: Pick at most two", "3/4 reasons"),
        ("1 1", "refused: '1' appears twice", "3/4 reasons"),
        ("Timing, 3", "answered: time safety", "4/4 comments"),
        ("<", "went back", "3/4 reasons"),
        ("", "answered: time safety", "4/4 comments"),
        ("  接送时间能否延长到 18:00？ ", "answered: 接送时间能否延长到 18:00？", "review"),
        ("", "refused: type y to submit, or a question's number to change its answer", "review"),
        ("9", "refused: '9' is not a question number (1-4)", "review"),
        ("2", "jumped: 2", "2/4 overall"),
        ("2", "answered: 2", "review"),
        ("<", "went back", "4/4 comments"),
        ("", "answered: 接送时间能否延长到 18:00？", "review"),
        ("y", "confirmed", "review"),
    ]

    private func describe(_ outcome: Outcome) -> String {
        switch outcome {
        case .answered(let answer): "answered: \(answer.text)"
        case .skipped: "skipped"
        case .wentBack: "went back"
        case .help: "help"
        case .jumped(let number): "jumped: \(number)"
        case .refused(let problem): "refused: \(problem.message(.en))"
        case .confirmed: "confirmed"
        }
    }

    @Test func aFamilyAnswersWithMistakesAndEndsWithTheIntendedAnswers() throws {
        var runner = try F.runner()
        var confirmed: [String: Answer]?
        for (number, step) in script.enumerated() {
            let outcome = runner.respond(step.line)
            #expect(describe(outcome) == step.outcome, "line \(number + 1): '\(step.line)'")
            let next = runner.current.map { "\($0.progress) \($0.question.id)" } ?? "review"
            #expect(next == step.next, "line \(number + 1): '\(step.line)'")
            if case .confirmed(let answers) = outcome { confirmed = answers }
        }
        #expect(
            confirmed == [
                "aware": .yesNo(true),
                "overall": .integer(2),
                "reasons": .choices(["time", "safety"]),
                "comments": .text("接送时间能否延长到 18:00？"),
            ])
    }

    @Test func changingTheOverallAnswerAtTheReviewDropsTheReasons() throws {
        var runner = try F.runner()
        for line in ["y", "1", "2 3", ""] { _ = runner.respond(line) }
        #expect(runner.isAtReview)
        #expect(runner.review().map(\.question.id) == ["aware", "overall", "reasons", "comments"])
        #expect(runner.respond("2") == .jumped(to: 2))
        #expect(runner.respond("5") == .answered(.integer(5)))
        #expect(runner.isAtReview)
        #expect(runner.review().map(\.question.id) == ["aware", "overall", "comments"])
        #expect(runner.respond("是") == .confirmed(["aware": .yesNo(true), "overall": .integer(5)]))
    }

    @Test func helpShowsTheQuestionsFormsAndTheReviewsOwn() throws {
        var runner = try F.runner()
        guard case .help(let text) = runner.respond("？") else {
            Issue.record("no help")
            return
        }
        #expect(text.text(.en).hasPrefix("answer 1 or yes, 2 or no\n"))
        #expect(text.text(.zh).hasPrefix("回答 1 或“是”，2 或“否”\n"))
        for line in ["1", "4", ""] { _ = runner.respond(line) }
        guard case .help(let review) = runner.respond("?") else {
            Issue.record("no help")
            return
        }
        #expect(review.text(.en).hasPrefix("type y to submit the answers"))
    }
}
