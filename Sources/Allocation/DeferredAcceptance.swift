/// Student-proposing deferred acceptance in rounds, over the packed input.
///
/// Every club ranks its applicants by one lottery (single tie-breaking). Round r gives each
/// student who got a club in every earlier round at most one more: they propose down their
/// whole list, skipping clubs they hold and clubs that clash with them, and a club holds the
/// applicants with the earliest draw positions that fit its remaining seats. Seats taken in a
/// round are final. The outcome of a round does not depend on the order in which students
/// propose (McVitie and Wilson); proposing in lottery order merely means nobody is displaced.
///
/// Students are named by draw index p (position p + 1) throughout.
struct DeferredAcceptance {
    let quota: Int
    let count: Int
    /// Held clubs, `quota` slots per student: club index, 0-based index in the list, round.
    let heldClub: Storage<Int32>
    let heldRank: Storage<Int32>
    let heldRound: Storage<UInt8>
    let heldCount: Storage<UInt8>
    /// Draw positions of each club's members: club c owns `seats[seatBase ..< seatBase + taken]`.
    let seats: Storage<Int32>
    let clubs: Storage<ClubState>
    private(set) var proposals = 0
    private(set) var rounds = 0

    init(input: CompactInput, quota: Int) {
        self.quota = quota
        count = input.count
        heldClub = Storage(repeating: -1, count: count * quota)
        heldRank = Storage(repeating: -1, count: count * quota)
        heldRound = Storage(repeating: 0, count: count * quota)
        heldCount = Storage(repeating: 0, count: count)
        seats = Storage(repeating: 0, count: input.seatCount)
        clubs = Storage(input.clubs)
    }

    /// Runs every round; stops early after a round that places nobody. `proposalOrder` (draw
    /// indices) nil means the draw order itself.
    mutating func run(input: CompactInput, proposalOrder: ContiguousArray<Int32>?) {
        for round in 1...quota {
            rounds = round
            let frame = RoundFrame(
                round: round, quota: quota, keys: UnsafeBufferPointer(input.keys.buffer),
                offsets: UnsafeBufferPointer(input.offsets.buffer), choices: UnsafeBufferPointer(input.choices.buffer),
                clubs: clubs.buffer, seats: seats.buffer, heldClub: heldClub.buffer, heldRank: heldRank.buffer,
                heldCount: UnsafeBufferPointer(heldCount.buffer))
            if let proposalOrder {
                proposals += proposalOrder.withUnsafeBufferPointer { frame.proposeAll(order: $0) }
            } else {
                proposals += frame.proposeAll(order: nil)
            }
            if finish(round: round) == 0 { break }
        }
    }

    /// Makes the round's held places final; returns how many students were placed. A student
    /// holds a club tentatively in their next free held slot, so this only counts them.
    private func finish(round: Int) -> Int {
        var placed = 0
        let heldClub = heldClub.buffer
        let heldRound = heldRound.buffer
        let heldCount = heldCount.buffer
        for p in 0..<count where Int(heldCount[p]) == round - 1 && Int(heldCount[p]) < quota {
            let slot = p * quota + Int(heldCount[p])
            guard heldClub[slot] >= 0 else { continue }
            heldRound[slot] = UInt8(truncatingIfNeeded: round)
            heldCount[p] += 1
            placed += 1
        }
        let clubs = clubs.buffer
        for c in clubs.indices {
            clubs[c].taken += clubs[c].heapCount
            clubs[c].heapCount = 0
        }
        return placed
    }
}
