import Model

/// The HTML page of `report month --html`: the month's figures, attendance and club fill as bar
/// charts with their tables, families with late pickups, and the notes.
struct MonthPage {
    let review: MonthReview
    let language: Language

    private var zh: Bool { language == .zh }

    func render() -> String {
        let title =
            "\(review.school.name[language]) · \(zh ? "课后服务月度回顾" : "Monthly review of the after-school service")"
        var body = "<header><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(subtitle))</p></header>\n"
        body += "<div class=\"figures\">\n\(figures)</div>\n"
        body += "<ul class=\"card facts\">" + facts.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
        body += "<div class=\"charts\">\n"
        body += HTMLReport.card(zh ? "各时段出勤率" : "Attendance by segment", segmentChart)
        body += HTMLReport.card(zh ? "社团满员率" : "Club places filled", clubChart)
        body += HTMLReport.card(zh ? "各班组出勤" : "Attendance by group", groupTable, wide: true)
        body += HTMLReport.card(zh ? "晚接的家庭" : "Families who collected late", familyTable)
        body += HTMLReport.card(zh ? "本月记录的说明" : "Notes written this month", noteTable, wide: true)
        body += "</div>\n<p class=\"note\">\(HTMLText.escape(footnote))</p>"
        return HTMLReport.page(title: title, language: language, body: body)
    }

    private var subtitle: String {
        zh
            ? "\(review.month) · 学期 \(review.semester) · 服务日 \(review.serviceDays) 天，停课 \(review.closedDays) 天"
            : "\(review.month) · semester \(review.semester) · \(review.serviceDays) service "
                + "days, \(review.closedDays) closed"
    }

    private var figures: String {
        let attendance = review.attendance
        let detail =
            zh
            ? "出席 \(HTMLText.count(review.present)) 人次，缺席 \(HTMLText.count(review.absent)) 人次"
            : "\(HTMLText.count(review.present)) present, \(HTMLText.count(review.absent)) absent"
        let registers =
            zh
            ? "已点名 \(HTMLText.count(review.registers)) / 应点名 \(HTMLText.count(review.meetings))"
            : "\(HTMLText.count(review.registers)) of \(HTMLText.count(review.meetings)) registers taken"
        return HTMLReport.figure(
            zh ? "出勤率" : "Attendance", rate: attendance.rate,
            details: [HTMLText.escape(detail), HTMLText.escape(registers)])
            + count(
                zh ? "晚接" : "Late pickups", review.latePickups,
                zh ? "\(review.afterEnrolment) 次晚于报名时段" : "\(review.afterEnrolment) after the enrolled segment")
            + count(
                zh ? "特批放行" : "Overrides", review.overrides,
                zh ? "共登记离校 \(review.departures) 次" : "of \(review.departures) departures recorded")
            + count(
                zh ? "请假" : "Leave requests", review.leaveRequests,
                zh ? "点名册中请假 \(review.leaveMarks) 人次" : "\(review.leaveMarks) marked on leave in registers")
    }

    private func count(_ title: String, _ value: Int, _ detail: String) -> String {
        "<section class=\"figure\"><h2>\(HTMLText.escape(title))</h2><p "
            + "class=\"big\">\(HTMLText.count(value))</p><p>\(HTMLText.escape(detail))</p></section>\n"
    }

    private var facts: [String] {
        var items: [String] = []
        let missing = review.groups.filter { $0.registers < $0.meetings }
        items.append(
            HTMLText.escape(zh ? "未点名的班组：\(missing.count) 个" : "Groups with registers missing: \(missing.count)"))
        if let lowest = review.groups.filter({ $0.attendance.n > 0 }).min(by: {
            ($0.attendance.rate ?? 1) < ($1.attendance.rate ?? 1)
        }) {
            let text = zh ? "出勤率最低：" : "Lowest attendance: "
            items.append(
                HTMLText.escape(text)
                    + "<strong>\(HTMLText.escape(lowest.title))</strong> "
                    + "(\(HTMLText.escape(lowest.id))) \(HTMLText.percent(lowest.attendance.rate))"
            )
        }
        items.append(
            HTMLText.escape(zh ? "社团满员率 " : "Club places filled ")
                + "<strong>\(HTMLText.percent(review.fill.rate))</strong>")
        return items
    }

