import Model
import Testing

@testable import Surveys

@Suite("Answer parsing")
struct ParsingTests {
    typealias F = Fixtures

    private func parse(_ question: Question, _ input: String) -> Result<Answer?, AnswerProblem> {
        question.parseAnswer(input)
    }

    private func refusal(_ question: Question, _ input: String, _ language: Language = .en) -> String? {
        guard case .failure(let problem) = question.parseAnswer(input) else { return nil }
        return problem.message(language)
    }

    @Test func yesNoTakesNumbersLettersWordsAndChinese() {
        let q = Question(id: "aware", type: .yesNo, text: F.text("Aware?"))
        for input in ["1", "y", "Y", "yes", "YES", "是", " 是 ", "１"] {
            #expect(parse(q, input) == .success(.yesNo(true)), "\(input)")
        }
        for input in ["2", "n", "No", "否", "２"] {
            #expect(parse(q, input) == .success(.yesNo(false)), "\(input)")
        }
        #expect(refusal(q, "maybe") == "'maybe' is not one of the options")
        #expect(refusal(q, "3", .zh) == "'3' 不是可选的选项")
        #expect(parse(q, "  ") == .success(nil))
    }

    @Test func singleTakesNumberValueOrLabel() {
        let q = Question(id: "why", type: .single, text: F.text("Why?"), choices: F.reasons)
        #expect(parse(q, "2") == .success(.choice("content")))
        #expect(parse(q, "safety") == .success(.choice("safety")))
        #expect(parse(q, "Timing") == .success(.choice("time")))
        #expect(parse(q, "timing") == .success(.choice("time")))
        #expect(parse(q, "活动内容") == .success(.choice("content")))
        #expect(parse(q, "safety and pickup") == .success(.choice("safety")))
        #expect(refusal(q, "x") == "'x' is not one of the options")
        #expect(refusal(q, "4") == "'4' is not one of the options")
        #expect(refusal(q, "0", .zh) == "'0' 不是可选的选项")
        guard case .failure(let problem) = parse(q, "x") else {
            Issue.record("accepted 'x'")
            return
        }
        #expect(problem.hint(.en) == "answer with a number from 1 to 3 or one of: time, content, safety")
        #expect(problem.hint(.zh) == "请输入 1 到 3 的数字，或以下之一：time、content、safety")
    }

    @Test func aChoiceValueThatIsANumberMeansThatValue() {
        let years = [Choice(value: "2"), Choice(value: "1")]
        let q = Question(id: "n", type: .single, text: F.text("N"), choices: years)
        #expect(parse(q, "1") == .success(.choice("1")))
        #expect(parse(q, "2") == .success(.choice("2")))
    }

    @Test func multiTakesSeveralSeparatedBySpacesOrCommas() {
        let q = Question(id: "reasons", type: .multi, text: F.text("Reasons"), choices: F.reasons)
        #expect(parse(q, "1 3") == .success(.choices(["time", "safety"])))
        #expect(parse(q, "3,1") == .success(.choices(["time", "safety"])))
        #expect(parse(q, "1，2") == .success(.choices(["time", "content"])))
        #expect(parse(q, "1、2、3") == .success(.choices(["time", "content", "safety"])))
        #expect(parse(q, "time content") == .success(.choices(["time", "content"])))
        #expect(parse(q, "Safety and pickup") == .success(.choices(["safety"])))
        #expect(parse(q, "Timing, Safety and pickup") == .success(.choices(["time", "safety"])))
        #expect(parse(q, "时间安排、活动内容") == .success(.choices(["time", "content"])))
        #expect(refusal(q, "1 x") == "'x' is not one of the options")
        #expect(refusal(q, "3 3") == "'3' appears twice")
        #expect(refusal(q, "1 time") == "'time' appears twice")
        #expect(refusal(q, "3 3", .zh) == "'3' 出现了两次")
        #expect(refusal(q, ",") == "',' is not one of the options")
    }

