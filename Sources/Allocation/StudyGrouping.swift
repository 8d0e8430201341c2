/// Builds the study groups and every student's week from the final club places.
///
/// For each grade, day and segment (a pool), the enrolled students without a club there are
/// split into `ceil(n / size)` groups whose sizes differ by at most one (`ClassPacker`). A
/// pool is ordered by class, then draw position, and a group is a few ranges of that order.
/// A student's code for a free slot is their rank in the pool; the group follows from the
/// ranges. Counting per (class, day, segment) gives the ranks in two passes over the
/// students in draw order, without sorting anything.
struct StudyGrouping: Sendable {
    var groups: [StudyGroup] = []
    /// Where each student's placements start, by draw index: one entry per enrolled day and segment.
    let placementOffsets: ContiguousArray<Int32>
    /// Per placement: `~club` (< 0) for a club, else the student's rank in the slot's pool.
    var placementCodes: ContiguousArray<Int32>
    /// Where each pool's pieces start; one more entry than pools.
    var poolPieceStart: ContiguousArray<Int32> = [0]
    /// Per piece: the rank in its pool where it starts, and its group (index into `groups`).
    var pieceRank = ContiguousArray<Int32>()
    var pieceGroup = ContiguousArray<Int32>()
    let layout: Layout

    /// How pools are numbered: grade index, then day, then segment.
    struct Layout: Sendable {
        let grades: GradeIndex
        let segments: Int

        var poolCount: Int { grades.count * 7 * segments }

        @inline(__always)
        func pool(grade: Int, day: Int, segment: Int) -> Int { (grade * 7 + day) * segments + segment }
    }

    init(problem: AllocationProblem, input: CompactInput, engine: DeferredAcceptance) {
        let keys = UnsafeBufferPointer(input.keys.buffer)
        layout = Layout(grades: GradeIndex(keys), segments: problem.segmentCount)
        placementOffsets = StudyGrouping.offsets(keys)
        placementCodes = ContiguousArray(repeating: 0, count: Int(placementOffsets.last ?? 0))
        let classes = ClassCells(input: input, grades: layout.grades)
        let cells = Storage<Int32>(repeating: 0, count: classes.count * 7 * layout.segments)
        let slots = FreeSlots(keys: keys, segments: layout.segments)
        countCells(slots: slots, engine: engine, classes: classes, cells: cells.buffer)
        packPools(classes: classes, cells: cells.buffer, size: problem.studyGroupSize)
        writeRanks(slots: slots, classes: classes, cells: cells.buffer)
    }

    /// Placement offsets: every enrolled student has one entry per enrolled day and segment.
    static func offsets(_ keys: UnsafeBufferPointer<StudentKey>) -> ContiguousArray<Int32> {
        var offsets = ContiguousArray<Int32>(repeating: 0, count: keys.count + 1)
        var total: Int32 = 0
        for (p, key) in keys.enumerated() {
            total += Int32(key.days.nonzeroBitCount * (Int(key.until) + 1))
            offsets[p + 1] = total
        }
        return offsets
    }

    /// The placement entry of a student (whose placements start at `base`) on `day` in `segment`.
    @inline(__always)
    static func entry(base: Int32, _ key: StudentKey, day: Int, segment: Int) -> Int {
        let daysBefore = (key.days & ((1 << UInt8(day)) &- 1)).nonzeroBitCount
        return Int(base) + daysBefore * (Int(key.until) + 1) + segment
    }

    /// Pass 1: writes club codes, works out each student's free days per segment, and counts
    /// the free slots of every (class, day, segment) cell.
    private mutating func countCells(
        slots: FreeSlots, engine: DeferredAcceptance, classes: ClassCells, cells: UnsafeMutableBufferPointer<Int32>
    ) {
        let segments = layout.segments, quota = engine.quota
        let clubs = engine.clubs.buffer, heldClub = engine.heldClub.buffer, heldCount = engine.heldCount.buffer
        let free = slots.free.buffer, cell = classes.cell.buffer
        placementOffsets.withUnsafeBufferPointer { offsets in
            placementCodes.withUnsafeMutableBufferPointer { codes in
                for p in 0..<slots.keys.count {
                    let key = slots.keys[p], row = p * segments
                    for segment in 0...Int(key.until) { free[row + segment] = key.days }
                    for i in 0..<Int(heldCount[p]) {
                        let c = Int(heldClub[p * quota + i]), club = clubs[c], segment = Int(club.segment)
                        free[row + segment] &= ~club.days
                        var days = club.days
                        while days != 0 {
                            let day = days.trailingZeroBitCount
                            codes[StudyGrouping.entry(base: offsets[p], key, day: day, segment: segment)] = ~Int32(c)
                            days &= days &- 1
                        }
                    }
                    let cellBase = Int(cell[p]) * 7 * segments
                    slots.forEachFreeSlot(p) { day, segment in cells[cellBase + day * segments + segment] += 1 }
                }
            }
        }
    }

