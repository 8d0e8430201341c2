import Model
import Store

/// One student as `export students` writes them: the roster's facts, both guardians and this
/// semester's enrolment.
public struct StudentExport: Sendable {
    public let student: Student
    public let guardian: Guardian?
    public let guardian2: Guardian?
    public let enrolment: Enrolment?
}

/// One ranked choice as `export choices` writes it.
public struct ChoiceExport: Sendable {
    public let studentID: String
    public let student: Student?
    public let rank: Int
    public let club: String
    public let title: LocalizedText?
}

/// The allocation as `export assignments` writes it: the published one, else the draft.
public struct AssignmentExport: Sendable {
    public let state: AllocationState
    public let placements: [StoredPlacement]
    public let students: [String: Student]
    public let lottery: [String: Int]
    /// The policy's segment ids, by index.
    public let segments: [String]
}

extension SchoolContext {
    /// Every student with their guardians and this semester's enrolment (none before a semester).
    public func exportStudents() throws -> [StudentExport] {
        let database = try database()
        let semester = try database.currentSemester()
        let enrolments = try semester.map { try database.enrolments(semester: $0.id) } ?? []
        let byStudent = Dictionary(enrolments.map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
        let guardians = Dictionary(
            try database.guardians().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try database.students().map { student in
            StudentExport(
                student: student, guardian: guardians[student.guardianID],
                guardian2: student.guardian2ID.flatMap { guardians[$0] },
                enrolment: byStudent[student.id])
        }
    }

    /// This semester's clubs, withdrawn ones included.
    public func exportClubs() throws -> [Club] {
        try database().clubs(semester: try currentSemester().id, includeWithdrawn: true)
    }

    /// This semester's ranked choices, one per student and rank.
    public func exportChoices() throws -> [ChoiceExport] {
        let semester = try currentSemester()
        let database = try database()
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(
            try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0.title) },
            uniquingKeysWith: { first, _ in first })
        return try database.allChoices(semester: semester.id).map { choice in
            ChoiceExport(
                studentID: choice.student, student: students[choice.student], rank: choice.rank, club: choice.club,
                title: titles[choice.club])
        }
    }

    /// Each student's place per day and segment, from the published allocation, else the draft.
    public func exportAssignments() throws -> AssignmentExport {
        let semester = try currentSemester()
        let database = try database()
        guard let state = try database.reportedAllocationState(semester: semester.id) else {
            throw Refusal(
                LocalizedText(zh: "学期 '\(semester.id)' 还没有运行分配", en: "no allocation has been run for '\(semester.id)'"),
                hint: LocalizedText(zh: "先运行 match run", en: "run 'match run' first"))
        }
        let policy = try policy()
        return AssignmentExport(
            state: state, placements: try database.placements(semester: semester.id, state: state),
            students: Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            lottery: try database.lotteryPositions(semester: semester.id, state: state), segments: policy.segmentIDs)
    }
}
