import Allocation
import Model
import Store

/// What `match run` made: the draft's figures, and the choices it skipped.
public struct AllocationRun: Sendable {
    public let summary: AllocationSummary
    /// Choices of clubs withdrawn since they were made.
    public let withdrawn: [StoredOutcome]
    /// Choices a changed enrolment made ineligible.
    public let ineligible: [StoredOutcome]
}

/// One student on a club's waitlist.
public struct WaitlistEntry: Sendable {
    public let position: Int
    public let student: Model.Student
    /// The rank the family gave the club.
    public let rank: Int?
    /// The clubs the student holds now.
    public let holds: [String]
    public let lottery: Int?
}

extension SchoolContext {
    /// Runs the allocation of the current semester as a draft, with `seed` (nil: one is drawn):
    /// student-proposing deferred acceptance, one lottery, study groups for the rest (P8 keeps a
    /// published allocation until `publishAllocation(force:)`).
    public func runAllocation(seed: UInt64?, progress: (AllocationPhase) -> Void = { _ in }) throws -> AllocationRun {
        let input = try AllocationInput(school: self, seed: seed ?? UInt64.random(in: 1...999_999))
        guard !input.students.isEmpty else {
            throw Refusal(
                LocalizedText(
                    zh: "学期 '\(input.semester.id)' 还没有学生报名，没有可分配的",
                    en: "no student is enrolled in '\(input.semester.id)'; there is nothing to allocate"),
                hint: LocalizedText(zh: "先用 enrol 为学生报名", en: "enrol students first with 'enrol'"))
        }
        let result = try Allocator.run(input.problem, observer: progress)
        let stored = AllocationOutput.stored(result, input: input)
        let database = try database()
        try database.saveDraft(stored, semester: input.semester.id)
        let summary = AllocationSummary(
            result, input: input, published: try database.isPublished(semester: input.semester.id))
        return AllocationRun(
            summary: summary, withdrawn: stored.outcomes.filter { $0.outcome == "withdrawn" },
            ineligible: stored.outcomes.filter { $0.outcome == "ineligible" })
    }

    /// Publishes the draft: the groups are fixed for the semester (P8). Returns the semester and seed.
    public func publishAllocation(force: Bool) throws -> (Semester, UInt64) {
        let semester = try currentSemester()
        let database = try database()
        try database.publishDraft(semester: semester.id, force: force)
        recordSchool()
        return (semester, try database.allocationSeed(semester: semester.id, state: .published) ?? 0)
    }

    /// In plain words, why each of a child's choices was or was not given. Families see only the
    /// published allocation; staff see the draft when there is one.
    public func explain(student id: String, language: Language) throws -> String {
        let (student, _) = try requireStudent(id)
        try authorize("match explain", student: student)
        let (semester, state) = try shownAllocation(publishedOnly: isFamily)
        return try Explanation(school: self, semester: semester, state: state, language: language).text(for: student)
    }

    /// Whether a parent or a student is acting: they see only what is published.
    public var isFamily: Bool { identity?.role == .parent || identity?.role == .student }

    /// A club's waitlist: the students who ranked it above what they got, in lottery order.
    public func waitlist(club id: String) throws -> [WaitlistEntry] {
        let club = try requireClub(id)
        let published = try PublishedRoster(school: self)
        guard let c = published.input.clubIndex[club.id] else { return [] }
        let input = published.input
        let roster = published.roster
        return roster.waitlist(ofClub: c).enumerated().map { position, s in
            let student = input.students[s]
            return WaitlistEntry(
                position: position + 1, student: student,
                rank: input.problem.choices.rank(of: c, for: s).map {
                    input.originalRank(student: student.id, engineRank: $0)
                },
                holds: roster.clubs(of: s).map { input.clubs[$0].id }, lottery: roster.lottery.position(of: s))
        }
    }

    /// A student leaves a club after publishing; the seat passes down its waitlist. Returns every move.
    public func leaveClub(student studentID: String, club clubID: String) throws -> [StoredChange] {
        let (student, _) = try requireStudent(studentID)
        try authorize("club leave", student: student)
        let club = try requireClub(clubID)
        var published = try PublishedRoster(school: self)
        let s = try published.index(of: student)
        guard let c = published.input.clubIndex[club.id], published.roster.clubs(of: s).contains(c) else {
            throw Refusal(
                LocalizedText(zh: "\(student.id) 不在社团 '\(club.id)' 中", en: "\(student.id) is not in club '\(club.id)'"),
                hint: LocalizedText(
                    zh: "'week \(student.id)' 显示孩子的安排", en: "'week \(student.id)' shows the child's week"))
        }
        let moves = try published.roster.leave(student: s, club: c)
        return try published.save(
            moves, cause: "club leave \(student.id) \(club.id)", left: (student.id, club.id), removing: nil,
            school: self)
    }

    /// Places a child enrolled after publishing: free seats of its choices, study groups elsewhere;
    /// nobody else moves.
    public func placeLateEnrolment(student studentID: String) throws -> [StoredChange] {
        let (student, _) = try requireStudent(studentID)
        var published = try PublishedRoster(school: self)
        let s = try published.index(of: student)
        guard published.roster.clubs(of: s).isEmpty,
            try database().placements(semester: published.input.semester.id, state: .published, student: student.id)
                .isEmpty
        else {
            throw Refusal(
                LocalizedText(zh: "\(student.id) 已经有安排", en: "\(student.id) is already placed"),
                hint: LocalizedText(zh: "换社团请用 club leave", en: "to change clubs, use 'club leave'"))
        }
        let moves = try published.roster.place(student: s)
        return try published.save(moves, cause: "match place \(student.id)", left: nil, removing: nil, school: self)
    }

    /// Takes a child out of the service; freed club seats pass down their waitlists.
    public func removeFromService(student studentID: String) throws -> [StoredChange] {
        let (student, _) = try requireStudent(studentID)
        var published = try PublishedRoster(school: self)
        let s = try published.index(of: student)
        var moves: [Move] = []
        for c in published.roster.clubs(of: s) { moves += try published.roster.leave(student: s, club: c) }
        moves += try published.roster.remove(student: s)
        return try published.save(
            moves, cause: "match remove \(student.id)", left: nil, removing: student.id, school: self)
    }

    /// Every change since publishing, in order.
    public func allocationChanges() throws -> [StoredChange] {
        try database().changes(semester: try currentSemester().id)
    }

    /// The places of the allocation staff look at (the draft when there is one), for a club or a
    /// student when given, with the lottery positions and the policy's segment ids.
    public func placements(club: String?, student: String?) throws -> (
        placements: [StoredPlacement], lottery: [String: Int], segments: [String]
    ) {
        let (semester, state) = try shownAllocation()
        let database = try database()
        let policy = try policy()
        if let club { _ = try requireClub(club) }
        if let student { _ = try requireStudent(student) }
        return (
            try database.placements(semester: semester.id, state: state, student: student, club: club),
            try database.lotteryPositions(semester: semester.id, state: state), policy.segmentIDs
        )
    }
}