    /// Cuts every pool into groups and turns each cell's count into the rank where its class starts.
    private mutating func packPools(classes: ClassCells, cells: UnsafeMutableBufferPointer<Int32>, size: Int) {
        var packer = ClassPacker()
        var lengths: [Int] = []
        let segments = layout.segments
        for g in 0..<layout.grades.count {
            for day in 0..<7 {
                for segment in 0..<segments {
                    lengths.removeAll(keepingCapacity: true)
                    var total: Int32 = 0
                    for pair in classes.range(ofGrade: g) {
                        let cell = (pair * 7 + day) * segments + segment
                        let n = cells[cell]
                        cells[cell] = total
                        total += n
                        if n > 0 { lengths.append(Int(n)) }
                    }
                    if total > 0 {
                        addGroups(packer.pack(runs: lengths, size: size), grade: g, day: day, segment: segment)
                    }
                    poolPieceStart.append(Int32(pieceRank.count))
                }
            }
        }
    }

    private mutating func addGroups(_ packing: Packing, grade: Int, day: Int, segment: Int) {
        let groupBase = groups.count
        var rank: Int32 = 0
        for piece in packing.pieces {
            pieceRank.append(rank)
            pieceGroup.append(Int32(groupBase + piece.group))
            rank += Int32(piece.count)
        }
        let pool = layout.pool(grade: grade, day: day, segment: segment)
        for (g, groupSize) in packing.groupSizes.enumerated() {
            groups.append(StudyGroup(
                grade: layout.grades.grade(at: grade), day: day, segment: segment, index: g + 1,
                count: packing.groupSizes.count, size: groupSize, pool: pool))
        }
    }

    /// Pass 2: gives every free slot its rank in the pool (class start plus earlier classmates).
    private mutating func writeRanks(slots: FreeSlots, classes: ClassCells, cells: UnsafeMutableBufferPointer<Int32>) {
        let segments = layout.segments
        placementOffsets.withUnsafeBufferPointer { offsets in
            placementCodes.withUnsafeMutableBufferPointer { codes in
                let cell = classes.cell.buffer
                for p in 0..<slots.keys.count {
                    let key = slots.keys[p], cellBase = Int(cell[p]) * 7 * segments
                    slots.forEachFreeSlot(p) { day, segment in
                        let cell = cellBase + day * segments + segment
                        codes[StudyGrouping.entry(base: offsets[p], key, day: day, segment: segment)] = cells[cell]
                        cells[cell] += 1
                    }
                }
            }
        }
    }

    /// The study group (index) of the student with `rank` in `pool`.
    func group(pool: Int, rank: Int32) -> Int {
        var lo = Int(poolPieceStart[pool]), hi = Int(poolPieceStart[pool + 1]) - 1
        while lo < hi {  // the last piece starting at or before the rank
            let mid = (lo + hi + 1) / 2
            if pieceRank[mid] <= rank { lo = mid } else { hi = mid - 1 }
        }
        return Int(pieceGroup[lo])
    }
}

/// Each enrolled student's free days per segment (day masks), filled by the first pass so
/// that later passes need not look at the clubs again.
struct FreeSlots {
    let keys: UnsafeBufferPointer<StudentKey>
    let segments: Int
    let free: Storage<UInt8>

    init(keys: UnsafeBufferPointer<StudentKey>, segments: Int) {
        self.keys = keys
        self.segments = segments
        free = Storage(repeating: 0, count: keys.count * segments)
    }

    /// Calls `body` with each (day, segment) the student is enrolled for and has no club in.
    @inline(__always)
    func forEachFreeSlot(_ p: Int, _ body: (Int, Int) -> Void) {
        let masks = free.buffer
        for segment in 0...Int(keys[p].until) {
            var days = masks[p * segments + segment]
            while days != 0 {
                body(days.trailingZeroBitCount, segment)
                days &= days &- 1
            }
        }
    }
}
