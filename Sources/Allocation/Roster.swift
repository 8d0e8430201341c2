/// The published allocation as it stands, with the moves allowed after publication (P8).
///
/// After `match publish` nobody moves except through these functions: a seat freed by a
/// student leaving a club goes to the head of the club's waitlist, who gives up the places
/// ranked below it that the new club displaces, which frees those seats in turn (a chain);
/// a late student fills free seats; a removed student frees seats that nobody takes.
/// Built from a result, or from the stored places, so the shell can reload it any time.
public struct Roster: Sendable {
    /// A club a student holds and its rank in their list (nil when it is no longer listed).
    struct Held: Hashable, Sendable {
        let club: Int
        let rank: Int?
    }

    /// The problem as it stands now (late enrolments included).
    public let problem: AllocationProblem
    /// The draw, for waitlist order.
    public let lottery: Lottery
    /// Clubs that do not run.
    public let cancelledClubs: Set<Int>
    var held: [[Held]]
    var clubMembers: [Set<Int>]
    var studyPlaces: [[Int: StudyGroupKey]]
    var groupMembers: [StudyGroupKey: Set<Int>]
    /// (student, club) pairs where the student left the club: they never wait for it again.
    var declined: Set<Pair>
    /// Students taken out of the service by `remove`: they wait for nothing until placed again.
    var withdrawn: Set<Int> = []

    struct Pair: Hashable, Sendable {
        let student: Int
        let club: Int
    }

    /// The roster right after `result` (before any move).
    public init(result: AllocationResult) {
        let clubPlaces = result.problem.students.indices.flatMap { s in result.clubs(of: s).map { (s, $0.club) } }
        let studyPlaces = result.problem.students.indices.flatMap { s in
            result.week(of: s).compactMap { placement -> (Int, StudyGroupKey)? in
                guard case .studyGroup(let g) = placement.assignment else { return nil }
                return (s, result.studyGroups[g].key)
            }
        }
        self.init(
            problem: result.problem, clubPlaces: clubPlaces, studyPlaces: studyPlaces,
            cancelledClubs: Set(result.cancellations.map(\.club)))
    }

    /// A roster from stored places: which student holds which club, which study group each
    /// student is in (one entry per day and segment), and which clubs students have left
    /// since publishing (they are not offered those seats again).
    public init(
        problem: AllocationProblem, clubPlaces: [(student: Int, club: Int)],
        studyPlaces: [(student: Int, group: StudyGroupKey)], cancelledClubs: Set<Int> = [],
        leftClubs: [(student: Int, club: Int)] = []
    ) {
        self.problem = problem
        lottery = Lottery(problem)
        self.cancelledClubs = cancelledClubs
        held = Array(repeating: [], count: problem.students.count)
        clubMembers = Array(repeating: [], count: problem.clubs.count)
        self.studyPlaces = Array(repeating: [:], count: problem.students.count)
        groupMembers = [:]
        declined = Set(leftClubs.map { Pair(student: $0.student, club: $0.club) })
        for place in clubPlaces {
            held[place.student].append(
                Held(club: place.club, rank: problem.choices.rank(of: place.club, for: place.student)))
            clubMembers[place.club].insert(place.student)
        }
        for place in studyPlaces {
            self.studyPlaces[place.student][slot(place.group.day, place.group.segment)] = place.group
            groupMembers[place.group, default: []].insert(place.student)
        }
    }

    func slot(_ day: Int, _ segment: Int) -> Int { day * problem.segmentCount + segment }

    /// The clubs `student` holds now, by index.
    public func clubs(of student: Int) -> [Int] { held[student].map(\.club).sorted() }

    /// The members of `club` now, in draw order.
    public func members(ofClub club: Int) -> [Int] { clubMembers[club].sorted(by: drawnBefore) }

    /// The members of a study group now, in draw order.
    public func members(ofStudyGroup group: StudyGroupKey) -> [Int] {
        (groupMembers[group] ?? []).sorted(by: drawnBefore)
    }

    /// Every study group that has members now, in key order.
    public var studyGroups: [StudyGroupKey] { groupMembers.filter { !$0.value.isEmpty }.keys.sorted() }

    /// The study group `student` is in on `day` in `segment`, if any.
    public func studyGroup(of student: Int, day: Int, segment: Int) -> StudyGroupKey? {
        studyPlaces[student][slot(day, segment)]
    }

    /// Free seats in `club` now (0 for a cancelled club).
    public func freeSeats(inClub club: Int) -> Int {
        cancelledClubs.contains(club) ? 0 : max(0, problem.clubs[club].capacity - clubMembers[club].count)
    }

    /// The students waiting for `club`, head first: those who ranked it above a place it would
    /// displace (or who have a free club place), can be placed there, do not hold it and have
    /// not left it.
    public func waitlist(ofClub club: Int) -> [Int] {
        guard problem.clubs.indices.contains(club), !cancelledClubs.contains(club) else { return [] }
        return problem.students.indices.filter { displaced(by: club, for: $0) != nil }.sorted(by: drawnBefore)
    }

    /// Whether student `a` was drawn before student `b`.
    func drawnBefore(_ a: Int, _ b: Int) -> Bool {
        let ta = lottery.tickets[a]
        let tb = lottery.tickets[b]
        if ta != tb { return ta < tb }
        let ia = problem.students[a].id.utf8
        let ib = problem.students[b].id.utf8
        return ia.elementsEqual(ib) ? a < b : ia.lexicographicallyPrecedes(ib)
    }

    /// The clubs `student` would give up to take `club`, or nil when they would not take it:
    /// every held club that clashes with it, and the lowest-ranked other one when at the limit;
    /// each must be ranked below `club`.
    func displaced(by club: Int, for student: Int) -> [Int]? {
        guard let rank = problem.choices.rank(of: club, for: student),
            problem.ineligibility(student: student, club: club) == nil,
            !held[student].contains(where: { $0.club == club }),
            !declined.contains(Pair(student: student, club: club)), !withdrawn.contains(student)
        else { return nil }
        let below = { (h: Held) in h.rank.map { $0 > rank } ?? true }
        let clashing = held[student].filter { problem.clubs[$0.club].clashes(with: problem.clubs[club]) }
        guard clashing.allSatisfy(below) else { return nil }
        var drops = clashing.map(\.club)
        let kept = held[student].filter { !drops.contains($0.club) }
        if kept.count >= problem.clubsPerStudent {
            guard let worst = kept.max(by: { ($0.rank ?? .max, $0.club) < ($1.rank ?? .max, $1.club) }), below(worst)
            else { return nil }
            drops.append(worst.club)
        }
        return drops
    }
}
