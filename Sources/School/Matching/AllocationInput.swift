import Allocation
import Model
import Store

/// The engine's view of a semester: enrolled students, open clubs and ranked choices as compact
/// indices, with the maps back to ids. Built from the database for `match run` and, after
/// publishing, for the moves that follow (P8).
public struct AllocationInput: Sendable {
    public let semester: Semester
    public let policy: Policy
    /// Enrolled students, by id; the index is the engine's student index.
    public let students: [Model.Student]
    /// Open clubs, by id; the index is the engine's club index.
    public let clubs: [Model.Club]
    public let problem: AllocationProblem
    /// Choices of clubs withdrawn since they were made: reported, then left out.
    public let withdrawnChoices: [(student: String, rank: Int, club: String)]
    public let studentIndex: [String: Int]
    public let clubIndex: [String: Int]

    /// Reads the semester's enrolments, clubs and choices.
    public init(school: SchoolContext, seed: UInt64) throws {
        let database = try school.database()
        semester = try school.currentSemester()
        policy = try school.policy()
        let enrolments = Dictionary(
            try database.enrolments(semester: semester.id).map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
        students = try database.students().filter { enrolments[$0.id] != nil }.sorted { $0.id < $1.id }
        clubs = try database.clubs(semester: semester.id).sorted { $0.id < $1.id }
        studentIndex = Dictionary(uniqueKeysWithValues: students.enumerated().map { ($1.id, $0) })
        clubIndex = Dictionary(uniqueKeysWithValues: clubs.enumerated().map { ($1.id, $0) })
        let segmentIDs = policy.segmentIDs
        // Classes are numbered in name order so that study groups do not depend on row order.
        let classNames = Array(Set(students.map(\.className))).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        let engineStudents = students.map { student -> Allocation.Student in
            let enrolment = enrolments[student.id].map { enrolment in
                Allocation.Enrolment(
                    days: Self.weekdays(enrolment.days), until: segmentIDs.firstIndex(of: enrolment.until) ?? 0)
            }
            return Allocation.Student(
                id: student.id, grade: student.grade, classIndex: classIndex[student.className] ?? 0,
                enrolment: enrolment)
        }
        let engineClubs = clubs.map { club in
            Allocation.Club(
                grades: club.grades.lower...club.grades.upper, days: Self.weekdays(club.days),
                segment: segmentIDs.firstIndex(of: club.segment) ?? 0, capacity: club.capacity, minimum: club.minimum)
        }
        var lists = Array(repeating: [Int](), count: students.count)
        var withdrawn: [(String, Int, String)] = []
        for choice in try database.allChoices(semester: semester.id) {
            guard let s = studentIndex[choice.student] else { continue }
            if let c = clubIndex[choice.club] {
                lists[s].append(c)
            } else {
                withdrawn.append((choice.student, choice.rank, choice.club))
            }
        }
        withdrawnChoices = withdrawn
        problem = AllocationProblem(
            segmentCount: segmentIDs.count, students: engineStudents, clubs: engineClubs,
            choices: Preferences(lists), clubsPerStudent: policy.clubsPerStudent,
            studyGroupSize: policy.studyGroup.size, seed: seed)
    }

    static func weekdays(_ days: [Weekday]) -> Weekdays {
        days.reduce(into: Weekdays()) { $0.insert(Weekdays(day: $1.index)) }
    }

    /// `study-3-mon-activity-2`
    public func groupID(_ key: StudyGroupKey) -> String { key.id(segmentIDs: policy.segmentIDs) }

    /// The choice list of a student as club ids, with the ranks as the family gave them
    /// (withdrawn clubs keep their place in the numbering).
    public func originalRank(student: String, engineRank: Int) -> Int {
        let skipped = withdrawnChoices.filter { $0.student == student }.map(\.rank).sorted()
        var rank = engineRank
        for withdrawnRank in skipped where withdrawnRank <= rank { rank += 1 }
        return rank
    }
}