    @Test func scaleTakesThePointOrItsWords() {
        let q = F.parentSurvey.questions[1]
        #expect(parse(q, "4") == .success(.integer(4)))
        #expect(parse(q, "一般") == .success(.integer(3)))
        #expect(parse(q, "非常满意") == .success(.integer(5)))
        #expect(refusal(q, "7") == "'7' is not between 1 and 5")
        #expect(refusal(q, "0", .zh) == "'0' 不在 1 到 5 之间")
        #expect(refusal(q, "2.5") == "'2.5' is not a whole number")
        #expect(refusal(q, "good") == "'good' is not one of the options")
        guard case .failure(let problem) = parse(q, "good") else {
            Issue.record("accepted 'good'")
            return
        }
        #expect(problem.hint(.en) == "answer with a number from 1 to 5")
    }

    @Test func integerChecksItsBounds() {
        let q = Question(id: "kids", type: .integer, text: F.text("Children"), min: 1, max: 5)
        #expect(parse(q, "3") == .success(.integer(3)))
        #expect(parse(q, "+2") == .success(.integer(2)))
        #expect(parse(q, "４") == .success(.integer(4)))
        #expect(refusal(q, "abc") == "'abc' is not a number")
        #expect(refusal(q, "abc", .zh) == "'abc' 不是数字")
        #expect(refusal(q, "7") == "'7' is not between 1 and 5")
        #expect(refusal(q, "1.5") == "'1.5' is not a whole number")
        #expect(refusal(q, "1e3") == "'1e3' is not a number")
        let atLeast = Question(id: "n", type: .integer, text: F.text("N"), min: 1)
        #expect(refusal(atLeast, "0") == "'0' is less than 1")
        #expect(refusal(atLeast, "-3", .zh) == "'-3' 小于 1")
        let atMost = Question(id: "n", type: .integer, text: F.text("N"), max: 10)
        #expect(refusal(atMost, "11") == "'11' is more than 10")
        #expect(parse(atMost, "-40") == .success(.integer(-40)))
    }

    @Test func decimalTakesPlainDecimalText() {
        let q = F.artsHours
        #expect(parse(q, "2.5") == .success(.decimal(2.5)))
        #expect(parse(q, ".5") == .success(.decimal(0.5)))
        #expect(parse(q, "3") == .success(.decimal(3)))
        #expect(refusal(q, "20.5") == "'20.5' is not between 0 and 20")
        #expect(refusal(q, "two") == "'two' is not a number")
        #expect(refusal(q, "nan") == "'nan' is not a number")
        #expect(Answer.decimal(3).text == "3")
        #expect(Answer.decimal(2.5).text == "2.5")
    }

