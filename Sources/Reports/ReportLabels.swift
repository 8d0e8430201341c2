import Model

/// The words the report pages print, in both languages.
enum ReportLabels {
    static let summaryTitle = LocalizedText(zh: "课后服务学期报告", en: "After-school service report")
    static let districtTitle = LocalizedText(zh: "区课后服务报告", en: "District after-school service report")
    static let semester = LocalizedText(zh: "学期", en: "Semester")
    static let comparedWith = LocalizedText(zh: "对比", en: "compared with")
    static let coverage = LocalizedText(zh: "覆盖度", en: "Coverage")
    static let awareness = LocalizedText(zh: "知晓率", en: "Awareness")
    static let satisfaction = LocalizedText(zh: "满意率", en: "Satisfaction")
    static let schoolCoverage = LocalizedText(zh: "学校覆盖率", en: "School coverage")
    static let students = LocalizedText(zh: "名学生参加", en: "students enrolled")
    static let schoolsOffering = LocalizedText(zh: "所学校开展服务", en: "schools offering service")
    static let interval = LocalizedText(zh: "95% 区间", en: "95% interval")
    static let lastSemester = LocalizedText(zh: "上学期", en: "Last semester")
    static let noPrevious = LocalizedText(zh: "无上学期数据", en: "No earlier semester")
    static let points = LocalizedText(zh: "个百分点", en: "pts")
    static let noResponses = LocalizedText(zh: "尚无回复，无法计算", en: "No responses yet")
    static let noRoster = LocalizedText(zh: "名册为空", en: "The roster is empty")
    static let responseRate = LocalizedText(zh: "回收率", en: "Response rate")
    static let comments = LocalizedText(zh: "条文字意见", en: "written comments")
    static let mostSatisfied = LocalizedText(zh: "最满意的模块", en: "Most satisfied module")
    static let leastSatisfied = LocalizedText(zh: "最不满意的模块", en: "Least satisfied module")
    static let byModule = LocalizedText(zh: "各模块满意率", en: "Satisfaction by module")
    static let byGrade = LocalizedText(zh: "各年级满意率", en: "Satisfaction by grade")
    static let coverageByGrade = LocalizedText(zh: "各年级覆盖度", en: "Coverage by grade")
    static let distributions = LocalizedText(zh: "量表题答案分布", en: "Answers to the scale questions")
    static let satisfactionBySchool = LocalizedText(zh: "各校满意率", en: "Satisfaction by school")
    static let awarenessBySchool = LocalizedText(zh: "各校知晓率", en: "Awareness by school")
    static let coverageBySchool = LocalizedText(zh: "各校覆盖度", en: "Coverage by school")
    static let allSchools = LocalizedText(zh: "各校数据", en: "Figures by school")
    static let module = LocalizedText(zh: "模块", en: "Module")
    static let grade = LocalizedText(zh: "年级", en: "Grade")
    static let school = LocalizedText(zh: "学校", en: "School")
    static let question = LocalizedText(zh: "题目", en: "Question")
    static let rate = LocalizedText(zh: "比率", en: "Rate")
    static let enrolled = LocalizedText(zh: "参加人数", en: "Enrolled")
    static let roster = LocalizedText(zh: "名册人数", en: "On roster")
    static let answers = LocalizedText(zh: "回答人数", en: "Answers")
    static let responses = LocalizedText(zh: "回复数", en: "Responses")
    static let offersService = LocalizedText(zh: "开展服务", en: "Offers service")
    static let yes = LocalizedText(zh: "是", en: "yes")
    static let no = LocalizedText(zh: "否", en: "no")
    static let suppressed = LocalizedText(zh: "少于 5 份回复，不显示", en: "fewer than 5 responses")
    static let noData = LocalizedText(zh: "暂无数据", en: "No data yet")
    static let noAnswers = LocalizedText(zh: "无人回答", en: "no answers")
    static let chartOf = LocalizedText(zh: "条形图：", en: "Bar chart: ")
    static let stackedOf = LocalizedText(zh: "答案分布：", en: "Answer distribution: ")
    static let footnote = LocalizedText(
        zh: "比率旁为 95% Wilson 置信区间与计入的回复数 n。少于 5 份回复的分组不显示比率；若只有一个分组被隐藏，"
            + "回复数次少的分组一并隐藏，使总数无法反推。一个家庭按其子女的每个不同年级、模块各计一次，各组之和可能大于总数。",
        en: "Rates come with their 95% Wilson interval and the number of responses n they count. A group with fewer "
            + "than 5 responses shows no rate; when only one group is hidden, the next smallest is hidden too, so that "
            + "the total cannot reveal it. A family counts once under each distinct grade and module of its children, "
            + "so the groups may add up to more than the total.")
    static let districtFootnote = LocalizedText(
        zh: "全区合计按所有学校的学生与回复汇总计算，不是各校比率的平均。学校覆盖率为本学期已发布分配结果的学校占所列学校的比例。",
        en:
            "District totals pool every school's students and responses; they are not an average of the schools' "
            + "rates. "
            + "School coverage is the share of the schools given that published an allocation this semester.")

    /// `3年级` / `Grade 3` for a grade key, the key itself for anything else.
    static func grade(_ key: String, _ language: Language) -> String {
        guard Int(key) != nil else { return key }
        return language == .zh ? "\(key)年级" : "Grade \(key)"
    }
}
