import Model
import Reports
import School

/// The day's pickup report and the monthly review (P12, P15).
enum StayingReportCommands {
    static let all: [CommandSpec] = [pickups, month]

    static let pickups = CommandSpec(
        path: ["report", "pickups"],
        summary: LocalizedText(
            zh: "某天的接送报告：晚接、晚于报名时段接走、特批放行、仍在校的孩子",
            en: "a day's pickups: late, after the enrolled segment, overrides, children still at school"),
        flags: [FlagSpec(name: "--date", value: "D")],
        example: "report pickups --date 2026-11-30",
        details: LocalizedText(
            zh:
                "原因：late（晚于最晚结束时间）、after_enrolment（晚于孩子报名的最后时段结束）、override（名单外的人，特批）、"
                + "still_at_school（当天过了最晚结束时间仍未登记离校）。family_late_month 是这个家庭本月的晚接次数。",
            en:
                "Reasons: late (after the policy's latest end), after_enrolment (after the end of the child's last "
                + "enrolled segment), override (someone not on the list), still_at_school (today, after the "
                + "latest end, with no departure recorded). family_late_month counts the family's late "
                + "pickups this month."
        ),
        run: { arguments, session in
            let semester = try session.school.currentSemester()
            let date = try session.semesterDate(arguments, in: semester)
            return try PickupReport(date: date, semester: semester, school: session.school).result(session.language)
        }
    )

    static let month = CommandSpec(
        path: ["report", "month"],
        summary: LocalizedText(
            zh: "月度回顾（P15）：出勤、缺席、请假、晚接、特批、社团满员率和本月的所有说明",
            en:
                "the monthly review (P15): attendance, absences, leave, late pickups, overrides, club fill and "
                + "every note of the month"
        ),
        flags: [FlagSpec(name: "--month", value: "YYYY-MM"), FlagSpec(name: "--html", value: "FILE")],
        example: "report month --month 2026-11 --html 2026-11.html",
        details: LocalizedText(
            zh: "默认本月。--html 另外写出一个独立的网页（无脚本、无网络），手机上可读。",
            en:
                "By default this month. --html also writes one self-contained page (no scripts, no network), "
                + "readable on a phone."
        ),
        run: { arguments, session in
            let semester = try session.school.currentSemester()
            let (first, last) = try MonthReviewBuilder.month(
                arguments.value("--month"), semester: semester, school: session.school)
            let review = try MonthReviewBuilder(school: session.school, semester: semester, language: session.language)
                .build(first: first, last: last)
            if let path = arguments.value("--html") {
                try ReportFile.write(HTMLReport.render(month: review, language: session.language), to: path)
            }
            return MonthReviewDisplay.result(review, language: session.language)
        }
    )
}