    private var segmentChart: String {
        var segments: [String] = []
        for group in review.groups where !segments.contains(group.segment) { segments.append(group.segment) }
        let lines = segments.map { segment -> HTMLReport.RateLine in
            let groups = review.groups.filter { $0.segment == segment }
            let present = groups.reduce(0) { $0 + $1.present }
            let absent = groups.reduce(0) { $0 + $1.absent }
            return HTMLReport.RateLine(
                label: segmentName(segment), proportion: Proportion(k: present, n: present + absent))
        }
        return HTMLReport.rateChart(
            id: "attendance-by-segment", title: zh ? "各时段出勤率" : "Attendance by segment",
            keyHeader: zh ? "时段" : "Segment", lines: lines, language: language)
    }

    private func segmentName(_ id: String) -> String { review.segmentNames[id] ?? id }

    private var clubChart: String {
        guard !review.clubs.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(ReportLabels.noData[language]))</p>"
        }
        let title = zh ? "社团满员率" : "Club places filled"
        let chart = SVGBarChart(
            id: "club-fill", title: ReportLabels.chartOf[language] + title,
            rows: review.clubs.map {
                SVGBarChart.Row(label: $0.title, value: $0.fill.rate, note: "\($0.members) / \($0.capacity)")
            },
            suppressedText: "")
        let table = HTMLTable(
            caption: title,
            headers: [zh ? "社团" : "Club", zh ? "人数" : "Members", zh ? "名额" : "Places", zh ? "满员率" : "Filled"],
            rows: review.clubs.map {
                [$0.title, HTMLText.count($0.members), HTMLText.count($0.capacity), HTMLText.percent($0.fill.rate)]
            },
            numeric: [1, 2, 3])
        return chart.render() + table.render()
    }

    private var groupTable: String {
        guard !review.groups.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(ReportLabels.noData[language]))</p>"
        }
        let headers =
            zh
            ? ["班组", "时段", "老师", "点名 / 开课", "出席", "缺席", "请假", "出勤率"]
            : ["Group", "Segment", "Teacher", "Registers / meetings", "Present", "Absent", "Leave", "Attendance"]
        return HTMLTable(
            caption: zh ? "各班组出勤" : "Attendance by group", headers: headers,
            rows: review.groups.map { group in
                [
                    "\(group.title) (\(group.id))", segmentName(group.segment), group.teacher ?? "—",
                    "\(group.registers) / \(group.meetings)",
                    HTMLText.count(group.present), HTMLText.count(group.absent), HTMLText.count(group.leave),
                    HTMLText.percent(group.attendance.rate),
                ]
            }, numeric: [3, 4, 5, 6, 7]
        ).render()
    }

    private var familyTable: String {
        guard !review.families.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(zh ? "本月没有晚接" : "No late pickups this month"))</p>"
        }
        return HTMLTable(
            caption: zh ? "晚接的家庭" : "Families who collected late",
            headers: zh ? ["家庭", "监护人", "孩子", "晚接次数"] : ["Family", "Guardian", "Children", "Late pickups"],
            rows: review.families.map {
                [
                    $0.family, $0.guardian, $0.students.joined(separator: zh ? "、" : ", "),
                    HTMLText.count($0.latePickups),
                ]
            },
            numeric: [3]
        ).render()
    }

    private var noteTable: String {
        guard !review.notes.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(zh ? "本月没有说明" : "No notes this month"))</p>"
        }
        return HTMLTable(
            caption: zh ? "本月记录的说明" : "Notes written this month",
            headers: zh ? ["日期", "类别", "对象", "内容", "记录人"] : ["Date", "Kind", "About", "Note", "By"],
            rows: review.notes.map { [$0.date.description, $0.kind, $0.subject, $0.text, $0.by ?? "—"] },
            numeric: []
        ).render()
    }

    private var footnote: String {
        zh
            ? "出勤率 = 出席 /（出席 + 缺席），请假的孩子不计入应到。晚接指晚于政策规定的最晚结束时间接走；停课日不点名，也不计缺勤。"
            : "Attendance = present / (present + absent); children on leave are not expected. A late pickup is a "
                + "child collected after the policy's latest end; closed days have no registers and count no absences."
    }
}

extension HTMLReport {
    /// The page of a month's review of staying and leaving (P15).
    public static func render(month: MonthReview, language: Language) -> String {
        MonthPage(review: month, language: language).render()
    }
}
