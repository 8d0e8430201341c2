/// The run's lottery: one ticket per student from the seed and the student's id alone.
///
/// `ticket = splitmix64(fnv1a64(utf8(id)) ^ splitmix64(seed))`, all arithmetic modulo 2^64.
/// The formula is fixed and platform independent (it never uses Swift's per-process seeded
/// `Hasher`), so anyone can recompute a draw, and a student's ticket does not change when
/// other students are added or removed. Students are drawn in increasing ticket order; equal
/// tickets (astronomically rare) fall back to the ids' UTF-8 bytes, then to input order.
public struct Lottery: Hashable, Sendable {
    /// Each student's ticket, by student index (also for students who are not enrolled).
    public let tickets: ContiguousArray<UInt64>
    /// The enrolled students in the order they were drawn: `order[0]` was drawn first.
    public let order: ContiguousArray<Int32>
    /// Each student's 1-based position in the draw, by student index; 0 for a student not enrolled.
    public let positions: ContiguousArray<Int32>

    /// Draws the lottery of `problem` (enrolled students only take part).
    public init(_ problem: AllocationProblem) {
        let students = problem.students
        let seedMix = Lottery.splitmix64(problem.seed)
        var tickets = ContiguousArray<UInt64>(repeating: 0, count: students.count)
        var entrants = ContiguousArray<Int32>()
        entrants.reserveCapacity(students.count)
        for (index, student) in students.enumerated() {
            tickets[index] = Lottery.splitmix64(Lottery.fnv1a(student.id) ^ seedMix)
            if student.isEnrolled { entrants.append(Int32(index)) }
        }
        let order = Lottery.sort(entrants, tickets: tickets, students: students)
        var positions = ContiguousArray<Int32>(repeating: 0, count: students.count)
        for (rank, student) in order.enumerated() { positions[Int(student)] = Int32(rank + 1) }
        self.tickets = tickets
        self.order = order
        self.positions = positions
    }

    /// The ticket of the student with `id` under `seed`.
    public static func ticket(seed: UInt64, id: String) -> UInt64 {
        splitmix64(fnv1a(id) ^ splitmix64(seed))
    }

    /// The 1-based draw position of `student`, or nil when they are not enrolled.
    public func position(of student: Int) -> Int? {
        let p = positions[student]
        return p == 0 ? nil : Int(p)
    }

    /// Whether student `a` was drawn before student `b` (both given as ids with their tickets).
    public static func precedes(_ a: (ticket: UInt64, id: String), _ b: (ticket: UInt64, id: String)) -> Bool {
        if a.ticket != b.ticket { return a.ticket < b.ticket }
        return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }

    /// 64-bit FNV-1a over the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The splitmix64 finaliser (Steele, Lea and Flood), a bijection that scatters every bit.
    public static func splitmix64(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Sorts entrants by (ticket, id bytes, index): one counting pass on the ticket's top bits
    /// into buckets of a few students each, then an insertion sort of every bucket.
    private static func sort(
        _ entrants: ContiguousArray<Int32>, tickets: ContiguousArray<UInt64>, students: [Student]
    ) -> ContiguousArray<Int32> {
        let n = entrants.count
        let precedes = { (a: Int32, b: Int32) -> Bool in
            let ta = tickets[Int(a)]
            let tb = tickets[Int(b)]
            if ta != tb { return ta < tb }
            let x = students[Int(a)].id.utf8
            let y = students[Int(b)].id.utf8
            return x.elementsEqual(y) ? a < b : x.lexicographicallyPrecedes(y)
        }
        guard n > 1 else { return entrants }
        let bits = min(20, max(1, (n / 4).bitWidth - (n / 4).leadingZeroBitCount))
        let shift = UInt64(64 - bits)
        var start = ContiguousArray<Int32>(repeating: 0, count: (1 << bits) + 1)
        var keys = ContiguousArray<UInt64>(repeating: 0, count: n)
        var order = ContiguousArray<Int32>(repeating: 0, count: n)
        for s in entrants { start[Int(tickets[Int(s)] >> shift) + 1] += 1 }
        for b in 0..<(1 << bits) { start[b + 1] += start[b] }
        var cursor = start
        for s in entrants {
            let ticket = tickets[Int(s)]
            let b = Int(ticket >> shift)
            let at = Int(cursor[b])
            cursor[b] += 1
            keys[at] = ticket
            order[at] = s
        }
        for b in 0..<(1 << bits) {
            let lo = Int(start[b])
            let hi = Int(start[b + 1])
            guard hi - lo > 1 else { continue }
            for i in (lo + 1)..<hi {  // insertion sort: a bucket holds about four students
                let key = keys[i]
                let s = order[i]
                var j = i
                while j > lo, keys[j - 1] > key || (keys[j - 1] == key && precedes(s, order[j - 1])) {
                    keys[j] = keys[j - 1]
                    order[j] = order[j - 1]
                    j -= 1
                }
                keys[j] = key
                order[j] = s
            }
        }
        return order
    }
}
