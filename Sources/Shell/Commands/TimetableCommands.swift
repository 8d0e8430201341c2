import Allocation
import Foundation
import Model
import School

/// A child's week, and where every child is supposed to be at a given moment.
enum TimetableCommands {
    static let all: [CommandSpec] = [week, whereIs]

    static let week = CommandSpec(
        path: ["week"],
        summary: LocalizedText(
            zh: "孩子本学期的一周安排：每天每个时段的社团或学习组、地点和老师",
            en: "a child's week: club or study group, room and teacher in each day and segment"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "week S0456",
        run: { arguments, session in
            let (student, placements, context) = try session.school.week(of: arguments.positionals[0])
            if placements.isEmpty {
                return .text(
                    session.language == .zh
                        ? "\(student.name) 本学期没有课后服务安排（没有报名）。"
                        : "\(student.name) has no after-school places this semester (not enrolled).")
            }
            return .listing(
                columns: [
                    Column("day", zh: "星期", en: "day"), Column("segment", zh: "时段", en: "segment"),
                    Column("time", zh: "时间", en: "time"),
                ] + PlaceContext.columns,
                records: placements.map { placement in
                    var record = context.record(placement, session.language)
                    let segment =
                        context.policy.segments.indices.contains(placement.segment)
                        ? context.policy.segments[placement.segment] : nil
                    record.values["day"] = .text(
                        Weekday(index: placement.day)?.name(session.language) ?? String(placement.day))
                    record.values["segment"] = .text(segment?.name.text(session.language) ?? String(placement.segment))
                    record.values["time"] = segment.map { .text("\($0.start)-\($0.end)") } ?? .null
                    return record
                })
        }
    )

    static let whereIs = CommandSpec(
        path: ["where"],
        summary: LocalizedText(
            zh: "某一时刻每个孩子在哪里：社团或学习组（地点、老师），或请假、缺席、已离校",
            en: "where each child is at a moment: club or study group (room, teacher), or on leave, absent, gone home"),
        flags: [
            FlagSpec(name: "--class", value: "C"), FlagSpec(name: "--student", value: "S"),
            FlagSpec(name: "--date", value: "D"), FlagSpec(name: "--at", value: "HH:MM"),
        ],
        example: "where --class 3-2 --at 16:45",
        details: LocalizedText(
            zh: "默认是今天、现在（按政策的时区）。已离校的孩子显示离校时间和接走的人；请假和缺席来自请假单和点名册。",
            en:
                "By default today and now, in the policy's time zone. A child who has gone home shows when and with "
                + "whom; leave and absence come from leave requests and registers."
        ),
        run: { arguments, session in
            let found = try session.school.whereabouts(
                className: arguments.value("--class"), student: arguments.value("--student"),
                date: try arguments.date("--date"), at: try arguments.time("--at"))
            let (context, day) = (found.places, found.day)
            let columns =
                [
                    Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                    Column("class", zh: "班级", en: "class"), Column("state", zh: "状态代码", en: "state"),
                    Column("status", zh: "状态", en: "status"),
                ] + PlaceContext.columns
                + [Column("departed_at", zh: "离校时间", en: "departed_at"), Column("by", zh: "接走的人", en: "by")]
            let records = found.children.map { student, whereabouts -> Record in
                var record: Record
                switch whereabouts {
                case .placed(let placement), .onLeave(_, let placement?), .absent(let placement?):
                    record = context.record(placement, session.language)
                default:
                    record = Record([:])
                }
                if case .gone(let departure) = whereabouts {
                    record.values["departed_at"] = .text(departure.at.description)
                    record.values["by"] = .text(departure.by ?? (session.language == .zh ? "自行回家" : "alone"))
                }
                record.values["student"] = .text(student.id)
                record.values["name"] = .text(student.name)
                record.values["class"] = .text(student.className)
                record.values["state"] = .text(whereabouts.code)
                record.values["status"] = .text(day.describe(whereabouts, session.language))
                return record
            }
            return .listing(columns: columns, records: records)
        }
    )
}
