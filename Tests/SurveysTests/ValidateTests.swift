import Model
import Testing

@testable import Surveys

@Suite("Whole responses (survey submit, survey import)")
struct ValidateTests {
    typealias F = Fixtures

    private func problems(_ result: Result<[String: Answer], ResponseProblems>, _ language: Language = .en) -> [String]
    {
        guard case .failure(let failure) = result else { return [] }
        return failure.problems.map { $0.message(language) }
    }

    @Test func aCompleteResponseIsTyped() throws {
        let runner = try F.runner()
        let result = runner.validate(answers: [
            "aware": "yes", "overall": "2", "reasons": "time,safety", "comments": "ok",
        ])
        #expect(
            result
                == .success([
                    "aware": .yesNo(true), "overall": .integer(2),
                    "reasons": .choices(["time", "safety"]), "comments": .text("ok"),
                ]))
    }

    @Test func storedTextReadsBackAsTheSameAnswers() throws {
        let runner = try F.runner()
        let answers: [String: Answer] = [
            "aware": .yesNo(false), "overall": .integer(1), "reasons": .choices(["content", "safety"]),
        ]
        #expect(runner.validate(answers: answers.mapValues(\.text)) == .success(answers))
    }

    @Test func aMissingRequiredAnswerNamesTheQuestion() throws {
        let runner = try F.runner()
        #expect(
            problems(runner.validate(answers: ["aware": "yes"])) == [
                "question 'overall': this question needs an answer"
            ])
        #expect(problems(runner.validate(answers: ["aware": "yes", "overall": ""]), .zh) == ["题目 'overall'：本题必须回答"])
    }

    @Test func anAnswerForAHiddenQuestionIsRefused() throws {
        let runner = try F.runner()
        let result = runner.validate(answers: ["aware": "yes", "overall": "4", "reasons": "time"])
        #expect(problems(result) == ["question 'reasons' does not apply to this response"])
        // An empty cell for a hidden question is simply no answer.
        #expect(
            runner.validate(answers: ["aware": "yes", "overall": "4", "reasons": ""])
                == .success(["aware": .yesNo(true), "overall": .integer(4)]))
    }

    @Test func anEarlierRefusalDoesNotAlsoBlameTheQuestionsItHides() throws {
        let runner = try F.runner()
        let result = runner.validate(answers: ["aware": "yes", "overall": "0", "reasons": "time"])
        #expect(problems(result) == ["question 'overall': '0' is not between 1 and 5"])
    }

    @Test func everyProblemIsReportedInFormOrderAfterUnknownIDs() throws {
        let runner = try F.runner()
        let result = runner.validate(answers: [
            "awere": "yes", "aware": "perhaps", "overall": "2", "reasons": "1 2 3",
            "comments": String(repeating: "x", count: 501),
        ])
        #expect(
            problems(result) == [
                "unknown question 'awere'",
                "question 'aware': 'perhaps' is not one of the options",
                "question 'reasons': Pick at most two",
                "question 'comments': at most 500 characters",
            ])
        guard case .failure(let failure) = result else { return }
        #expect(failure.problems[0].hint?.text(.en) == "did you mean 'aware'?")
        #expect(failure.problems[0].questionID == "awere")
        #expect(failure.problems[1].problem == .notAnOption("perhaps", numbers: 1...2, values: ["yes", "no"]))
        #expect(failure.message.text(.en).hasPrefix("unknown question 'awere'; question 'aware': "))
    }

    @Test func moduleQuestionsAreValidatedToo() throws {
        let runner = try F.runner(modules: [F.sportsEnjoy])
        #expect(
            problems(runner.validate(answers: ["aware": "y", "overall": "5", "sports_enjoy": "9"]))
                == ["question 'sports_enjoy': '9' is not between 1 and 5"])
        #expect(
            runner.validate(answers: ["aware": "y", "overall": "5", "sports_enjoy": "4"])
                == .success(["aware": .yesNo(true), "overall": .integer(5), "sports_enjoy": .integer(4)]))
    }

    @Test func validatingLeavesTheInteractiveStateAlone() throws {
        var runner = try F.runner()
        _ = runner.answer("no")
        _ = runner.validate(answers: ["aware": "yes", "overall": "3"])
        #expect(runner.answers == ["aware": .yesNo(false)])
        #expect(runner.current?.question.id == "overall")
    }
}
