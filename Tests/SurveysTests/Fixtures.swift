import Model

@testable import Surveys

/// Forms built directly, without YAML.
enum Fixtures {
    static func text(_ en: String) -> LocalizedText { LocalizedText(zh: en, en: en) }

    static let reasons = [
        Choice(value: "time", label: LocalizedText(zh: "时间安排", en: "Timing")),
        Choice(value: "content", label: LocalizedText(zh: "活动内容", en: "Content")),
        Choice(value: "safety", label: LocalizedText(zh: "安全与接送", en: "Safety and pickup")),
    ]

    /// The parent survey of the product's form example.
    static let parentSurvey = Form(
        id: "parent-satisfaction", version: 1,
        title: LocalizedText(zh: "课后服务家长满意度调查", en: "After-school service: parent survey"),
        questions: [
            Question(
                id: "aware", type: .yesNo,
                text: LocalizedText(zh: "您是否了解学校课后服务的时间和内容？", en: "Do you know the service's times and content?"),
                required: true),
            Question(
                id: "overall", type: .scale,
                text: LocalizedText(zh: "您对课后服务的总体满意度", en: "Overall satisfaction with the service"),
                required: true, min: 1, max: 5,
                labels: [1: LocalizedText("很不满意"), 3: LocalizedText("一般"), 5: LocalizedText("非常满意")]),
            Question(
                id: "reasons", type: .multi, text: LocalizedText(zh: "不满意的主要原因", en: "Main reasons"),
                relevant: SourceText("${overall} <= 2"), constraint: SourceText("count-selected(.) <= 2"),
                constraintMessage: LocalizedText(zh: "最多选两项", en: "Pick at most two"), choices: reasons),
            Question(
                id: "comments", type: .text, text: LocalizedText(zh: "意见和建议", en: "Comments and suggestions"),
                maxLength: 500),
        ])

    /// Module questions as a sports and an arts module would add them.
    static let sportsEnjoy = Question(
        id: "sports_enjoy", type: .scale, text: text("Does your child enjoy the sports club?"),
        min: 1, max: 5)
    static let artsHours = Question(
        id: "arts_hours", type: .decimal, text: text("Hours of practice a week"), min: 0, max: 20)

    /// A one-question form, for parsing through the runner.
    static func single(_ question: Question) -> Form {
        Form(id: "one", version: 1, title: text("One"), questions: [question])
    }

    static func runner(_ form: Form = parentSurvey, modules: [Question] = []) throws -> SurveyRunner {
        try SurveyRunner(form: form, moduleQuestions: modules)
    }
}
