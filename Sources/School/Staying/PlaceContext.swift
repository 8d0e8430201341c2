import Model
import Store

/// Names, rooms and teachers of the clubs and study groups a placement points at.
public struct PlaceContext: Sendable {
    public let policy: Policy
    public let clubs: [String: Model.Club]
    public let teachers: [String: String]
    /// Teachers and rooms assigned with `group assign`, by club or study group id.
    public let staff: [String: GroupStaff]

    /// What the semester's places point at: its clubs (withdrawn too), teachers and group staff.
    public init(school: SchoolContext, semester: Semester) throws {
        policy = try school.policy()
        let database = try school.database()
        clubs = Dictionary(
            try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        teachers = Dictionary(try database.teachers().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        staff = Dictionary(
            try database.staff(semester: semester.id).map { ($0.group, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Who supervises a club or study group: the teacher assigned with `group assign`, else the club's own teacher or
    /// provider.
    public func teacher(of id: String, isClub: Bool) -> String? {
        if let assigned = staff[id] { return teachers[assigned.teacher] ?? assigned.teacher }
        guard isClub, let club = clubs[id] else { return nil }
        return club.teacher.map { teachers[$0] ?? $0 } ?? club.contract
    }
}
