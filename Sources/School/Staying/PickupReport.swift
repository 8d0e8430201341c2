import Model
import Store

/// `report pickups`: a day's late departures (after `latest_end`), departures after the end of the
/// child's enrolled segment, overrides, and — for today once `latest_end` has passed — children
/// still at school with no departure recorded. Each row carries the family's late pickups of the month.
public struct PickupReport: Sendable {
    /// One child's line: a departure and the reason it is listed, or a child still at school.
    public struct Row: Sendable {
        public let student: Student
        public let departure: Departure?
        public let reason: PickupReason
    }

    public let date: CalendarDate
    public let rows: [Row]
    /// Late pickups in the date's month, by family (first guardian).
    public let familyLate: [String: Int]

    /// The report of `date`; the school's clock (today and the time in the policy's time zone) decides
    /// whether children with no departure are still at school.
    public init(date: CalendarDate, semester: Semester, school: SchoolContext) throws {
        self = try school.reading { try Self(reading: school, date: date, semester: semester) }
    }

    private init(reading school: SchoolContext, date: CalendarDate, semester: Semester) throws {
        let database = try school.database()
        let policy = try school.policy()
        self.date = date
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let day = try StayingDay(date: date, semester: semester, state: nil, school: school)
        var rows: [Row] = []
        if day.service.timetable != nil {
            for departure in day.departures.values.sorted(by: { ($0.at, $0.student) < ($1.at, $1.student) }) {
                guard let student = students[departure.student] else { continue }
                for reason in PickupReason.reasons(
                    for: departure, enrolledUntil: day.enrolledUntil(student.id), latestEnd: policy.latestEnd)
                {
                    rows.append(Row(student: student, departure: departure, reason: reason))
                }
            }
            let now = try school.now()
            if date == now.date, let time = now.time, time > policy.latestEnd {
                for student in students.values.sorted(by: {
                    ($0.grade, $0.className, $0.id) < ($1.grade, $1.className, $1.id)
                })
                where day.stays(student.id) && day.departures[student.id] == nil && day.leaves[student.id] == nil
                    && day.lastMark(student.id, upTo: nil) != .absent
                {
                    rows.append(Row(student: student, departure: nil, reason: .stillAtSchool))
                }
            }
        }
        self.rows = rows
        let first = CalendarDate(year: date.year, month: date.month, day: 1) ?? date
        let last =
            CalendarDate(
                year: date.year, month: date.month, day: CalendarDate.daysIn(month: date.month, year: date.year))
            ?? date
        var familyLate: [String: Int] = [:]
        for departure in try database.departures(semester: semester.id, from: first, through: last)
        where departure.at > policy.latestEnd {
            if let family = students[departure.student]?.guardianID { familyLate[family, default: 0] += 1 }
        }
        self.familyLate = familyLate
    }
}
