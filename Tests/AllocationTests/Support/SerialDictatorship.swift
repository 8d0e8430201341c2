import Allocation

/// The oracle for one club per student without minimums: students in lottery order each take
/// their best suitable club that still has a seat. Written from the definitions alone.
enum SerialDictatorship {
    /// Student indices in draw order, by (ticket, id bytes), enrolled students only.
    static func drawOrder(_ problem: AllocationProblem) -> [Int] {
        problem.students.indices
            .filter { s in problem.students[s].enrolment.map { !$0.days.isEmpty } ?? false }
            .sorted { a, b in
                let ta = Lottery.ticket(seed: problem.seed, id: problem.students[a].id)
                let tb = Lottery.ticket(seed: problem.seed, id: problem.students[b].id)
                if ta != tb { return ta < tb }
                let x = Array(problem.students[a].id.utf8)
                let y = Array(problem.students[b].id.utf8)
                return x == y ? a < b : x.lexicographicallyPrecedes(y)
            }
    }

    /// Each student's club, or nil.
    static func assign(_ problem: AllocationProblem) -> [Int?] {
        var seats = problem.clubs.map(\.capacity)
        var result = [Int?](repeating: nil, count: problem.students.count)
        for s in drawOrder(problem) {
            for club in problem.choices.list(of: s) where suitable(problem, s, club) && seats[club] > 0 {
                seats[club] -= 1
                result[s] = club
                break
            }
        }
        return result
    }

    /// The placement rule of PRODUCT §5, spelled out again.
    static func suitable(_ problem: AllocationProblem, _ s: Int, _ club: Int) -> Bool {
        guard problem.clubs.indices.contains(club), let e = problem.students[s].enrolment else { return false }
        let c = problem.clubs[club]
        return c.grades.contains(problem.students[s].grade) && c.days.isSubset(of: e.days) && c.segment <= e.until
    }
}
