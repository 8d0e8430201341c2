import Model
import School
import Store

/// `report pickups`: a day's late departures (after `latest_end`), departures after the end of the
/// child's enrolled segment, overrides, and — for today once `latest_end` has passed — children
/// still at school with no departure recorded. Each row carries the family's late pickups of the month.
struct PickupReport {
    struct Row {
        let student: Student
        let departure: Departure?
        let reason: PickupReason
    }

    let date: CalendarDate
    let rows: [Row]
    /// Late pickups in the date's month, by family (first guardian).
    let familyLate: [String: Int]

    /// The report of `date`; `now` (today and the time, in the policy's time zone) decides
    /// whether children with no departure are still at school.
    init(date: CalendarDate, semester: Semester, session: Session, now: (date: CalendarDate, time: TimeOfDay?)? = nil) throws {
        let database = try session.school.database()
        let policy = try session.school.policy()
        self.date = date
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let day = try StayingDay(date: date, semester: semester, state: nil, session: session)
        var rows: [Row] = []
        if day.service.timetable != nil {
            for departure in day.departures.values.sorted(by: { ($0.at, $0.student) < ($1.at, $1.student) }) {
                guard let student = students[departure.student] else { continue }
                for reason in PickupReason.reasons(for: departure, enrolledUntil: day.enrolledUntil(student.id), latestEnd: policy.latestEnd) {
                    rows.append(Row(student: student, departure: departure, reason: reason))
                }
            }
            let now = now ?? Clock.now(timeZone: policy.timezone)
            if date == now.date, let time = now.time, time > policy.latestEnd {
                for student in students.values.sorted(by: { ($0.grade, $0.className, $0.id) < ($1.grade, $1.className, $1.id) })
                where day.stays(student.id) && day.departures[student.id] == nil && day.leaves[student.id] == nil
                    && day.lastMark(student.id, upTo: nil) != .absent {
                    rows.append(Row(student: student, departure: nil, reason: .stillAtSchool))
                }
            }
        }
        self.rows = rows
        let first = CalendarDate(year: date.year, month: date.month, day: 1) ?? date
        let last = CalendarDate(year: date.year, month: date.month, day: CalendarDate.daysIn(month: date.month, year: date.year)) ?? date
        var familyLate: [String: Int] = [:]
        for departure in try database.departures(semester: semester.id, from: first, through: last) where departure.at > policy.latestEnd {
            if let family = students[departure.student]?.guardianID { familyLate[family, default: 0] += 1 }
        }
        self.familyLate = familyLate
    }

    static let columns = [
        Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"), Column("class", zh: "班级", en: "class"),
        Column("date", zh: "日期", en: "date"), Column("departed_at", zh: "离校时间", en: "departed_at"), Column("by", zh: "接走的人", en: "by"),
        Column("reason", zh: "原因", en: "reason"), Column("note", zh: "备注", en: "note"), Column("family", zh: "家庭", en: "family"),
        Column("family_late_month", zh: "本月家庭晚接次数", en: "family_late_month"),
    ]

    func result(_ language: Language) -> CommandResult {
        .listing(columns: Self.columns, records: rows.map { row in
            let by: CellValue
            if let departure = row.departure {
                by = .text(departure.by ?? (language == .zh ? "自行回家" : "alone"))
            } else {
                by = .null
            }
            return Record(["student": .text(row.student.id), "name": .text(row.student.name), "class": .text(row.student.className),
                           "date": .text(date.description), "departed_at": row.departure.map { .text($0.at.description) } ?? .null,
                           "by": by, "reason": .text(row.reason.rawValue), "note": row.departure?.note.map(CellValue.text) ?? .null,
                           "family": .text(row.student.guardianID), "family_late_month": .integer(familyLate[row.student.guardianID] ?? 0)])
        })
    }
}
