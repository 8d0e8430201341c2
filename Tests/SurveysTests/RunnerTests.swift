import Model
import Testing

@testable import Surveys

@Suite("Survey runner")
struct RunnerTests {
    typealias F = Fixtures

    @Test func asksTheFirstQuestionWithProgress() throws {
        let runner = try F.runner()
        let step = try #require(runner.current)
        #expect(step.question.id == "aware")
        #expect(step.progress.description == "1/3")
        #expect(step.answer == nil)
        #expect(runner.visibleQuestions.map(\.id) == ["aware", "overall", "comments"])
    }

    @Test func answeringMovesOnAndBackReturns() throws {
        var runner = try F.runner()
        #expect(runner.answer("y") == .success(.yesNo(true)))
        #expect(runner.current?.question.id == "overall")
        #expect(runner.progress.description == "2/3")
        #expect(runner.back() == true)
        #expect(runner.current?.question.id == "aware")
        #expect(runner.current?.answer == .yesNo(true))
        #expect(runner.back() == false)
        #expect(runner.current?.question.id == "aware")
    }

    @Test func anEmptyLineKeepsTheAnswerOrSkipsAnOptionalQuestion() throws {
        var runner = try F.runner()
        #expect(runner.answer("") == .failure(.required))
        #expect(runner.answer("2") == .success(.yesNo(false)))
        _ = runner.back()
        #expect(runner.answer("") == .success(.yesNo(false)))
        #expect(runner.answer("4") == .success(.integer(4)))
        #expect(runner.current?.question.id == "comments")
        #expect(runner.answer("") == .success(nil))
        #expect(runner.isAtReview)
        #expect(runner.answers == ["aware": .yesNo(false), "overall": .integer(4)])
    }

    @Test func aRelevantQuestionAppearsAndItsAnswerGoesWhenItIsHiddenAgain() throws {
        var runner = try F.runner()
        _ = runner.answer("yes")
        _ = runner.answer("2")
        #expect(runner.current?.question.id == "reasons")
        #expect(runner.progress.description == "3/4")
        #expect(runner.answer("1 2") == .success(.choices(["time", "content"])))
        #expect(runner.answer(to: "reasons") == .choices(["time", "content"]))
        _ = runner.back()
        _ = runner.back()
        #expect(runner.answer("5") == .success(.integer(5)))
        #expect(runner.current?.question.id == "comments")
        #expect(runner.answer(to: "reasons") == nil)
        #expect(runner.visibleQuestions.map(\.id) == ["aware", "overall", "comments"])
        // Shown again, the question starts empty: the old answer was dropped, not hidden.
        _ = runner.back()
        _ = runner.answer("1")
        #expect(runner.current?.question.id == "reasons")
        #expect(runner.current?.answer == nil)
    }

    @Test func theConstraintRefusesWithItsMessageButNotAnEmptyAnswer() throws {
        var runner = try F.runner()
        _ = runner.answer("yes")
        _ = runner.answer("1")
        guard case .failure(let problem) = runner.answer("1 2 3") else {
            Issue.record("accepted three")
            return
        }
        #expect(problem.message(.en) == "Pick at most two")
        #expect(problem.message(.zh) == "最多选两项")
        #expect(runner.current?.question.id == "reasons")
        #expect(runner.answer("") == .success(nil))
        #expect(runner.current?.question.id == "comments")
    }

    @Test func aConstraintWithoutMessageSaysTheAnswerIsNotAccepted() throws {
        let form = F.single(
            Question(
                id: "code", type: .text, text: F.text("Class code"),
                constraint: SourceText("regex(., '^[0-9]+$')")))
        var runner = try F.runner(form)
        guard case .failure(let problem) = runner.answer("3a") else {
            Issue.record("accepted")
            return
        }
        #expect(problem.message(.en) == "'3a' is not accepted for this question")
        #expect(problem.message(.zh) == "'3a' 不符合本题的要求")
        #expect(runner.answer("31") == .success(.text("31")))
    }

    @Test func aConstraintCanReadEarlierAnswers() throws {
        let form = Form(
            id: "kids", version: 1, title: F.text("Kids"),
            questions: [
                Question(id: "children", type: .integer, text: F.text("Children"), required: true, min: 1),
                Question(
                    id: "enrolled", type: .integer, text: F.text("Enrolled"), required: true,
                    constraint: SourceText(". <= ${children}"),
                    constraintMessage: LocalizedText(zh: "不能超过孩子数", en: "no more than your children")),
            ])
        var runner = try F.runner(form)
        _ = runner.answer("2")
        #expect(runner.answer("3") == .failure(.constraintFailed("3", message: form.questions[1].constraintMessage)))
        _ = runner.answer("2")
        #expect(runner.isComplete)
        // Lowering an earlier answer breaks the later one: the confirmation goes to it.
        #expect(runner.jump(toQuestionNumber: 1) == true)
        _ = runner.answer("1")
        #expect(runner.isAtReview)
        guard case .failure(let problem) = runner.confirm() else {
            Issue.record("confirmed")
            return
        }
        #expect(problem.message(.en) == "question 'enrolled': no more than your children")
        #expect(runner.current?.question.id == "enrolled")
        #expect(runner.answer("") == .failure(.constraintFailed("2", message: form.questions[1].constraintMessage)))
        _ = runner.answer("1")
        #expect(runner.confirm() == .success(["children": .integer(1), "enrolled": .integer(1)]))
    }

