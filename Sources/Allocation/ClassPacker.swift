/// How one pool is cut: the group sizes in their final numbering, and the pieces each class
/// run is cut into, in run order (a run's pieces in the order its members fill them).
struct Packing {
    struct Piece {
        let run: Int
        let group: Int
        let count: Int
    }
    var groupSizes: [Int]
    var pieces: [Piece]
}

/// Packs runs of classmates into the fewest groups of at most `size`, sizes differing by at
/// most one, splitting as few classes as a best-fit-decreasing pass manages: classes go
/// largest first into the group with the least room that still takes the whole class; a
/// class that fits nowhere fills the roomiest groups. Groups are numbered by their first
/// class, so group 1 holds the first class of the pool.
struct ClassPacker {
    private var head: [Int] = []
    private var next: [Int] = []

    mutating func pack(runs: [Int], size: Int) -> Packing {
        let total = runs.reduce(0, +)
        let groupCount = (total + size - 1) / size
        let small = total / groupCount
        let bigCount = total % groupCount
        let maxRoom = small + (bigCount > 0 ? 1 : 0)
        head = Array(repeating: -1, count: maxRoom + 1)
        next = Array(repeating: -1, count: groupCount)
        let rooms = (0..<groupCount).map { $0 < bigCount ? small + 1 : small }
        for g in stride(from: groupCount - 1, through: 0, by: -1) where rooms[g] > 0 { push(g, room: rooms[g]) }
        // Longest run first, ties by position: one integer sort of (-length, index) keys.
        let longest = runs.max() ?? 0
        var byLength = runs.indices.map { (longest - runs[$0]) << 32 | $0 }
        byLength.sort()
        var pieces: [(run: Int, group: Int, count: Int)] = []
        pieces.reserveCapacity(runs.count + groupCount)
        for key in byLength {
            let run = key & 0xFFFF_FFFF
            var remaining = runs[run]
            while remaining > 0 {
                let (room, whole) = chooseRoom(for: remaining, maxRoom: maxRoom)
                guard room > 0 else { break }  // unreachable: the rooms add up to the members
                let group = pop(room: room)
                let count = whole ? remaining : room
                pieces.append((run, group, count))
                if room - count > 0 { push(group, room: room - count) }
                remaining -= count
            }
        }
        return ClassPacker.numbered(pieces: ClassPacker.byRun(pieces, runCount: runs.count), rooms: rooms)
    }

    /// The smallest room that takes `remaining` whole, else the largest room there is.
    private func chooseRoom(for remaining: Int, maxRoom: Int) -> (room: Int, whole: Bool) {
        if remaining <= maxRoom {
            for room in remaining...maxRoom where head[room] >= 0 { return (room, true) }
        }
        for room in stride(from: min(remaining - 1, maxRoom), through: 1, by: -1) where head[room] >= 0 {
            return (room, false)
        }
        return (0, false)
    }

    private mutating func push(_ group: Int, room: Int) {
        next[group] = head[room]
        head[room] = group
    }

    private mutating func pop(room: Int) -> Int {
        let group = head[room]
        head[room] = next[group]
        return group
    }

    /// The pieces in run order, each run's pieces in the order they were cut (a counting sort).
    private static func byRun(_ pieces: [(run: Int, group: Int, count: Int)], runCount: Int) -> [(
        run: Int, group: Int, count: Int
    )] {
        var start = Array(repeating: 0, count: runCount + 1)
        for piece in pieces { start[piece.run + 1] += 1 }
        for r in 0..<runCount { start[r + 1] += start[r] }
        var sorted = pieces
        for piece in pieces {
            sorted[start[piece.run]] = piece
            start[piece.run] += 1
        }
        return sorted
    }

    /// Numbers the groups in the order their first piece appears.
    private static func numbered(pieces: [(run: Int, group: Int, count: Int)], rooms: [Int]) -> Packing {
        var number = Array(repeating: -1, count: rooms.count)
        var next = 0
        for piece in pieces where number[piece.group] < 0 {
            number[piece.group] = next
            next += 1
        }
        var sizes = Array(repeating: 0, count: rooms.count)
        for g in rooms.indices where number[g] >= 0 { sizes[number[g]] = rooms[g] }
        return Packing(
            groupSizes: Array(sizes[..<next]),
            pieces: pieces.map { Packing.Piece(run: $0.run, group: number[$0.group], count: $0.count) })
    }
}
