import Model
import Reports

/// How `report month` shows a review as a table, CSV or JSON: the month's figures, then one part
/// each for groups, clubs, families with late pickups and notes.
enum MonthReviewDisplay {
    static func rate(_ proportion: Proportion) -> CellValue { proportion.rate.map(CellValue.decimal) ?? .null }

    static func result(_ review: MonthReview, language: Language) -> CommandResult {
        let summary = CommandResult.object(
            columns: [
                Column("month", zh: "月份", en: "month"), Column("semester", zh: "学期", en: "semester"),
                Column("service_days", zh: "服务日", en: "service days"),
                Column("closed_days", zh: "停课日", en: "closed days"),
                Column("meetings", zh: "应点名", en: "meetings"), Column("registers", zh: "已点名", en: "registers"),
                Column("present", zh: "出席人次", en: "present"), Column("absent", zh: "缺席人次", en: "absent"),
                Column("leave", zh: "请假人次", en: "on leave"), Column("attendance", zh: "出勤率", en: "attendance"),
                Column("leave_requests", zh: "请假单", en: "leave requests"),
                Column("departures", zh: "离校登记", en: "departures"),
                Column("late_pickups", zh: "晚接", en: "late pickups"),
                Column("after_enrolment", zh: "晚于报名时段", en: "after enrolment"),
                Column("overrides", zh: "特批放行", en: "overrides"), Column("club_fill", zh: "社团满员率", en: "club fill"),
            ],
            record: Record([
                "month": .text(review.month), "semester": .text(review.semester),
                "service_days": .integer(review.serviceDays),
                "closed_days": .integer(review.closedDays), "meetings": .integer(review.meetings),
                "registers": .integer(review.registers),
                "present": .integer(review.present), "absent": .integer(review.absent),
                "leave": .integer(review.leaveMarks),
                "attendance": rate(review.attendance), "leave_requests": .integer(review.leaveRequests),
                "departures": .integer(review.departures), "late_pickups": .integer(review.latePickups),
                "after_enrolment": .integer(review.afterEnrolment), "overrides": .integer(review.overrides),
                "club_fill": rate(review.fill),
            ]))
        let groups = CommandResult.listing(
            columns: [
                Column("group", zh: "班组", en: "group"), Column("kind", zh: "类别", en: "kind"),
                Column("title", zh: "名称", en: "title"),
                Column("segment", zh: "时段", en: "segment"), Column("teacher", zh: "老师", en: "teacher"),
                Column("meetings", zh: "应点名", en: "meetings"), Column("registers", zh: "已点名", en: "registers"),
                Column("present", zh: "出席", en: "present"), Column("absent", zh: "缺席", en: "absent"),
                Column("leave", zh: "请假", en: "leave"), Column("attendance", zh: "出勤率", en: "attendance"),
            ],
            records: review.groups.map { group in
                Record([
                    "group": .text(group.id), "kind": .text(group.kind), "title": .text(group.title),
                    "segment": .text(group.segment),
                    "teacher": group.teacher.map(CellValue.text) ?? .null, "meetings": .integer(group.meetings),
                    "registers": .integer(group.registers), "present": .integer(group.present),
                    "absent": .integer(group.absent),
                    "leave": .integer(group.leave), "attendance": rate(group.attendance),
                ])
            })
        let clubs = CommandResult.listing(
            columns: [
                Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"),
                Column("capacity", zh: "名额", en: "capacity"),
                Column("members", zh: "人数", en: "members"), Column("fill", zh: "满员率", en: "fill"),
            ],
            records: review.clubs.map { club in
                Record([
                    "club": .text(club.id), "title": .text(club.title), "capacity": .integer(club.capacity),
                    "members": .integer(club.members), "fill": rate(club.fill),
                ])
            })
        let families = CommandResult.listing(
            columns: [
                Column("family", zh: "家庭", en: "family"), Column("guardian", zh: "监护人", en: "guardian"),
                Column("students", zh: "孩子", en: "students"), Column("late_pickups", zh: "晚接次数", en: "late pickups"),
            ],
            records: review.families.map { family in
                Record([
                    "family": .text(family.family), "guardian": .text(family.guardian),
                    "students": .list(family.students.map(CellValue.text)),
                    "late_pickups": .integer(family.latePickups),
                ])
            })
        let notes = CommandResult.listing(
            columns: [
                Column("date", zh: "日期", en: "date"), Column("kind", zh: "类别", en: "kind"),
                Column("about", zh: "对象", en: "about"),
                Column("note", zh: "内容", en: "note"), Column("by", zh: "记录人", en: "by"),
            ],
            records: review.notes.map { note in
                Record([
                    "date": .text(note.date.description), "kind": .text(note.kind), "about": .text(note.subject),
                    "note": .text(note.text), "by": note.by.map(CellValue.text) ?? .null,
                ])
            })
        return .sections([
            Section("summary", zh: "本月概况", en: "The month", summary),
            Section("groups", zh: "各班组出勤", en: "Attendance by group", groups),
            Section("clubs", zh: "社团满员率", en: "Club places filled", clubs),
            Section("families", zh: "晚接的家庭", en: "Families who collected late", families),
            Section("notes", zh: "本月记录的说明", en: "Notes written this month", notes),
        ])
    }
}