    @Test func theReviewListsTheApplyingQuestionsAndAJumpReturnsToIt() throws {
        var runner = try F.runner()
        for input in ["yes", "4", "more football"] { _ = runner.answer(input) }
        #expect(runner.isAtReview)
        #expect(runner.progress.description == "3/3")
        let review = runner.review()
        #expect(review.map(\.number) == [1, 2, 3])
        #expect(review.map { $0.display(in: .en) } == ["yes", "4", "more football"])
        #expect(runner.jump(toQuestionNumber: 2) == true)
        #expect(runner.current?.progress.description == "2/3")
        _ = runner.answer("1")
        // The new answer brings in `reasons`, which is asked; `comments` was answered already.
        #expect(runner.current?.question.id == "reasons")
        _ = runner.answer("")
        #expect(runner.isAtReview)
        #expect(runner.review().map { $0.display(in: .zh) } == ["是", "1 很不满意", "—", "more football"])
        #expect(runner.jump(toQuestionNumber: 5) == false)
        #expect(runner.jump(toQuestionNumber: 0) == false)
        #expect(runner.back() == true)
        #expect(runner.current?.question.id == "comments")
    }

    @Test func moduleQuestionsComeAfterTheFormInModuleOrder() throws {
        var runner = try F.runner(modules: [F.sportsEnjoy, F.artsHours])
        #expect(runner.visibleQuestions.map(\.id) == ["aware", "overall", "comments", "sports_enjoy", "arts_hours"])
        for input in ["yes", "5", ""] { _ = runner.answer(input) }
        #expect(runner.current?.question.id == "sports_enjoy")
        #expect(runner.progress.description == "4/5")
        #expect(runner.answer("6") == .failure(.outOfRange("6", min: 1, max: 5)))
        _ = runner.answer("5")
        _ = runner.answer("1.5")
        #expect(runner.answers["arts_hours"] == .decimal(1.5))
    }

    @Test func aModuleQuestionMayNotReuseAFormQuestionsID() {
        let clash = Question(id: "overall", type: .integer, text: F.text("Again"))
        #expect(throws: SurveyDefinitionError.duplicateQuestion("overall")) {
            try SurveyRunner(form: F.parentSurvey, moduleQuestions: [clash])
        }
    }

    @Test func anExpressionThatDoesNotParseIsRefusedUpFront() {
        let form = F.single(Question(id: "q", type: .integer, text: F.text("Q"), relevant: SourceText("${a} <")))
        #expect(throws: SurveyDefinitionError.self) { try SurveyRunner(form: form) }
    }

    @Test func aDefaultIsTheProposedAnswerUntilChanged() throws {
        let form = Form(
            id: "d", version: 1, title: F.text("D"),
            questions: [
                Question(
                    id: "uses", type: .yesNo, text: F.text("Uses the service?"), required: true, defaultAnswer: "yes"),
                Question(
                    id: "days", type: .integer, text: F.text("Days"), relevant: SourceText("${uses} = 'yes'"),
                    defaultAnswer: "5"),
            ])
        var runner = try F.runner(form)
        #expect(runner.current?.answer == .yesNo(true))
        #expect(runner.visibleQuestions.count == 2)
        _ = runner.answer("")
        #expect(runner.current?.answer == .integer(5))
        try runner.skip()
        #expect(runner.answers == ["uses": .yesNo(true)])
        #expect(runner.validate(answers: [:]) == .success(["uses": .yesNo(true), "days": .integer(5)]))
        #expect(runner.validate(answers: ["days": ""]) == .success(["uses": .yesNo(true)]))
        #expect(runner.validate(answers: ["uses": "no"]) == .success(["uses": .yesNo(false)]))
    }

    @Test func aRequiredQuestionCannotBeSkipped() throws {
        var runner = try F.runner()
        #expect(throws: AnswerProblem.required) { try runner.skip() }
        #expect(runner.current?.question.id == "aware")
        #expect(AnswerProblem.required.message(.en) == "this question needs an answer")
        #expect(AnswerProblem.required.message(.zh) == "本题必须回答")
    }
}
