import Model
import School

/// The school calendar (holidays, make-up days that follow another weekday's timetable) and the
/// staff and rooms of groups (P9).
enum CalendarCommands {
    static let all: [CommandSpec] = [close, open, list, assign]

    static let columns = [
        Column("date", zh: "日期", en: "date"), Column("weekday", zh: "星期", en: "weekday"),
        Column("kind", zh: "类别", en: "kind"),
        Column("as", zh: "按…上课", en: "as"), Column("reason", zh: "原因", en: "reason"),
    ]

    static func record(_ entry: CalendarEntry, _ language: Language) -> Record {
        Record([
            "date": .text(entry.date.description),
            "weekday": .text(Weekday(index: entry.date.weekdayIndex)?.rawValue ?? ""),
            "kind": .text(entry.kind.rawValue), "as": entry.follows.map { .text($0.rawValue) } ?? .null,
            "reason": entry.reason.map(CellValue.text) ?? .null,
        ])
    }

    static let close = CommandSpec(
        path: ["calendar", "close"],
        summary: LocalizedText(
            zh: "设停课日（节假日）：没有课后服务、不点名、不计缺勤",
            en: "close days (holidays): no service, no registers, no absences counted"),
        positionals: [PositionalSpec(name: "DATE")],
        flags: [FlagSpec(name: "--to", value: "D2"), FlagSpec(name: "--reason", value: "TEXT")],
        example: "calendar close 2026-10-01 --to 2026-10-07 --reason 国庆节",
        details: LocalizedText(
            zh: "已经有点名或离校记录的日子不能停课。", en: "A day that already has registers or departures cannot be closed."),
        run: { arguments, session in
            _ = try session.school.currentSemester()
            let from = try ParsedArguments.date(arguments.positionals[0], name: "DATE")
            let to = try arguments.value("--to").map { try ParsedArguments.date($0, name: "--to") }
            let entries = try session.school.closeDays(from: from, to: to, reason: arguments.value("--reason"))
            return .listing(columns: columns, records: entries.map { record($0, session.language) })
        }
    )

    static let open = CommandSpec(
        path: ["calendar", "open"],
        summary: LocalizedText(
            zh: "设调休上课日：这一天按另一个星期几的课表上课", en: "open a make-up school day that follows another weekday's timetable"),
        positionals: [PositionalSpec(name: "DATE")],
        flags: [FlagSpec(name: "--as", value: "WEEKDAY", required: true), FlagSpec(name: "--reason", value: "TEXT")],
        example: "calendar open 2026-10-10 --as fri",
        details: LocalizedText(
            zh: "也用来撤销停课：平常的上学日按它自己的星期几打开，就恢复原样。",
            en: "It also undoes a closure: opening an ordinary school day as its own weekday returns it to normal."),
        run: { arguments, session in
            _ = try session.school.currentSemester()
            let date = try ParsedArguments.date(arguments.positionals[0], name: "DATE")
            let (entry, ordinary) = try session.school.openDay(
                date, as: arguments.value("--as") ?? "", reason: arguments.value("--reason"))
            var shown = record(entry, session.language)
            if ordinary { shown.values["kind"] = .text("school_day") }
            return .object(columns: columns, record: shown)
        }
    )

    static let list = CommandSpec(
        path: ["calendar", "list"],
        summary: LocalizedText(zh: "列出本学期的停课日和调休上课日", en: "list the semester's closed days and make-up days"),
        example: "calendar list",
        run: { _, session in
            .listing(
                columns: columns, records: try session.school.calendarEntries().map { record($0, session.language) })
        }
    )

    static let assign = CommandSpec(
        path: ["group", "assign"],
        summary: LocalizedText(
            zh: "指定学习组或社团的看护老师和地点（P9）", en: "assign the teacher and room of a study group or club (P9)"),
        positionals: [PositionalSpec(name: "GROUP")],
        flags: [FlagSpec(name: "--teacher", value: "ID", required: true), FlagSpec(name: "--room", value: "R")],
        example: "group assign study-4-mon-latecare-2 --teacher T04 --room 401",
        details: LocalizedText(
            zh: "学习组在分配公布后才固定，编号见 match show 或 register list。week 和 where 显示指定的老师和地点；社团不写 --room 时保留原来的地点。",
            en:
                "Study groups are fixed once the allocation is published; their ids are in 'match show' and "
                + "'register list'. 'week' and 'where' show the assigned teacher and room; a club keeps its own "
                + "room unless --room is given."
        ),
        run: { arguments, session in
            let (group, teacher, room) = try session.school.assignStaff(
                groupID: arguments.positionals[0], teacher: arguments.value("--teacher") ?? "",
                room: arguments.value("--room"))
            return .object(
                columns: [
                    Column("group", zh: "班组", en: "group"), Column("kind", zh: "类别", en: "kind"),
                    Column("title", zh: "名称", en: "title"),
                    Column("teacher", zh: "教师", en: "teacher"), Column("teacher_name", zh: "教师姓名", en: "teacher_name"),
                    Column("room", zh: "地点", en: "room"),
                ],
                record: Record([
                    "group": .text(group.id), "kind": .text(group.kind.rawValue),
                    "title": .text(group.title.text(session.language)),
                    "teacher": .text(teacher.id), "teacher_name": .text(teacher.name),
                    "room": room.map(CellValue.text) ?? .null,
                ]))
        }
    )
}
