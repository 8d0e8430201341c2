import Testing

@testable import Allocation

@Suite struct LotteryTests {
    /// Values computed independently (FNV-1a 64 and splitmix64 in another language): the draw
    /// must not change between platforms or releases.
    @Test(arguments: [
        (UInt64(42), "S001", UInt64(14_392_031_751_554_711_277)),
        (42, "S002", 14_767_816_556_220_633_837),
        (0, "", 6_566_800_829_925_814_604),
        (2025, "学生-7", 16_165_219_322_227_363_027),
    ])
    func ticketsAreFixed(seed: UInt64, id: String, ticket: UInt64) {
        #expect(Lottery.ticket(seed: seed, id: id) == ticket)
    }

    @Test func fnvMatchesTheReference() {
        #expect(Lottery.fnv1a("S001") == 0x8a99_a623_cfc3_9659)
        #expect(Lottery.fnv1a("") == 0xcbf2_9ce4_8422_2325)
    }

    @Test func positionsRankEnrolledStudentsByTicket() {
        let problem = Self.problem(count: 50, seed: 7)
        let lottery = Lottery(problem)
        #expect(lottery.order.count == 40)
        var previous: UInt64?
        for (p, s) in lottery.order.enumerated() {
            #expect(lottery.position(of: Int(s)) == p + 1)
            if let previous { #expect(previous <= lottery.tickets[Int(s)]) }
            previous = lottery.tickets[Int(s)]
        }
        for s in 40..<50 { #expect(lottery.position(of: s) == nil) }
    }

    /// Large draws use a bucket sort; it must agree with a plain sort.
    @Test func aLargeDrawAgreesWithAPlainSort() {
        let problem = Self.problem(count: 20_000, seed: 99)
        let lottery = Lottery(problem)
        let expected = problem.students.indices.filter { problem.students[$0].isEnrolled }
            .sorted { (lottery.tickets[$0], $0) < (lottery.tickets[$1], $1) }
        #expect(lottery.order.map(Int.init) == expected)
    }

    @Test func idsBreakEqualTickets() {
        #expect(Lottery.precedes((5, "A"), (5, "B")))
        #expect(!Lottery.precedes((5, "B"), (5, "A")))
        #expect(Lottery.precedes((4, "Z"), (5, "A")))
    }

    @Test func anotherSeedGivesAnotherDraw() {
        let a = Lottery(Self.problem(count: 30, seed: 1))
        let b = Lottery(Self.problem(count: 30, seed: 2))
        #expect(a.order != b.order)
    }

    /// `count` students; the last fifth are not enrolled.
    static func problem(count: Int, seed: UInt64) -> AllocationProblem {
        let students = (0..<count).map { i in
            Student(id: "S\(i)", grade: 1, enrolment: i < count * 4 / 5 ? Enrolment(days: .schoolWeek, until: 0) : nil)
        }
        return AllocationProblem(
            segmentCount: 1, students: students, clubs: [], choices: Preferences(Array(repeating: [], count: count)),
            seed: seed)
    }
}
