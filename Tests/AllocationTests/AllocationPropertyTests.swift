import PropertyBased
import TestSupport
import Testing

@testable import Allocation

/// The engine's guarantees, checked on random instances.
@Suite struct AllocationPropertyTests {
    @Test func everyInvariantHolds() async throws {
        await propertyCheck(count: 300, input: instanceShapes) { shape in
            let result = try Allocator.run(shape.problem)
            let violations = Invariants.all(result)
            #expect(violations.isEmpty, "\(violations.prefix(5))")
        }
    }

    @Test func oneClubEachWithoutMinimumsIsSerialDictatorship() async throws {
        await propertyCheck(count: 300, input: instanceShapes) { shape in
            var problem = shape.problem
            problem.clubsPerStudent = 1
            problem.clubs = problem.clubs.map {
                var c = $0
                c.minimum = 0
                return c
            }
            let result = try Allocator.run(problem)
            let engine = problem.students.indices.map { result.clubs(of: $0).first?.club }
            #expect(engine == SerialDictatorship.assign(problem))
        }
    }

    @Test func theProposalOrderDoesNotMatter() async throws {
        await propertyCheck(count: 200, input: instanceShapes) { shape in
            let problem = shape.problem
            let lottery = Lottery(problem)
            var rng = SeededGenerator(seed: shape.seed ^ 0xABCD)
            let shuffled = ContiguousArray((0..<Int32(lottery.order.count)).shuffled(using: &rng))
            let inOrder = try Allocator.run(problem)
            let reordered = try Allocator.run(problem, proposalOrder: shuffled)
            for s in problem.students.indices {
                #expect(inOrder.clubs(of: s) == reordered.clubs(of: s))
            }
            #expect(inOrder.cancellations == reordered.cancellations)
        }
    }

    @Test func theSameSeedGivesTheSameResult() async throws {
        await propertyCheck(count: 100, input: instanceShapes) { shape in
            let a = try Allocator.run(shape.problem)
            let b = try Allocator.run(shape.problem)
            #expect(Snapshot(a) == Snapshot(b))
        }
    }

    @Test func theInputOrderOfStudentsDoesNotMatter() async throws {
        await propertyCheck(count: 150, input: instanceShapes) { shape in
            let problem = shape.problem
            var rng = SeededGenerator(seed: shape.seed ^ 0x5EED)
            let permutation = problem.students.indices.shuffled(using: &rng)
            var shuffled = problem
            shuffled.students = permutation.map { problem.students[$0] }
            shuffled.choices = Preferences(permutation.map { problem.choices.list(of: $0) })
            let a = Snapshot(try Allocator.run(problem))
            let b = Snapshot(try Allocator.run(shuffled))
            #expect(a == b)
        }
    }

    @Test func aLotteryTicketDependsOnlyOnTheSeedAndTheId() async throws {
        await propertyCheck(count: 100, input: instanceShapes, Gen.int(in: 1...20)) { shape, extra in
            let problem = shape.problem
            var grown = problem
            for i in 0..<extra {
                grown.students.append(Student(id: "N\(i)", grade: 1, enrolment: Enrolment(days: .schoolWeek, until: 0)))
                grown.choices.append([])
            }
            let before = Lottery(problem)
            let after = Lottery(grown)
            for s in problem.students.indices {
                #expect(before.tickets[s] == after.tickets[s])
                #expect(before.tickets[s] == Lottery.ticket(seed: problem.seed, id: problem.students[s].id))
            }
            let originals = after.order.map(Int.init).filter { $0 < problem.students.count }
            #expect(originals == before.order.map(Int.init))
        }
    }

    @Test func aCancelledClubIsAsIfNeverOffered() async throws {
        await propertyCheck(count: 200, input: instanceShapes) { shape in
            let problem = shape.problem
            let result = try Allocator.run(problem)
            var without = problem
            for cancellation in result.cancellations { without.clubs[cancellation.club].capacity = 0 }
            without.clubs = without.clubs.map {
                var c = $0
                c.minimum = 0
                return c
            }
            let rerun = try Allocator.run(without)
            for s in problem.students.indices {
                #expect(result.clubs(of: s) == rerun.clubs(of: s))
            }
            for (k, cancellation) in result.cancellations.enumerated() {
                #expect(cancellation.members < cancellation.minimum)
                #expect(cancellation.pass == k + 1)
            }
        }
    }

    @Test func explanationsAgreeWithTheResult() async throws {
        await propertyCheck(count: 200, input: instanceShapes) { shape in
            let result = try Allocator.run(shape.problem)
            for s in result.problem.students.indices {
                let violations = Invariants.explanation(result, student: s)
                #expect(violations.isEmpty, "\(violations)")
            }
        }
    }
}

/// Everything a result says, keyed by student id, so runs over reordered inputs compare.
struct Snapshot: Equatable {
    var clubs: [String: [ClubPlace]] = [:]
    var weeks: [String: [String]] = [:]
    var positions: [String: Int] = [:]
    var cancellations: [Cancellation]

    init(_ r: AllocationResult) {
        cancellations = r.cancellations
        for (s, student) in r.problem.students.enumerated() {
            clubs[student.id] = r.clubs(of: s)
            positions[student.id] = r.lottery.position(of: s) ?? 0
            weeks[student.id] = r.week(of: s).map { p in
                switch p.assignment {
                case .club(let c, let rank): "\(p.day)/\(p.segment): club \(c) #\(rank)"
                case .studyGroup(let g): "\(p.day)/\(p.segment): \(r.studyGroups[g].key) of \(r.studyGroups[g].count)"
                }
            }
        }
    }
}
