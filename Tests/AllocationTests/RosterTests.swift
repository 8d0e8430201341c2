import Allocation
import PropertyBased
import TestSupport
import Testing

@Suite struct RosterTests {
    /// Three students want club "x" (one seat) first and "y" second, and one wants "y" only.
    func chainSchool() throws -> (School, AllocationResult, [String]) {
        var school = School()
        school.club("x", capacity: 1)
        school.club("y", days: .tue, capacity: 1)
        school.club("z", days: .wed, capacity: 5)
        school.student("A", wants: ["x", "y", "z"])
        school.student("B", wants: ["x", "y", "z"])
        school.student("C", wants: ["x", "y", "z"])
        let result = try school.run()
        return (school, result, school.drawn(result))
    }

    @Test func theWaitlistIsWhoRankedTheClubHigherInDrawOrder() throws {
        let (school, result, drawn) = try chainSchool()
        let roster = Roster(result: result)
        #expect(roster.waitlist(ofClub: school.clubIndex("x")) == [school.index(drawn[1]), school.index(drawn[2])])
        #expect(roster.waitlist(ofClub: school.clubIndex("y")) == [school.index(drawn[2])])
        #expect(roster.waitlist(ofClub: school.clubIndex("z")).isEmpty)
    }

    /// The first-drawn leaves "x": the second takes it and frees "y", which the third takes,
    /// freeing a seat in "z" that nobody waits for.
    @Test func aFreedSeatStartsAChain() throws {
        let (school, result, drawn) = try chainSchool()
        var roster = Roster(result: result)
        let (first, second, third) = (school.index(drawn[0]), school.index(drawn[1]), school.index(drawn[2]))
        let (x, y, z) = (school.clubIndex("x"), school.clubIndex("y"), school.clubIndex("z"))
        let moves = try roster.leave(student: first, club: x)
        #expect(
            moves.filter { if case .joinClub = $0 { true } else if case .leaveClub = $0 { true } else { false } } == [
                .leaveClub(student: first, club: x),
                .leaveClub(student: second, club: y), .joinClub(student: second, club: x, rank: 1),
                .leaveClub(student: third, club: z), .joinClub(student: third, club: y, rank: 2),
            ])
        #expect(roster.clubs(of: first).isEmpty && roster.clubs(of: second) == [x] && roster.clubs(of: third) == [y])
        #expect(roster.studyGroup(of: first, day: 0, segment: 0) != nil)  // back in a study group on Monday
        #expect(roster.studyGroup(of: third, day: 2, segment: 0) != nil)  // Wednesday, no longer in "z"
        #expect(roster.studyGroup(of: second, day: 0, segment: 0) == nil)
        #expect(roster.waitlist(ofClub: x) == [third])  // the leaver is not offered it again
        #expect(throws: RosterError.notMember(student: school.students[first].id, club: x)) {
            try roster.leave(student: first, club: x)
        }
    }

    @Test func removingAStudentMovesNobodyElse() throws {
        let (school, result, drawn) = try chainSchool()
        var roster = Roster(result: result)
        let first = school.index(drawn[0])
        let moves = try roster.remove(student: first)
        #expect(Set(moves.map(\.student)) == [first])
        #expect(roster.freeSeats(inClub: school.clubIndex("x")) == 1)
        #expect(roster.clubs(of: school.index(drawn[1])) == [school.clubIndex("y")])
    }

    @Test func aLateStudentTakesFreeSeatsAndStudyGroups() throws {
        var (school, _, _) = try chainSchool()
        school.student("D", wants: ["x", "z"])
        var roster = Roster(result: try school.run())
        var late = roster
        let d = school.index("D")
        _ = try late.remove(student: d)
        let moves = try late.place(student: d)
        #expect(late.clubs(of: d) == roster.clubs(of: d))
        #expect(moves.contains(.joinClub(student: d, club: school.clubIndex("z"), rank: 2)))
        #expect(moves.filter { if case .joinStudyGroup = $0 { true } else { false } }.count == 9)
        #expect(throws: RosterError.alreadyPlaced(student: "D")) { try roster.place(student: d) }
    }

    /// Any sequence of leaves, removals and placements keeps the published promises: seats,
    /// suitability, no clashes, one place per enrolled slot; and every chain move improves the
    /// mover's list.
    @Test func movesKeepThePromises() async throws {
        await propertyCheck(count: 150, input: instanceShapes, Gen.uint64()) { shape, seed in
            let result = try Allocator.run(shape.problem)
            var roster = Roster(result: result)
            var rng = SeededGenerator(seed: seed)
            var removed = Set<Int>()
            for _ in 0..<8 {
                let members = result.problem.students.indices.filter { !roster.clubs(of: $0).isEmpty }
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where !removed.isEmpty:
                    let s = removed.randomElement(using: &rng) ?? 0
                    _ = try roster.place(student: s)
                    removed.remove(s)
                case 1:
                    guard
                        let s = result.problem.students.indices.filter({ !removed.contains($0) }).randomElement(
                            using: &rng)
                    else { continue }
                    _ = try roster.remove(student: s)
                    removed.insert(s)
                default:
                    guard let s = members.randomElement(using: &rng),
                        let c = roster.clubs(of: s).randomElement(using: &rng)
                    else { continue }
                    let moves = try roster.leave(student: s, club: c)
                    #expect(RosterInvariants.chainImproves(moves, roster), "\(moves)")
                }
                let violations = RosterInvariants.all(roster, removed: removed)
                #expect(violations.isEmpty, "\(violations.prefix(4))")
            }
        }
    }
}

