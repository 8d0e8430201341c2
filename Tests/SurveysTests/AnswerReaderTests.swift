import Model
import Testing

@testable import Surveys

/// The prepared reader a runner keeps for each question must pick exactly the options that
/// reading one typed answer picks: value, then folded value, then option number, then label.
@Suite("Prepared answer reading")
struct AnswerReaderTests {
    typealias F = Fixtures

    private func question(_ type: QuestionType, _ choices: [Choice]) -> Question {
        Question(id: "q", type: type, text: F.text("Q"), choices: choices)
    }

    private func label(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    @Test func aValueThatIsANumberWinsOverThePosition() {
        let reader = AnswerReader(question(.single, [Choice(value: "2"), Choice(value: "1")]))
        #expect(reader.choiceIndex("1") == 1)
        #expect(reader.choiceIndex("2") == 0)
        #expect(reader.choiceIndex("３") == nil)
    }

    @Test func aLabelEqualToAnotherOptionsValueOrNumberDoesNotTakeItsPlace() {
        let swapped = AnswerReader(
            question(
                .single,
                [
                    Choice(value: "a", label: label("b", "B")),
                    Choice(value: "b", label: label("a", "A")),
                ]))
        #expect(swapped.choiceIndex("a") == 0)
        #expect(swapped.choiceIndex("A") == 0)
        #expect(swapped.choiceIndex("b") == 1)
        let numbered = AnswerReader(
            question(
                .single,
                [
                    Choice(value: "x", label: label("2", "two")),
                    Choice(value: "y", label: label("1", "one")),
                ]))
        #expect(numbered.choiceIndex("1") == 0)
        #expect(numbered.choiceIndex("2") == 1)
        #expect(numbered.choiceIndex("One") == 1)
        #expect(numbered.choiceIndex("3") == nil)
    }

    @Test func anExactValueWinsOverAFoldedOneAndTheFirstOfEqualOnesWins() {
        let reader = AnswerReader(
            question(
                .single,
                [
                    Choice(value: "Time", label: label("时间", "Timing")),
                    Choice(value: "time", label: label("时间", "timing")),
                ]))
        #expect(reader.choiceIndex("time") == 1)
        #expect(reader.choiceIndex("Time") == 0)
        #expect(reader.choiceIndex("TIME") == 0)
        #expect(reader.choiceIndex("timing") == 0)
        #expect(reader.choiceIndex("时间") == 0)
    }

    @Test func fullWidthAndCapitalisedWordsAreFolded() {
        let reader = AnswerReader(question(.single, F.reasons))
        #expect(reader.choiceIndex("２") == 1)
        #expect(reader.choiceIndex("ｓａｆｅｔｙ") == 2)
        #expect(reader.choiceIndex("Timing") == 0)
        #expect(reader.choiceIndex("timing") == 0)
        #expect(reader.choiceIndex(" SAFETY AND PICKUP　") == 2)
        #expect(reader.choiceIndex("活动内容") == 1)
        #expect(reader.choiceIndex("0") == nil)
        #expect(reader.choiceIndex("4") == nil)
    }

    @Test func aHugeNumberIsNotAnOption() {
        let q = question(.multi, F.reasons)
        for input in ["-9223372036854775808", "9223372036854775807", "99999999999999999999"] {
            #expect(
                q.parseAnswer(input)
                    == .failure(.notAnOption(input, numbers: 1...3, values: ["time", "content", "safety"])))
        }
    }

    @Test func aMultiLabelWithSpacesIsFoundWholeWithinItsCommaPart() {
        let q = question(.multi, F.reasons)
        #expect(q.parseAnswer("Safety and pickup") == .success(.choices(["safety"])))
        #expect(q.parseAnswer("safety and pickup, timing") == .success(.choices(["time", "safety"])))
        #expect(q.parseAnswer("content、Safety and pickup") == .success(.choices(["content", "safety"])))
        #expect(
            q.parseAnswer("Safety and pickup 1")
                == .failure(.notAnOption("and", numbers: 1...3, values: ["time", "content", "safety"])))
        #expect(q.parseAnswer("safety, Safety and pickup") == .failure(.repeated("Safety and pickup")))
        #expect(
            q.parseAnswer("teacher child")
                == .failure(.notAnOption("teacher", numbers: 1...3, values: ["time", "content", "safety"])))
    }

    @Test func scaleLabelsGoToTheLowestPointAfterThePointsThemselves() {
        let q = Question(
            id: "s", type: .scale, text: F.text("S"), min: 1, max: 5,
            labels: [1: label("3", "low"), 2: label("一般", "Neutral"), 4: label("一般", "so-so")])
        let reader = AnswerReader(q)
        #expect(reader.point(labelled: "一般") == 2)
        #expect(reader.point(labelled: "NEUTRAL") == 2)
        #expect(reader.point(labelled: "ｌｏｗ") == 1)
        #expect(q.parseAnswer("3") == .success(.integer(3)))
        #expect(q.parseAnswer("So-so") == .success(.integer(4)))
        #expect(AnswerReader(F.sportsEnjoy).point(labelled: "3") == nil)
    }

    @Test func theRunnersReadersReadAsParsingDoes() throws {
        let runner = try F.runner(modules: [F.sportsEnjoy, F.artsHours])
        let inputs = [
            "", " ", "1", "2", "3", "4", "5", "9", "yes", "是", "no", "Timing", "timing, 3", "1 3", "3 3", "x",
            "一般", "非常满意", "2.5", "２", "ｔｉｍｅ", "Safety and pickup", "好", " 希望增加体育活动 ",
        ]
        for (question, reader) in zip(runner.questions, runner.readers) {
            #expect(reader.question == question)
            for input in inputs {
                #expect(reader.read(input) == question.parseAnswer(input), "\(question.id): '\(input)'")
            }
        }
    }

    @Test func anUnknownIDIsReportedEvenWhenEveryQuestionIsGiven() throws {
        let runner = try F.runner()
        let result = runner.validate(answers: [
            "aware": "yes", "overall": "4", "reasons": "", "comments": "", "extra": "1",
        ])
        guard case .failure(let failure) = result else {
            Issue.record("accepted an unknown id")
            return
        }
        #expect(failure.problems.map(\.questionID) == ["extra"])
        #expect(
            runner.validate(answers: ["aware": "yes", "overall": "4", "reasons": "", "comments": ""])
                == .success(["aware": .yesNo(true), "overall": .integer(4)]))
    }
}
