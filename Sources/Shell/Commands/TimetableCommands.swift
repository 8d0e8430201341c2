import Allocation
import Foundation
import Model
import Store

/// A child's week, and where every child is supposed to be at a given moment.
enum TimetableCommands {
    static let all: [CommandSpec] = [week, whereIs]

    static let week = CommandSpec(
        path: ["week"],
        summary: LocalizedText(zh: "孩子本学期的一周安排：每天每个时段的社团或学习组、地点和老师", en: "a child's week: club or study group, room and teacher in each day and segment"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "week S0456",
        access: .everyone,
        run: { arguments, session in
            let (student, _) = try session.requireStudent(arguments.positionals[0])
            if session.identity?.role != .teacher { try session.authorize(student: student) }
            let families = session.identity?.role == .parent || session.identity?.role == .student
            let (semester, state) = try session.shownAllocation(publishedOnly: families)
            let context = try PlaceContext(session: session, semester: semester)
            let placements = try session.database().placements(semester: semester.id, state: state, student: student.id)
            if placements.isEmpty {
                return .text(session.language == .zh ? "\(student.name) 本学期没有课后服务安排（没有报名）。" : "\(student.name) has no after-school places this semester (not enrolled).")
            }
            return .listing(columns: [Column("day", zh: "星期", en: "day"), Column("segment", zh: "时段", en: "segment"),
                                      Column("time", zh: "时间", en: "time")] + PlaceContext.columns,
                            records: placements.map { placement in
                                var record = context.record(placement, session.language)
                                let segment = context.policy.segments.indices.contains(placement.segment) ? context.policy.segments[placement.segment] : nil
                                record.values["day"] = .text(Weekday(index: placement.day)?.name(session.language) ?? String(placement.day))
                                record.values["segment"] = .text(segment?.name.text(session.language) ?? String(placement.segment))
                                record.values["time"] = segment.map { .text("\($0.start)-\($0.end)") } ?? .null
                                return record
                            })
        }
    )

    static let whereIs = CommandSpec(
        path: ["where"],
        summary: LocalizedText(zh: "某一时刻每个孩子应该在哪里（社团或学习组、地点、老师）", en: "where each child should be at a moment: club or study group, room, teacher"),
        flags: [FlagSpec(name: "--class", value: "C"), FlagSpec(name: "--student", value: "S"),
                FlagSpec(name: "--date", value: "D"), FlagSpec(name: "--at", value: "HH:MM")],
        example: "where --class 3-2 --at 16:45",
        details: LocalizedText(zh: "默认是今天、现在（按政策的时区）。", en: "By default today and now, in the policy's time zone."),
        access: .staff,
        run: { arguments, session in
            let policy = try session.policy()
            let (semester, state) = try session.shownAllocation()
            let now = Clock.now(timeZone: policy.timezone)
            let date = try arguments.date("--date") ?? now.date
            var time = now.time ?? policy.latestEnd
            if let text = arguments.value("--at") {
                guard let parsed = TimeOfDay(text) else {
                    throw Refusal(zh: "--at：'\(text)' 不是时间（HH:MM）", en: "--at: '\(text)' is not a time (HH:MM)")
                }
                time = parsed
            }
            var students = try session.database().students(className: arguments.value("--class"))
            if let id = arguments.value("--student") { students = [try session.requireStudent(id).student] }
            let context = try PlaceContext(session: session, semester: semester)
            let day = date.weekdayIndex
            let segmentIndex = policy.segments.firstIndex { $0.start <= time && time < $0.end }
            let placements = Dictionary(try session.database().placements(semester: semester.id, state: state)
                .filter { $0.day == day && $0.segment == segmentIndex }.map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
            let zh = session.language == .zh
            let columns = [Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                           Column("class", zh: "班级", en: "class"), Column("status", zh: "状态", en: "status")] + PlaceContext.columns
            let records = students.map { student -> Record in
                var record: Record
                let status: String
                if !policy.days.contains(where: { $0.index == day }) {
                    status = zh ? "无课后服务（非上学日）" : "no service (not a school day)"
                    record = Record([:])
                } else if segmentIndex == nil {
                    status = time < (policy.segments.first?.start ?? time) ? (zh ? "课后服务尚未开始" : "service not started") : (zh ? "课后服务已结束" : "service over")
                    record = Record([:])
                } else if let placement = placements[student.id] {
                    record = context.record(placement, session.language)
                    status = placement.club != nil ? (zh ? "社团" : "club") : (zh ? "学习组" : "study group")
                } else {
                    status = zh ? "不留校（未报名这个时段）" : "not staying (not enrolled then)"
                    record = Record([:])
                }
                record.values["student"] = .text(student.id)
                record.values["name"] = .text(student.name)
                record.values["class"] = .text(student.className)
                record.values["status"] = .text(status)
                return record
            }
            return .listing(columns: columns, records: records)
        }
    )
}

/// Names, rooms and teachers of the clubs and study groups a placement points at.
struct PlaceContext {
    let policy: Policy
    let clubs: [String: Model.Club]
    let teachers: [String: String]

    static let columns = [
        Column("club", zh: "社团", en: "club"), Column("group", zh: "学习组", en: "group"), Column("title", zh: "名称", en: "title"),
        Column("room", zh: "地点", en: "room"), Column("teacher", zh: "老师", en: "teacher"),
    ]

    init(session: Session, semester: Semester) throws {
        policy = try session.policy()
        let database = try session.database()
        clubs = Dictionary(try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        teachers = Dictionary(try database.teachers().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func record(_ placement: StoredPlacement, _ language: Language) -> Record {
        if let id = placement.club, let club = clubs[id] {
            let teacher = club.teacher.map { teachers[$0] ?? $0 } ?? club.contract
            return Record(["club": .text(id), "group": .null, "title": .text(club.title.text(language)),
                           "room": club.room.map(CellValue.text) ?? .null, "teacher": teacher.map(CellValue.text) ?? .null])
        }
        let title = language == .zh ? "学习组" : "study group"
        return Record(["club": .null, "group": placement.group.map(CellValue.text) ?? .null, "title": .text(title), "room": .null, "teacher": .null])
    }
}

/// Today and now in the policy's time zone.
enum Clock {
    static func now(timeZone identifier: String) -> (date: CalendarDate, time: TimeOfDay?) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let date = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
        return (date, TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0))
    }
}