enum RosterInvariants {
    static func all(_ roster: Roster, removed: Set<Int>) -> [String] {
        let problem = roster.problem
        var found: [String] = []
        for c in problem.clubs.indices where roster.members(ofClub: c).count > problem.clubs[c].capacity {
            found.append("club \(c) over capacity")
        }
        for (s, student) in problem.students.enumerated() {
            let clubs = roster.clubs(of: s)
            if clubs.count > problem.clubsPerStudent { found.append("student \(s) holds too many") }
            for (i, a) in clubs.enumerated() {
                if !SerialDictatorship.suitable(problem, s, a) || roster.cancelledClubs.contains(a) {
                    found.append("student \(s) unsuitable \(a)")
                }
                for b in clubs[(i + 1)...] where problem.clubs[a].clashes(with: problem.clubs[b]) {
                    found.append("student \(s) clash")
                }
            }
            for day in 0..<7 {
                for segment in 0..<problem.segmentCount {
                    let inClub = clubs.filter {
                        problem.clubs[$0].days.contains(day: day) && problem.clubs[$0].segment == segment
                    }.count
                    let group = roster.studyGroup(of: s, day: day, segment: segment)
                    let places = inClub + (group == nil ? 0 : 1)
                    let expected = student.isEnrolled(day: day, segment: segment) && !removed.contains(s) ? 1 : 0
                    if places != expected { found.append("student \(s) has \(places) places on \(day)/\(segment)") }
                    if let group, group.grade != student.grade || group.day != day || group.segment != segment {
                        found.append("student \(s) in the wrong study group")
                    }
                }
            }
        }
        return found
    }

    /// After the leaver, each student who joins a club gave up only clubs ranked below it.
    static func chainImproves(_ moves: [Move], _ roster: Roster) -> Bool {
        var left: [Int: [Int]] = [:]
        for move in moves.dropFirst() {
            switch move {
            case .leaveClub(let s, let c): left[s, default: []].append(c)
            case .joinClub(let s, _, let rank):
                let dropped = left[s] ?? []
                let ranks = dropped.map { roster.problem.choices.rank(of: $0, for: s) ?? .max }
                if !ranks.allSatisfy({ $0 > rank }) { return false }
                left[s] = nil
            default: continue
            }
        }
        return true
    }
}
