import Model
import Reports
import School

/// The district's three figures (P14): coverage, awareness and satisfaction, for the school and
/// across schools, as tables, CSV, JSON and a page.
enum ReportCommands {
    static let all: [CommandSpec] = [coverage, awareness, satisfaction, summary, district]

    static let coverage = CommandSpec(
        path: ["report", "coverage"],
        summary: LocalizedText(
            zh: "覆盖度：参加人数占名册（按年级、班级、星期、时段），社团名额，志愿满足情况",
            en: "coverage: enrolled of the roster by grade, class, day and segment; club seats; choices met"),
        flags: [FlagSpec(name: "--semester", value: "ID")],
        example: "report coverage --format json",
        details: LocalizedText(
            zh: "社团名额与志愿满足情况按已公布的分配计算；还没公布时按草稿，结果里会注明。",
            en:
                "Seats and choices count the published allocation; before publishing, the draft, and the result "
                + "says which."
        ),
        run: { arguments, session in
            let report = try CoverageReport(session.school, semester: arguments.value("--semester"))
            session.reportNotes(report.notes)
            return report.result(session.language)
        }
    )

    static let awareness = figureCommand(.awareness, example: "report awareness --by grade")
    static let satisfaction = figureCommand(.satisfaction, example: "report satisfaction --by module")

    static func figureCommand(_ measure: SurveyMeasure, example: String) -> CommandSpec {
        let zhName = measure == .satisfaction ? "满意率" : "知晓率"
        let enName = measure == .satisfaction ? "satisfaction" : "awareness"
        let key = measure == .satisfaction ? "satisfied" : "aware"
        return CommandSpec(
            path: ["report", measure == .satisfaction ? "satisfaction" : "awareness"],
            summary: LocalizedText(
                zh: "\(zhName)（政策的 survey.\(key)）：比率、n、95% 区间、回收率；可分组",
                en: "\(enName) (the policy's survey.\(key)): rate, n, 95% interval, response rate; --by a breakdown"),
            flags: [
                FlagSpec(name: "--by", value: "module|grade|class|semester"), FlagSpec(name: "--semester", value: "ID"),
            ],
            example: example,
            details: LocalizedText(
                zh: "n 是回答了表达式所读每道题的回复数。少于 5 份回复的分组不显示比率；只有一个分组被隐藏时，回复数次少的分组也隐藏。"
                    + "一个家庭按其子女的每个不同年级、班级、模块各计一次。--by semester 显示各学期的趋势（不同版本的问卷按共有的题目比较）。",
                en:
                    "n counts the responses that answer every question the expression reads. A group with fewer "
                    + "than 5 responses shows no rate; "
                    + "when it is the only one hidden, the next smallest is hidden too. A family counts once under "
                    + "each distinct grade, class "
                    + "and module of its children. --by semester shows the trend (versions of the form are compared "
                    + "on the questions they share)."
            ),
            run: { arguments, session in
                let report = try FigureReport(
                    session.school, measure: measure, by: arguments.value("--by"),
                    semester: arguments.value("--semester"))
                session.reportNotes(report.notes)
                return report.result()
            }
        )
    }

    static let summary = CommandSpec(
        path: ["report", "summary"],
        summary: LocalizedText(
            zh: "学期总结：三项指标与上学期对比，最满意和最不满意的模块，意见数；--html 写成网页",
            en: "the three figures beside last semester's, best and worst module, comments; --html writes a page"),
        flags: [FlagSpec(name: "--html", value: "FILE"), FlagSpec(name: "--semester", value: "ID")],
        example: "report summary --html summary.html",
        details: LocalizedText(
            zh: "网页是一个独立文件（不含脚本，不联网），手机上可读，也可打印。--html 会替换本程序以前写的报告网页，但不会覆盖其他文件。",
            en:
                "The page is one self-contained file (no scripts, nothing fetched), readable on a phone and "
                + "printable. --html replaces a report page this program wrote before, never any other file."
        ),
        run: { arguments, session in
            let report = try ProgressLine.showing(session.language) {
                try SummaryReport(session.school, semester: arguments.value("--semester"), progress: $0)
            }
            session.reportNotes(report.notes)
            let page = arguments.value("--html")
            if let page {
                try ReportPage.write(HTMLReport.render(summary: report.summary, language: session.language), to: page)
            }
            return report.result(page: page, session.language)
        }
    )

    static let district = CommandSpec(
        path: ["report", "district"],
        summary: LocalizedText(
            zh: "全区报告：各校数据库的三项指标，加全区合计和学校覆盖率（P1）",
            en: "the three figures of several school databases, the district's totals and school coverage (P1)"),
        positionals: [PositionalSpec(name: "DB", variadic: true)],
        flags: [FlagSpec(name: "--semester", value: "ID"), FlagSpec(name: "--html", value: "FILE")],
        example: "report district school-a.sqlite school-b.sqlite --semester 2026-autumn",
        details: LocalizedText(
            zh: "每个数据库只读打开，学校名称取自数据库里记录的学校。不写 --semester 时用各数据库的当前学期。"
                + "不是学校数据库的文件会被指出并跳过。满意率和知晓率按本次运行所用政策的口径计算。--html 同 report summary。",
            en:
                "Each database is opened read-only and named by the school it records. Without --semester, each "
                + "database's current semester. "
                + "A file that is not a school database is named and left out. Satisfaction and awareness are "
                + "counted as the policy this runs with says. --html as in report summary."
        ),
        run: { arguments, session in
            let reading = try ProgressLine.showing(session.language) {
                try DistrictReporting(
                    session.school, paths: arguments.positionals, semester: arguments.value("--semester"), progress: $0)
            }
            for warning in reading.warnings { session.reportRemark("warning", warning.message, hint: warning.hint) }
            let report = try reading.report()
            let page = arguments.value("--html")
            if let page {
                try ReportPage.write(HTMLReport.render(district: report, language: session.language), to: page)
            }
            return reading.result(report, page: page, session.language)
        }
    )
}
