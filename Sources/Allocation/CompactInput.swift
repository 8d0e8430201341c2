/// A student packed for the inner loop: grade, enrolled days and last segment (-1: not enrolled).
struct StudentKey: Sendable, BitwiseCopyable {
    var grade: Int32
    var days: UInt8
    var until: Int8

    init(grade: Int32, days: UInt8, until: Int8) {
        self.grade = grade
        self.days = days
        self.until = until
    }

    init(_ student: Student) {
        grade = Int32(truncatingIfNeeded: student.grade)
        if let e = student.enrolment, !e.days.isEmpty {
            days = e.days.rawValue
            until = Int8(truncatingIfNeeded: e.until)
        } else {
            days = 0
            until = -1
        }
    }
}

/// A club packed for the inner loop, with its seat bookkeeping, in one cache-friendly record.
struct ClubState: Sendable, BitwiseCopyable {
    var lowestGrade: Int32
    var highestGrade: Int32
    var days: UInt8
    var segment: Int8
    /// False once the club is cancelled.
    var open: Bool
    /// Seats the engine tracks: the capacity, capped where more could never be taken.
    var capacity: Int32
    /// Where the club's seats start in the flat seat buffer.
    var seatBase: Int32
    /// Seats taken in finished rounds.
    var taken: Int32
    /// Seats held tentatively in the current round (a max-heap of draw positions after `taken`).
    var heapCount: Int32

    init(_ club: Club, capacity: Int32, seatBase: Int32) {
        lowestGrade = Int32(clamping: club.grades.lowerBound)
        highestGrade = Int32(clamping: club.grades.upperBound)
        days = club.days.rawValue
        segment = Int8(truncatingIfNeeded: club.segment)
        open = true
        self.capacity = capacity
        self.seatBase = seatBase
        taken = 0
        heapCount = 0
    }

    /// Whether a student with `key` may be placed here (the rule of PRODUCT §5).
    @inline(__always)
    func admits(_ key: StudentKey) -> Bool {
        open && key.grade >= lowestGrade && key.grade <= highestGrade
            && days & ~key.days == 0 && segment <= key.until
    }

    /// Whether two clubs meet on a common day in the same segment.
    @inline(__always)
    func clashes(with other: ClubState) -> Bool {
        segment == other.segment && days & other.days != 0
    }
}

/// One student as packed before the draw-order gather: everything later phases read.
struct StudentRecord: BitwiseCopyable {
    var key: StudentKey
    var classIndex: Int32
    var listStart: Int32
    var listEnd: Int32
}

/// The problem in the packed form the engine works on, built once per run.
///
/// Students appear in draw order: entry p is the student with draw position p + 1. Every
/// later phase then walks memory in order instead of jumping around a million students,
/// which is what keeps a large run fast.
struct CompactInput {
    /// Enrolled students in draw order.
    let keys: Storage<StudentKey>
    /// Their class indices.
    let classes: Storage<Int32>
    /// Their choice lists, copied in draw order (`offsets` has one more entry than students).
    let offsets: Storage<Int32>
    let choices: Storage<Int32>
    /// The clubs as given; `open` is cleared when a pass cancels one.
    var clubs: [ClubState]
    /// The length of the flat seat buffer.
    let seatCount: Int

    init(_ problem: AllocationProblem, lottery: Lottery) {
        let order = lottery.order
        let n = order.count
        // Pack every student in input order first (a streaming read), then gather the small
        // packed records in draw order: the random reads then mostly hit the cache.
        let packed = CompactInput.pack(problem)
        keys = Storage(repeating: StudentKey(grade: 0, days: 0, until: -1), count: n)
        classes = Storage(repeating: 0, count: n)
        offsets = Storage(repeating: 0, count: n + 1)
        let starts = Storage<Int32>(repeating: 0, count: n)
        var total: Int32 = 0
        for p in 0..<n {
            let record = packed.buffer[Int(order[p])]
            keys.buffer[p] = record.key
            classes.buffer[p] = record.classIndex
            starts.buffer[p] = record.listStart
            total += record.listEnd - record.listStart
            offsets.buffer[p + 1] = total
        }
        choices = Storage(repeating: 0, count: Int(total))
        CompactInput.gather(problem.choices.clubs, starts: starts.buffer, offsets: offsets.buffer, into: choices.buffer)
        let caps = CompactInput.trackedCapacities(problem)
        var base: Int32 = 0
        clubs = []
        clubs.reserveCapacity(problem.clubs.count)
        for (c, club) in problem.clubs.enumerated() {
            clubs.append(ClubState(club, capacity: caps[c], seatBase: base))
            base += caps[c]
        }
        seatCount = Int(base)
    }

    private static func pack(_ problem: AllocationProblem) -> Storage<StudentRecord> {
        let packed = Storage(
            repeating: StudentRecord(
                key: StudentKey(grade: 0, days: 0, until: -1), classIndex: 0, listStart: 0, listEnd: 0),
            count: problem.students.count)
        problem.students.withUnsafeBufferPointer { students in
            problem.choices.offsets.withUnsafeBufferPointer { offsets in
                for s in 0..<students.count {
                    packed.buffer[s] = StudentRecord(
                        key: StudentKey(students[s]), classIndex: Int32(truncatingIfNeeded: students[s].classIndex),
                        listStart: offsets[s], listEnd: offsets[s + 1])
                }
            }
        }
        return packed
    }

    /// Copies every list into draw order, given where each starts: one random read per
    /// student, none depending on another, so the processor keeps many of them in flight.
    private static func gather(
        _ source: ContiguousArray<Int32>, starts: UnsafeMutableBufferPointer<Int32>,
        offsets: UnsafeMutableBufferPointer<Int32>, into target: UnsafeMutableBufferPointer<Int32>
    ) {
        source.withUnsafeBufferPointer { source in
            for p in 0..<starts.count {
                let from = Int(starts[p])
                let to = Int(offsets[p])
                let length = Int(offsets[p + 1]) - to
                for k in 0..<length { target[to + k] = source[from + k] }
            }
        }
    }

    /// The number of enrolled students.
    var count: Int { keys.count }

    /// Capacities as the engine tracks them. Nobody can take more seats than there are students,
    /// nor more than there are lists naming the club; the second, dearer cap is only worked out
    /// when the first leaves more seats than choices (absurd capacities would waste memory).
    static func trackedCapacities(_ problem: AllocationProblem) -> [Int32] {
        let n = problem.students.count
        let byStudents = problem.clubs.map { Int32(min(max($0.capacity, 0), n)) }
        let total = byStudents.reduce(0) { $0 + Int($1) }
        guard total > 2 * problem.choices.clubs.count + 1024 else { return byStudents }
        var applicants = [Int32](repeating: 0, count: problem.clubs.count)
        for club in problem.choices.clubs where club >= 0 && Int(club) < applicants.count { applicants[Int(club)] += 1 }
        return problem.clubs.indices.map { min(byStudents[$0], applicants[$0]) }
    }
}
