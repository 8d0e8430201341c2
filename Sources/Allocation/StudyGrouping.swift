/// Builds the study groups and every student's week from the final club places.
///
/// For each grade, day and segment (a pool), the enrolled students without a club there are
/// split into `ceil(n / size)` groups whose sizes differ by at most one (`ClassPacker`). A
/// pool is ordered by class, then draw position, and a group is a few ranges of that order.
///
/// One pass over the students in draw order writes every placement: `~club` for a club, or
/// the student's rank among the classmates free in that slot (a counter per class, day and
/// segment, so earlier-drawn classmates come first). Adding where the class starts in its
/// pool gives the student's rank in the pool, and the ranges give the group.
struct StudyGrouping: Sendable {
    var groups: [StudyGroup] = []
    /// Where each student's placements start, by draw index: one entry per enrolled day and segment.
    let placementOffsets: ContiguousArray<Int32>
    /// Per placement: `~club` (< 0) for a club, else the student's rank in their class cell.
    var placementCodes: ContiguousArray<Int32>
    /// Per (class, day, segment) cell: the rank in its pool where the class starts.
    let cellStart: Storage<Int32>
    /// Each student's class cell row, by draw index.
    let classes: ClassCells
    /// Where each pool's pieces start; one more entry than pools.
    var poolPieceStart: ContiguousArray<Int32> = [0]
    /// Per piece: the rank in its pool where it starts, and its group (index into `groups`).
    var pieceRank = ContiguousArray<Int32>()
    var pieceGroup = ContiguousArray<Int32>()
    let layout: Layout

    /// How pools and cells are numbered: grade index (class) then day then segment.
    struct Layout: Sendable {
        let grades: GradeIndex
        let segments: Int

        @inline(__always)
        func pool(grade: Int, day: Int, segment: Int) -> Int { (grade * 7 + day) * segments + segment }

        @inline(__always)
        func cell(class pair: Int, day: Int, segment: Int) -> Int { (pair * 7 + day) * segments + segment }
    }

    init(problem: AllocationProblem, input: CompactInput, engine: DeferredAcceptance) {
        let keys = UnsafeBufferPointer(input.keys.buffer)
        layout = Layout(grades: GradeIndex(keys), segments: problem.segmentCount)
        placementOffsets = StudyGrouping.offsets(keys)
        classes = ClassCells(input: input, grades: layout.grades)
        cellStart = Storage(repeating: 0, count: classes.count * 7 * layout.segments)
        let total = Int(placementOffsets.last ?? 0)
        let offsets = placementOffsets
        let layout = layout
        let classes = classes
        let cells = cellStart.buffer
        placementCodes = ContiguousArray(unsafeUninitializedCapacity: total) { codes, initialized in
            StudyGrouping.place(
                keys: keys, engine: engine, layout: layout, classes: classes,
                offsets: offsets, codes: codes, cells: cells)
            initialized = total
        }
        packPools(size: problem.studyGroupSize)
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

    /// The pass: club codes, and for every free slot the rank among free classmates, counted
    /// in `cells`. Every entry of `codes` is written exactly once.
    private static func place(
        keys: UnsafeBufferPointer<StudentKey>, engine: DeferredAcceptance, layout: Layout, classes: ClassCells,
        offsets: ContiguousArray<Int32>, codes: UnsafeMutableBufferPointer<Int32>,
        cells: UnsafeMutableBufferPointer<Int32>
    ) {
        let segments = layout.segments
        let quota = engine.quota
        let clubs = engine.clubs.buffer
        let heldClub = engine.heldClub.buffer
        let heldCount = engine.heldCount.buffer
        let pair = classes.cell.buffer
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: segments) { free in
            for p in 0..<keys.count {
                let key = keys[p]
                let base = offsets[p]
                for segment in 0...Int(key.until) { free[segment] = key.days }
                for i in 0..<Int(heldCount[p]) {
                    let c = Int(heldClub[p * quota + i])
                    let club = clubs[c]
                    let segment = Int(club.segment)
                    free[segment] &= ~club.days
                    var days = club.days
                    while days != 0 {
                        codes[entry(base: base, key, day: days.trailingZeroBitCount, segment: segment)] = ~Int32(c)
                        days &= days &- 1
                    }
                }
                let row = Int(pair[p])
                for segment in 0...Int(key.until) {
                    var days = free[segment]
                    while days != 0 {
                        let day = days.trailingZeroBitCount
                        let cell = layout.cell(class: row, day: day, segment: segment)
                        codes[entry(base: base, key, day: day, segment: segment)] = cells[cell]
                        cells[cell] += 1
                        days &= days &- 1
                    }
                }
            }
        }
    }

    /// Cuts every pool into groups and turns each cell's count into the rank where its class
    /// starts in the pool.
    private mutating func packPools(size: Int) {
        var packer = ClassPacker()
        var lengths: [Int] = []
        let cells = cellStart.buffer
        for g in 0..<layout.grades.count {
            for day in 0..<7 {
                for segment in 0..<layout.segments {
                    lengths.removeAll(keepingCapacity: true)
                    var total: Int32 = 0
                    for pair in classes.range(ofGrade: g) {
                        let cell = layout.cell(class: pair, day: day, segment: segment)
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
            groups.append(
                StudyGroup(
                    grade: layout.grades.grade(at: grade), day: day, segment: segment, index: g + 1,
                    count: packing.groupSizes.count, size: groupSize, pool: pool))
        }
    }

    /// The study group (index into `groups`) of the student with draw index `p` whose code
    /// for a free slot on `day` in `segment` is `code`.
    func group(student p: Int, key: StudentKey, day: Int, segment: Int, code: Int32) -> Int {
        let rank = cellStart[layout.cell(class: Int(classes.cell[p]), day: day, segment: segment)] + code
        let pool = layout.pool(grade: layout.grades.index(key.grade), day: day, segment: segment)
        var lo = Int(poolPieceStart[pool])
        var hi = Int(poolPieceStart[pool + 1]) - 1
        while lo < hi {  // the last piece starting at or before the rank
            let mid = (lo + hi + 1) / 2
            if pieceRank[mid] <= rank { lo = mid } else { hi = mid - 1 }
        }
        return Int(pieceGroup[lo])
    }

    /// The rank in its pool of the student with draw index `p` and free-slot `code`.
    func poolRank(student p: Int, day: Int, segment: Int, code: Int32) -> Int32 {
        cellStart[layout.cell(class: Int(classes.cell[p]), day: day, segment: segment)] + code
    }
}
