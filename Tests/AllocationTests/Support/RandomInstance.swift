import Allocation
import PropertyBased
import TestSupport

/// The shape of a random instance; the property checker shrinks its counts when a check fails.
struct InstanceShape: Sendable, CustomStringConvertible {
    var students: Int
    var clubs: Int
    var clubsPerStudent: Int
    /// Whether clubs declare minimums.
    var minimums: Bool
    /// Whether lists hold unknown, repeated and unsuitable clubs too.
    var messy: Bool
    var seed: UInt64

    var description: String {
        "InstanceShape(students: \(students), clubs: \(clubs), clubsPerStudent: \(clubsPerStudent), "
            + "minimums: \(minimums), messy: \(messy), seed: \(seed))"
    }

    /// The instance: 1 to 3 segments, grades 1 to 4, 1 to 3 classes per grade, small clubs so
    /// that many are full, some students not enrolled or enrolled on some days only.
    var problem: AllocationProblem {
        var rng = SeededGenerator(seed: seed)
        let segments = Int.random(in: 1...3, using: &rng)
        let clubs = (0..<self.clubs).map { _ in randomClub(segments: segments, &rng) }
        let students = (0..<self.students).map { i in randomStudent(i, segments: segments, &rng) }
        var lists: [[Int]] = []
        for _ in students {
            let length = Int.random(in: 0...min(6, self.clubs + (messy ? 1 : 0)), using: &rng)
            var list: [Int] = []
            for _ in 0..<length {
                if messy, Int.random(in: 0..<8, using: &rng) == 0 {
                    list.append(Bool.random(using: &rng) ? self.clubs + 3 : (list.randomElement(using: &rng) ?? 0))
                } else if self.clubs > 0 {
                    list.append(Int.random(in: 0..<self.clubs, using: &rng))
                }
            }
            if !messy { list = list.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
            lists.append(list)
        }
        return AllocationProblem(
            segmentCount: segments, students: students, clubs: clubs, choices: Preferences(lists),
            clubsPerStudent: clubsPerStudent, studyGroupSize: Int.random(in: 1...7, using: &rng),
            seed: UInt64.random(in: 0...1000, using: &rng))
    }

    private func randomClub(segments: Int, _ rng: inout SeededGenerator) -> Club {
        let low = Int.random(in: 1...4, using: &rng)
        var days = Weekdays(day: Int.random(in: 0..<5, using: &rng))
        if Int.random(in: 0..<3, using: &rng) == 0 { days.insert(Weekdays(day: Int.random(in: 0..<5, using: &rng))) }
        let capacity = Int.random(in: 0...5, using: &rng)
        return Club(
            grades: low...min(4, low + Int.random(in: 0...2, using: &rng)), days: days,
            segment: Int.random(in: 0..<segments, using: &rng), capacity: capacity,
            minimum: minimums && Bool.random(using: &rng) ? Int.random(in: 1...4, using: &rng) : 0)
    }

    private func randomStudent(_ i: Int, segments: Int, _ rng: inout SeededGenerator) -> Student {
        let grade = Int.random(in: 1...4, using: &rng)
        let enrolment: Enrolment?
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: enrolment = nil
        case 1, 2, 3:
            enrolment = Enrolment(
                days: Weekdays(rawValue: UInt8.random(in: 0...0x1F, using: &rng)),
                until: Int.random(in: 0..<segments, using: &rng))
        default: enrolment = Enrolment(days: .schoolWeek, until: segments - 1)
        }
        return Student(
            id: "S\(1000 + i)", grade: grade, classIndex: grade * 10 + Int.random(in: 0..<3, using: &rng),
            enrolment: enrolment)
    }
}

/// Random instance shapes: up to 40 students and 10 clubs.
let instanceShapes = zip(
    Gen.int(in: 0...40), Gen.int(in: 0...10), Gen.int(in: 1...3), Gen.int(in: 0...3), Gen.uint64()
).map { students, clubs, quota, flags, seed in
    InstanceShape(
        students: students, clubs: clubs, clubsPerStudent: quota, minimums: flags & 1 != 0,
        messy: flags & 2 != 0, seed: seed)
}
