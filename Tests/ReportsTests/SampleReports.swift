import Model

@testable import Reports

/// A realistic semester of one school, and a district of four, for the page tests and the sample pages.
enum SampleReports {
    static let modules: [(id: String, name: LocalizedText, k: Int, n: Int)] = [
        ("arts", LocalizedText(zh: "艺术科普", en: "Arts and science"), 118, 131),
        ("sports", LocalizedText(zh: "体育锻炼", en: "Sports"), 140, 149),
        ("labour", LocalizedText(zh: "劳动技能", en: "Labour skills"), 3, 4),
        ("reading", LocalizedText(zh: "课外阅读", en: "Extracurricular reading"), 52, 61),
        ("games", LocalizedText(zh: "益智游戏", en: "Games"), 25, 33),
        ("study", LocalizedText(zh: "作业辅导与自习", en: "Homework and self-study"), 198, 241),
    ]

    static let questions: [(id: String, zh: String, en: String)] = [
        ("overall", "总体而言，您对学校课后服务满意吗？", "Overall, how satisfied are you with the after-school service?"),
        ("homework", "孩子在校能完成大部分书面作业", "My child finishes most written homework at school"),
        ("activities", "课外活动内容丰富、适合孩子", "The activities are varied and suit my child"),
        ("safety", "离校接送安排安全有序", "Pickup at the end of the day is safe and orderly"),
        ("staff", "老师和工作人员认真负责", "Teachers and staff are attentive"),
        ("exercise", "孩子在校有足够的体育锻炼", "My child gets enough exercise"),
        ("eyesight", "学校注意保护孩子视力", "The school protects my child's eyesight"),
        ("times", "服务时间符合家庭需要", "The times fit our family"),
    ]

    static let agreement: [Int: LocalizedText] = [
        1: LocalizedText(zh: "很不满意", en: "Very dissatisfied"), 2: LocalizedText(zh: "不满意", en: "Dissatisfied"),
        3: LocalizedText(zh: "一般", en: "Neutral"), 4: LocalizedText(zh: "满意", en: "Satisfied"),
        5: LocalizedText(zh: "很满意", en: "Very satisfied"),
    ]

    static func summary(
        schoolName: LocalizedText = LocalizedText(zh: "上海市金山区朱泾第二小学", en: "Zhujing No. 2 Primary School")
    ) -> Summary {
        let distributions = questions.enumerated().map { index, question in
            let form = Question(
                id: question.id, type: .scale, text: LocalizedText(zh: question.zh, en: question.en),
                min: 1, max: 5, labels: agreement)
            let counts = [1: 4 + index, 2: 9 + 2 * index, 3: 31 + index * 3, 4: 98 - index * 4, 5: 121 - index * 6]
            return ScaleDistribution(question: form, counts: index == 6 ? [1: 0, 2: 3, 3: 20, 4: 90, 5: 150] : counts)
        }
        return Summary(
            school: Policy.School(id: "zj2", name: schoolName),
            semester: "2024-2025-1", previousSemester: "2023-2024-2",
            coverage: SemesterComparison(current: Proportion(k: 1203, n: 1450), previous: Proportion(k: 1150, n: 1432)),
            awareness: SemesterComparison(current: Proportion(k: 240, n: 263), previous: Proportion(k: 230, n: 241)),
            satisfaction: SemesterComparison(current: Proportion(k: 81, n: 263), previous: Proportion(k: 200, n: 240)),
            invited: 1450, responses: 270, comments: 37,
            satisfactionByModule: Breakdown(dimension: .module, counts: modules.map { ($0.id, $0.k, $0.n) }),
            moduleNames: Dictionary(uniqueKeysWithValues: modules.map { ($0.id, $0.name) }),
            satisfactionByGrade: Breakdown(
                dimension: .grade, counts: [("1", 50, 58), ("2", 47, 55), ("3", 40, 52), ("4", 38, 51), ("5", 30, 47)]),
            coverageByGrade: [
                CoverageCell(key: "1", enrolled: 270, roster: 292), CoverageCell(key: "2", enrolled: 255, roster: 288),
                CoverageCell(key: "3", enrolled: 246, roster: 290), CoverageCell(key: "4", enrolled: 230, roster: 291),
                CoverageCell(key: "5", enrolled: 202, roster: 289),
            ],
            distributions: distributions)
    }

    static func district() -> DistrictReport {
        DistrictReport(
            semester: "2024-2025-1",
            schools: [
                .init(
                    school: Policy.School(
                        id: "zj2", name: LocalizedText(zh: "上海市金山区朱泾第二小学", en: "Zhujing No. 2 Primary School")),
                    offersService: true, enrolled: 1203, roster: 1450,
                    awareness: Proportion(k: 240, n: 263), satisfaction: Proportion(k: 81, n: 263), responses: 270,
                    invited: 1450),
                .init(
                    school: Policy.School(id: "sx", name: LocalizedText(zh: "金山区山阳小学", en: "Shanyang Primary School")),
                    offersService: true, enrolled: 640, roster: 702,
                    awareness: Proportion(k: 300, n: 330), satisfaction: Proportion(k: 290, n: 330), responses: 331,
                    invited: 702),
                .init(
                    school: Policy.School(id: "ty", name: LocalizedText(zh: "亭林小学", en: "Tinglin Primary School")),
                    offersService: false, enrolled: 0, roster: 512,
                    awareness: Proportion(k: 10, n: 40), satisfaction: Proportion.empty, responses: 40, invited: 512),
                .init(
                    school: Policy.School(id: "fx", name: LocalizedText(zh: "枫泾小学", en: "Fengjing Primary School")),
                    offersService: true, enrolled: 380, roster: 420,
                    awareness: Proportion(k: 3, n: 4), satisfaction: Proportion(k: 3, n: 4),
                    responses: 4, invited: 420),
            ])
    }
}