    @Test func textKeepsWhatWasTypedWithinItsLength() {
        let q = F.parentSurvey.questions[3]
        #expect(parse(q, "  more  football, please ") == .success(.text("more  football, please")))
        #expect(parse(q, "１２") == .success(.text("１２")))
        let long = String(repeating: "好", count: 501)
        #expect(refusal(q, long) == "at most 500 characters")
        #expect(refusal(q, long, .zh) == "最多 500 个字")
        guard case .failure(let problem) = parse(q, long) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.hint(.en) == "the answer has 501")
        #expect(parse(q, String(repeating: "好", count: 500)) == .success(.text(String(repeating: "好", count: 500))))
    }

    @Test func dateIsISOOrACommonVariant() throws {
        let q = Question(id: "since", type: .date, text: F.text("Since"))
        let day = try #require(CalendarDate("2025-03-14"))
        for input in ["2025-03-14", "2025-3-14", "2025/03/14", "2025.3.14", "2025年3月14日", "２０２５-０３-１４"] {
            #expect(parse(q, input) == .success(.date(day)), "\(input)")
        }
        #expect(refusal(q, "2021-13-01") == "'2021-13-01' is not a date (YYYY-MM-DD)")
        #expect(refusal(q, "2021-02-29") == "'2021-02-29' is not a date (YYYY-MM-DD)")
        #expect(refusal(q, "14/03/2025") == "'14/03/2025' is not a date (YYYY-MM-DD)")
        #expect(refusal(q, "tomorrow", .zh) == "'tomorrow' 不是日期（YYYY-MM-DD）")
    }

    @Test func timeIsHoursAndMinutes() throws {
        let q = Question(id: "pickup", type: .time, text: F.text("Pickup"))
        #expect(parse(q, "15:30") == .success(.time(try #require(TimeOfDay("15:30")))))
        #expect(parse(q, "9:05") == .success(.time(try #require(TimeOfDay("09:05")))))
        #expect(parse(q, "17：00") == .success(.time(try #require(TimeOfDay("17:00")))))
        #expect(refusal(q, "25:00") == "'25:00' is not a time (HH:MM)")
        #expect(refusal(q, "15:60") == "'15:60' is not a time (HH:MM)")
        #expect(refusal(q, "3pm", .zh) == "'3pm' 不是时间（HH:MM）")
        #expect(Answer.time(try #require(TimeOfDay("09:05"))).text == "09:05")
    }

    @Test func answersBecomeExpressionValuesAndStoredText() throws {
        #expect(Answer.yesNo(true).value == .string("yes"))
        #expect(Answer.yesNo(false).text == "no")
        #expect(Answer.choices(["time", "safety"]).value == .multi(["time", "safety"]))
        #expect(Answer.choices(["time", "safety"]).text == "time safety")
        #expect(Answer.integer(4).value == .number(4))
        #expect(Answer.date(try #require(CalendarDate("2025-03-14"))).value == .string("2025-03-14"))
        let reasons = F.parentSurvey.questions[2]
        #expect(Answer(stored: "time safety", for: reasons) == .choices(["time", "safety"]))
        #expect(Answer(stored: "nothing", for: reasons) == nil)
    }

    @Test func answersReadBackInEitherLanguage() {
        let survey = F.parentSurvey.questions
        #expect(Answer.yesNo(true).display(for: survey[0], in: .zh) == "是")
        #expect(Answer.integer(3).display(for: survey[1], in: .en) == "3 一般")
        #expect(Answer.integer(4).display(for: survey[1], in: .en) == "4")
        #expect(Answer.choices(["time", "safety"]).display(for: survey[2], in: .en) == "Timing, Safety and pickup")
        #expect(Answer.choices(["time", "safety"]).display(for: survey[2], in: .zh) == "时间安排、安全与接送")
    }

    @Test func optionsAreNumberedAndScalesShowTheirPoints() {
        let survey = F.parentSurvey.questions
        #expect(survey[0].options.map(\.key) == ["1", "2"])
        #expect(survey[0].options.map(\.value) == ["yes", "no"])
        #expect(survey[1].options.map(\.key) == ["1", "2", "3", "4", "5"])
        #expect(survey[1].options[2].label?.text(.zh) == "一般")
        #expect(survey[1].options[1].label == nil)
        #expect(survey[2].options.map(\.key) == ["1", "2", "3"])
        #expect(survey[3].options.isEmpty)
    }

    @Test func helpGivesTheQuestionsOwnHelpThenTheAcceptedForms() {
        var q = Question(id: "pickup", type: .time, text: F.text("Pickup"), required: true)
        q.help = LocalizedText(zh: "接孩子的时间", en: "When you collect your child")
        #expect(
            q.helpText.text(.en) == """
                When you collect your child
                answer with a time of day, HH:MM, such as 15:30
                this question needs an answer; an empty line keeps the current one
                < goes back to the previous question
                """)
        #expect(q.helpText.text(.zh).hasPrefix("接孩子的时间\n输入时间，格式 HH:MM，如 15:30\n"))
        let scale = F.parentSurvey.questions[1]
        #expect(scale.acceptedForms(.en) == "answer with a whole number from 1 to 5 (1 = 很不满意, 3 = 一般, 5 = 非常满意)")
        #expect(scale.acceptedForms(.zh) == "输入 1 到 5 的整数（1 = 很不满意，3 = 一般，5 = 非常满意）")
        #expect(F.parentSurvey.questions[3].acceptedForms(.en) == "answer in your own words, at most 500 characters")
        #expect(F.artsHours.acceptedForms(.en) == "answer with a number from 0 to 20, such as 2.5")
        #expect(F.artsHours.acceptedForms(.zh) == "输入数字，如 2.5，范围 0 到 20")
        let atLeast = Question(id: "n", type: .integer, text: F.text("N"), min: 1)
        #expect(atLeast.acceptedForms(.en) == "answer with a whole number of at least 1")
        #expect(atLeast.acceptedForms(.zh) == "输入整数，不小于 1")
        #expect(F.parentSurvey.questions[2].helpText.text(.en).contains("Pick at most two"))
    }
}
