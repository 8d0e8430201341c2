import Allocation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small, fast, seeded generator (splitmix64), so an instance is the same on every machine.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Builds a school-shaped instance: grades 1-5, classes of about 40, most families enrolled
/// all week until the last segment, clubs for one to three grades on one or two weekdays,
/// and choices drawn by a Zipf popularity (exponent `skew`) among the clubs of the student's grade.
enum InstanceGenerator {
    static let grades = 1...5

    static func make(_ o: BenchOptions) -> AllocationProblem {
        var rng = SplitMix(state: o.seed)
        let clubs = makeClubs(o, &rng)
        let students = makeStudents(o, &rng)
        let choices = makeChoices(o, students: students, clubs: clubs, &rng)
        return AllocationProblem(
            segmentCount: o.segments, students: students, clubs: clubs, choices: choices,
            clubsPerStudent: o.clubsPerStudent, studyGroupSize: o.groupSize, seed: o.seed)
    }

    static func makeClubs(_ o: BenchOptions, _ rng: inout SplitMix) -> [Club] {
        let meanCapacity = o.seatFactor * Double(o.students * o.clubsPerStudent) / Double(o.clubs)
        return (0..<o.clubs).map { _ in
            let low = Int.random(in: grades, using: &rng)
            let high = min(grades.upperBound, low + Int.random(in: 0...2, using: &rng))
            var days = Weekdays(day: Int.random(in: 0..<5, using: &rng))
            if Bool.random(using: &rng) { days.insert(Weekdays(day: Int.random(in: 0..<5, using: &rng))) }
            let capacity = max(1, Int((meanCapacity * Double.random(in: 0.5...1.5, using: &rng)).rounded()))
            let minimum = Double.random(in: 0..<1, using: &rng) < o.minimumShare ? max(1, capacity / 5) : 0
            return Club(
                grades: low...high, days: days, segment: Int.random(in: 0..<o.segments, using: &rng),
                capacity: capacity, minimum: minimum)
        }
    }

    static func makeStudents(_ o: BenchOptions, _ rng: inout SplitMix) -> [Student] {
        let classesPerGrade = max(1, o.students / (grades.count * 40))
        return (0..<o.students).map { i in
            let grade = Int.random(in: grades, using: &rng)
            let classIndex =
                (grade - grades.lowerBound) * classesPerGrade + Int.random(in: 0..<classesPerGrade, using: &rng)
            var enrolment = Enrolment(days: .schoolWeek, until: o.segments - 1)
            if Double.random(in: 0..<1, using: &rng) < 0.15 {
                let mask = UInt8.random(in: 1...0x1F, using: &rng)
                enrolment = Enrolment(
                    days: Weekdays(rawValue: mask), until: Int.random(in: 0..<o.segments, using: &rng))
            }
            return Student(id: "s\(i)", grade: grade, classIndex: classIndex, enrolment: enrolment)
        }
    }

    /// For each grade, the clubs serving it with cumulative Zipf weights (popularity rank is a
    /// random permutation, so popular clubs are spread over days and segments).
    static func makeChoices(_ o: BenchOptions, students: [Student], clubs: [Club], _ rng: inout SplitMix) -> Preferences
    {
        var popularity = Array(0..<clubs.count)
        popularity.shuffle(using: &rng)
        var byGrade: [[Int]] = Array(repeating: [], count: grades.count)
        var cumulative: [[Double]] = Array(repeating: [], count: grades.count)
        for g in grades {
            var sum = 0.0
            for c in clubs.indices where clubs[c].grades.contains(g) {
                sum += 1 / pow(Double(popularity[c] + 1), o.skew)
                byGrade[g - grades.lowerBound].append(c)
                cumulative[g - grades.lowerBound].append(sum)
            }
        }
        var preferences = Preferences()
        var list: [Int] = []
        for student in students {
            let g = student.grade - grades.lowerBound
            list.removeAll(keepingCapacity: true)
            var tries = 0
            while list.count < o.choices, tries < 20 * o.choices, let total = cumulative[g].last {
                tries += 1
                let x = Double.random(in: 0..<total, using: &rng)
                let c = byGrade[g][cumulative[g].partitioningIndex { $0 > x }]
                guard !list.contains(c), let e = student.enrolment,
                    clubs[c].days.isSubset(of: e.days), clubs[c].segment <= e.until
                else { continue }
                list.append(c)
            }
            preferences.append(list)
        }
        return preferences
    }

    /// x^y for x > 0 without Foundation.
    static func pow(_ x: Double, _ y: Double) -> Double {
        y == 0 ? 1 : exp(y * log(x))
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `predicate`, which must be false then true.
    func partitioningIndex(where predicate: (Double) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return Swift.min(lo, count - 1)
    }
}
