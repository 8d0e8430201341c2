/// The outcome of one run: club places, cancellations, study groups and every student's week.
///
/// Students, clubs and study groups are addressed by index. The result keeps its problem, so
/// it can explain itself (`explain(student:)`) and start the post-publication `Roster`.
public struct AllocationResult: Sendable {
    /// The problem that was allocated.
    public let problem: AllocationProblem
    /// The draw that broke every tie.
    public let lottery: Lottery
    /// Clubs cancelled for falling under their minimum, in the order they were cancelled.
    public let cancellations: [Cancellation]
    /// Every study group, in (grade, day, segment, index) order.
    public let studyGroups: [StudyGroup]
    /// Counts that describe the run.
    public let statistics: Statistics

    // Students are draw indices here (position - 1); `lottery` maps them back.
    // The engine's buffers, frozen: nothing writes them once the result exists.
    let quota: Int
    let heldClub: Storage<Int32>
    let heldRank: Storage<Int32>
    let heldRound: Storage<UInt8>
    let heldCount: Storage<UInt8>
    let clubs: Storage<ClubState>
    let seats: Storage<Int32>
    let grouping: StudyGrouping

    init(
        problem: AllocationProblem, lottery: Lottery, input: CompactInput, engine: DeferredAcceptance,
        cancellations: [Cancellation], statistics: Statistics
    ) {
        self.problem = problem
        self.lottery = lottery
        self.cancellations = cancellations
        self.statistics = statistics
        quota = engine.quota
        heldClub = engine.heldClub
        heldRank = engine.heldRank
        heldRound = engine.heldRound
        heldCount = engine.heldCount
        clubs = engine.clubs
        seats = engine.seats
        grouping = StudyGrouping(problem: problem, input: input, engine: engine)
        studyGroups = grouping.groups
    }

    /// The clubs `student` holds, in the order they were given (round 1 first).
    public func clubs(of student: Int) -> [ClubPlace] {
        guard let position = lottery.position(of: student) else { return [] }
        let p = position - 1
        return (0..<Int(heldCount[p])).map { i in
            let slot = p * quota + i
            return ClubPlace(club: Int(heldClub[slot]), rank: Int(heldRank[slot]) + 1, round: Int(heldRound[slot]))
        }
    }

    /// The members of `club`, in draw order.
    public func members(ofClub club: Int) -> [Int] {
        let base = Int(clubs[club].seatBase)
        return seats.buffer[base..<(base + Int(clubs[club].taken))].sorted().map { Int(lottery.order[Int($0)]) }
    }

    /// How many students `club` holds.
    public func memberCount(ofClub club: Int) -> Int { Int(clubs[club].taken) }

    /// Whether `club` was cancelled for falling under its minimum.
    public func isCancelled(club: Int) -> Bool { !clubs[club].open }

    /// The members of study group `group` (an index into `studyGroups`), by class then draw.
    /// This walks every placement; use `studyGroupRosters()` for all groups at once.
    public func members(ofStudyGroup group: Int) -> [Int] {
        rosters { $0 == group }[0]
    }

    /// The members of every study group (indexed like `studyGroups`), by class then draw, in
    /// one walk over all placements.
    public func studyGroupRosters() -> [[Int]] {
        rosters { _ in true }
    }

    private func rosters(_ wanted: (Int) -> Bool) -> [[Int]] {
        let only = studyGroups.indices.filter(wanted)
        var found = Array(repeating: [(rank: Int32, student: Int)](), count: only.count == 1 ? 1 : studyGroups.count)
        let slot = { (g: Int) in only.count == 1 ? 0 : g }
        for (p, student) in lottery.order.enumerated() {
            guard let enrolment = problem.students[Int(student)].enrolment else { continue }
            let key = StudentKey(problem.students[Int(student)])
            var j = Int(grouping.placementOffsets[p])
            for day in enrolment.days.dayIndices {
                for segment in 0...enrolment.until {
                    let code = grouping.placementCodes[j]
                    j += 1
                    guard code >= 0 else { continue }
                    let group = grouping.group(student: p, key: key, day: day, segment: segment, code: code)
                    let rank = grouping.poolRank(student: p, day: day, segment: segment, code: code)
                    if wanted(group) { found[slot(group)].append((rank, Int(student))) }
                }
            }
        }
        return found.map { $0.sorted { $0.rank < $1.rank }.map(\.student) }
    }

    /// The index in `studyGroups` of the group with `key`, if there is one.
    public func studyGroup(_ key: StudyGroupKey) -> Int? {
        var lo = 0
        var hi = studyGroups.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if studyGroups[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < studyGroups.count && studyGroups[lo].key == key ? lo : nil
    }

    /// Where `student` is in each day and segment they enrolled for, by day then segment.
    public func week(of student: Int) -> [Placement] {
        guard let enrolment = problem.students[student].enrolment, !enrolment.days.isEmpty else { return [] }
        return enrolment.days.dayIndices.flatMap { day in
            (0...enrolment.until).compactMap { placement(of: student, day: day, segment: $0) }
        }
    }

    /// Where `student` is on `day` in `segment`, or nil when they are not enrolled then.
    public func placement(of student: Int, day: Int, segment: Int) -> Placement? {
        let s = problem.students[student]
        guard s.isEnrolled(day: day, segment: segment), let position = lottery.position(of: student) else { return nil }
        let key = StudentKey(s)
        let base = grouping.placementOffsets[position - 1]
        let code = grouping.placementCodes[StudyGrouping.entry(base: base, key, day: day, segment: segment)]
        if code < 0 {
            let club = Int(~code)
            let rank = clubs(of: student).first { $0.club == club }?.rank ?? 0
            return Placement(day: day, segment: segment, assignment: .club(club, rank: rank))
        }
        let group = grouping.group(student: position - 1, key: key, day: day, segment: segment, code: code)
        return Placement(day: day, segment: segment, assignment: .studyGroup(group))
    }

    /// Choices the run ignored, with the reason (cancelled clubs included); worked out on
    /// demand, in one pass over all choices.
    public var skippedChoices: [SkippedChoice] {
        var skipped: [SkippedChoice] = []
        for s in problem.students.indices {
            let key = StudentKey(problem.students[s])
            let list = problem.choices[s]
            for (i, c) in zip(list.indices, list) {
                let club = Int(c)
                let duplicate = list[list.startIndex..<i].firstIndex(of: c)
                if club >= 0, club < clubs.count, clubs[club].admits(key), duplicate == nil { continue }
                let reason =
                    problem.ineligibility(student: s, club: club)
                    ?? duplicate.map { .duplicate(ofRank: $0 - list.startIndex + 1) } ?? .cancelled
                skipped.append(SkippedChoice(student: s, rank: i - list.startIndex + 1, club: club, reason: reason))
            }
        }
        return skipped
    }
}
