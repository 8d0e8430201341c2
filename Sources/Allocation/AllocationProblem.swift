/// Everything one allocation run reads: students, clubs, ranked choices and the policy's limits.
///
/// Students and clubs are addressed by their index in these arrays; the result speaks of the
/// same indices. The outcome depends on the students' ids, not on their order, except for
/// the numbering of study groups where class indices tie.
public struct AllocationProblem: Hashable, Sendable {
    /// The number of segments in the afternoon; segment indices run `0..<segmentCount` in time order.
    public var segmentCount: Int
    /// The students; a student without enrolment takes no part.
    public var students: [Student]
    /// The clubs offered; cancelled clubs are decided by the run, not given here.
    public var clubs: [Club]
    /// Each student's ranked club indices, in the students' order.
    public var choices: Preferences
    /// How many clubs one student may hold (`clubs_per_student`).
    public var clubsPerStudent: Int
    /// The largest study group (`study_group.size`).
    public var studyGroupSize: Int
    /// The lottery seed (`match run --seed`).
    public var seed: UInt64

    /// Creates a problem.
    public init(
        segmentCount: Int, students: [Student], clubs: [Club], choices: Preferences,
        clubsPerStudent: Int = 1, studyGroupSize: Int = 35, seed: UInt64 = 0
    ) {
        self.segmentCount = segmentCount
        self.students = students
        self.clubs = clubs
        self.choices = choices
        self.clubsPerStudent = clubsPerStudent
        self.studyGroupSize = studyGroupSize
        self.seed = seed
    }

    /// Checks the shape of the input; choices of unknown or unsuitable clubs are not errors
    /// (the run skips and reports them).
    public func validate() throws(AllocationError) {
        guard (1...32).contains(segmentCount) else { throw .segmentCount(segmentCount) }
        guard clubsPerStudent >= 1 else { throw .clubsPerStudent(clubsPerStudent) }
        guard studyGroupSize >= 1 else { throw .studyGroupSize(studyGroupSize) }
        try validatePreferences()
        for student in students {
            if let enrolment = student.enrolment, !(0..<segmentCount).contains(enrolment.until) {
                throw .enrolmentSegment(student: student.id, until: enrolment.until)
            }
            guard student.classIndex >= 0, student.classIndex <= Int(Int32.max) else {
                throw .classIndex(student: student.id, index: student.classIndex)
            }
            guard Int32(exactly: student.grade) != nil else { throw .grade(student: student.id, grade: student.grade) }
        }
        for (index, club) in clubs.enumerated() {
            guard (0..<segmentCount).contains(club.segment) else {
                throw .clubSegment(club: index, segment: club.segment)
            }
            guard !club.days.isEmpty else { throw .clubDays(club: index) }
            guard club.capacity >= 0, club.minimum >= 0, club.capacity <= Int(Int32.max) else {
                throw .clubSize(club: index, capacity: club.capacity, minimum: club.minimum)
            }
        }
    }

    private func validatePreferences() throws(AllocationError) {
        let offsets = choices.offsets
        guard offsets.count == students.count + 1, offsets.first == 0,
            Int(offsets[offsets.count - 1]) == choices.clubs.count
        else { throw .preferenceShape(students: students.count, lists: choices.studentCount) }
        for i in 1..<offsets.count where offsets[i] < offsets[i - 1] {
            throw .preferenceShape(students: students.count, lists: choices.studentCount)
        }
    }

    /// Why `student` cannot be placed in `club`, or nil when they can (cancellation aside).
    public func ineligibility(student: Int, club: Int) -> Ineligibility? {
        guard clubs.indices.contains(club) else { return .unknownClub }
        let s = students[student]
        let c = clubs[club]
        guard let enrolment = s.enrolment, !enrolment.days.isEmpty else { return .notEnrolled }
        if !c.grades.contains(s.grade) { return .grade(s.grade, c.grades) }
        if !c.days.isSubset(of: enrolment.days) { return .days(missing: c.days.subtracting(enrolment.days)) }
        if c.segment > enrolment.until { return .segment(club: c.segment, until: enrolment.until) }
        return nil
    }

    /// The number of students' enrolled slots (day and segment pairs) in all.
    public var enrolledSlotCount: Int {
        students.reduce(0) { total, s in
            guard let e = s.enrolment else { return total }
            return total + e.days.count * (e.until + 1)
        }
    }
}
