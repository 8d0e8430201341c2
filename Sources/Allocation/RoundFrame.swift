/// The buffers one round works on, and the proposals themselves. Students are draw indices:
/// student p has draw position p + 1, so comparing indices compares lottery positions.
struct RoundFrame {
    let round: Int
    let quota: Int
    let keys: UnsafeBufferPointer<StudentKey>
    /// Each student's list in `choices`, in draw order: `offsets[p]..<offsets[p + 1]`.
    let offsets: UnsafeBufferPointer<Int32>
    let choices: UnsafeBufferPointer<Int32>
    let clubs: UnsafeMutableBufferPointer<ClubState>
    let seats: UnsafeMutableBufferPointer<Int32>
    /// Held clubs and ranks; this round's tentative place is the slot after the held ones.
    let heldClub: UnsafeMutableBufferPointer<Int32>
    let heldRank: UnsafeMutableBufferPointer<Int32>
    let heldCount: UnsafeBufferPointer<UInt8>

    /// Lets every active student propose, in `order` (draw order when nil); returns the number
    /// of proposals.
    func proposeAll(order: UnsafeBufferPointer<Int32>?) -> Int {
        var proposals = 0
        for i in 0..<keys.count {
            let first = order.map { Int($0[i]) } ?? i
            guard Int(heldCount[first]) == round - 1 else { continue }
            var proposer = first
            // Everything above the club given in the previous round was full, held or clashing
            // then, and still is: seats taken are final and held clubs only add up. So the walk
            // picks up where it stopped.
            var next = round == 1 ? offsets[first] : offsets[first] + heldRank[first * quota + round - 2] + 1
            while let displaced = propose(proposer, from: next, proposals: &proposals) {
                proposer = displaced
                let slot = proposer * quota + round - 1
                next = offsets[proposer] + heldRank[slot] + 1
                heldClub[slot] = -1
                heldRank[slot] = -1
            }
        }
        return proposals
    }

    /// Lets student `p` propose from index `from` of the flat choice array until a club holds
    /// them. Returns the student the club let go to make room, if any.
    @inline(__always)
    func propose(_ p: Int, from: Int32, proposals: inout Int) -> Int? {
        let key = keys[p]
        let start = offsets[p]
        let end = offsets[p + 1]
        let position = Int32(truncatingIfNeeded: p)
        var k = from
        while k < end {
            let c = Int(choices[Int(k)])
            k += 1
            guard c >= 0, c < clubs.count else { continue }
            let club = clubs[c]
            guard club.admits(key), !conflicts(p, club: c) else { continue }
            proposals += 1
            let room = club.capacity - club.taken
            let count = Int(club.heapCount)
            let base = Int(club.seatBase + club.taken)
            if count < room {
                Heap.push(position, into: seats, base: base, count: count)
                clubs[c].heapCount += 1
                hold(p, club: c, rank: k - 1 - start)
                return nil
            }
            if room > 0, seats[base] > position {
                let displaced = Int(seats[base])
                Heap.replaceTop(with: position, in: seats, base: base, count: count)
                hold(p, club: c, rank: k - 1 - start)
                return displaced
            }
        }
        return nil
    }

    @inline(__always)
    private func hold(_ p: Int, club: Int, rank: Int32) {
        let slot = p * quota + round - 1
        heldClub[slot] = Int32(truncatingIfNeeded: club)
        heldRank[slot] = rank
    }

    /// Whether `p` already holds club `c` or one that meets at the same time.
    @inline(__always)
    private func conflicts(_ p: Int, club c: Int) -> Bool {
        let held = Int(heldCount[p])
        guard held > 0 else { return false }
        let club = clubs[c]
        for i in 0..<held {
            let h = Int(heldClub[p * quota + i])
            if h == c || clubs[h].clashes(with: club) { return true }
        }
        return false
    }
}

/// A binary max-heap of draw positions in a slice of the flat seat buffer: the root is the
/// latest-drawn member, the one a club lets go when an earlier-drawn student applies.
enum Heap {
    @inline(__always)
    static func push(_ value: Int32, into a: UnsafeMutableBufferPointer<Int32>, base: Int, count: Int) {
        var i = count
        while i > 0 {
            let parent = (i - 1) >> 1
            let above = a[base + parent]
            if above >= value { break }
            a[base + i] = above
            i = parent
        }
        a[base + i] = value
    }

    @inline(__always)
    static func replaceTop(with value: Int32, in a: UnsafeMutableBufferPointer<Int32>, base: Int, count: Int) {
        var i = 0
        while true {
            let left = 2 * i + 1
            if left >= count { break }
            var child = left
            if left + 1 < count, a[base + left + 1] > a[base + left] { child = left + 1 }
            if a[base + child] <= value { break }
            a[base + i] = a[base + child]
            i = child
        }
        a[base + i] = value
    }
}
