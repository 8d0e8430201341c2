/// A published activity: it meets on given weekdays in one segment, for a range of grades, with
/// a capacity; it is run by a teacher or by an outside provider under contract (P10).
public struct Club: Sendable, Hashable {
    public var id: String
    public var semester: String
    public var module: String
    public var title: LocalizedText
    public var grades: GradeRange
    public var capacity: Int
    /// The fewest students it runs with; 0 for none. A club that ends under it is cancelled.
    public var minimum: Int
    public var days: [Weekday]
    public var segment: String
    public var teacher: String?
    public var contract: String?
    public var room: String?
    /// The module's declared fields, by id.
    public var fields: [String: FieldValue]
    public var withdrawn: Bool

    public init(
        id: String, semester: String, module: String, title: LocalizedText, grades: GradeRange, capacity: Int,
        minimum: Int = 0, days: [Weekday], segment: String, teacher: String? = nil, contract: String? = nil,
        room: String? = nil, fields: [String: FieldValue] = [:], withdrawn: Bool = false
    ) {
        self.id = id
        self.semester = semester
        self.module = module
        self.title = title
        self.grades = grades
        self.capacity = capacity
        self.minimum = minimum
        self.days = days
        self.segment = segment
        self.teacher = teacher
        self.contract = contract
        self.room = room
        self.fields = fields
        self.withdrawn = withdrawn
    }

    /// `school`, or the contract id of the outside provider that runs it.
    public var provider: String { contract ?? "school" }
}

/// A family's request for service (P2): which weekdays, and until the end of which segment.
public struct Enrolment: Sendable, Hashable {
    public var student: String
    public var days: [Weekday]
    public var until: String

    public init(student: String, days: [Weekday], until: String) {
        self.student = student
        self.days = days
        self.until = until
    }
}

/// Why a student cannot take a club.
public enum Ineligibility: Sendable, Hashable {
    case grade(Int, GradeRange)
    case days([Weekday])
    case segment(club: String, until: String)
    case withdrawn
    case notEnrolled

    public var message: LocalizedText {
        switch self {
        case .grade(let grade, let range):
            LocalizedText(
                zh: "该社团面向 \(range) 年级，孩子在 \(grade) 年级", en: "it is for grades \(range); the child is in grade \(grade)"
            )
        case .days(let days):
            LocalizedText(
                zh: "孩子在\(days.map { $0.name(.zh) }.joined(separator: "、"))没有报名",
                en: "the child is not enrolled on \(days.map { $0.name(.en) }.joined(separator: ", "))")
        case .segment(let club, let until):
            LocalizedText(
                zh: "社团在 \(club) 时段，孩子只报名到 \(until)",
                en: "it meets in \(club); the child is enrolled only until \(until)")
        case .withdrawn:
            LocalizedText(zh: "社团已撤销", en: "the club has been withdrawn")
        case .notEnrolled:
            LocalizedText(zh: "孩子还没有报名课后服务", en: "the child is not enrolled in the service")
        }
    }
}

extension Policy {
    /// Whether a student with `enrolment` in `grade` can take `club`: every reason they cannot,
    /// empty when they can (grade in range, enrolled on every club day, enrolled until its segment).
    public func ineligibility(of club: Club, grade: Int, enrolment: Enrolment?) -> [Ineligibility] {
        if club.withdrawn { return [.withdrawn] }
        guard let enrolment else { return [.notEnrolled] }
        var reasons: [Ineligibility] = []
        if !club.grades.contains(grade) { reasons.append(.grade(grade, club.grades)) }
        let missing = club.days.filter { !enrolment.days.contains($0) }
        if !missing.isEmpty { reasons.append(.days(missing)) }
        let clubIndex = segmentIDs.firstIndex(of: club.segment) ?? Int.max
        let untilIndex = segmentIDs.firstIndex(of: enrolment.until) ?? -1
        if clubIndex > untilIndex { reasons.append(.segment(club: club.segment, until: enrolment.until)) }
        return reasons
    }
}
