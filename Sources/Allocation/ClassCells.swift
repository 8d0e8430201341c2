/// Dense ids for the (grade, class) pairs of enrolled students, ordered by grade then class,
/// so that the pairs of one grade form a range. A study-group pool lists its students class
/// by class in this order.
struct ClassCells: Sendable {
    /// The pair id of each student, by draw index.
    let cell: Storage<Int32>
    /// Where each grade's pairs start; one more entry than grades.
    private let gradeStart: [Int]

    init(input: CompactInput, grades: GradeIndex) {
        let n = input.count
        let keys = input.keys.buffer
        let classes = input.classes.buffer
        cell = Storage(repeating: 0, count: n)
        var highest: Int32 = 0
        for p in 0..<n { highest = max(highest, classes[p]) }
        let width = Int(highest) + 1
        var start = Array(repeating: 0, count: grades.count + 1)
        if grades.count * width <= max(4 * n, 1 << 16) {
            // A table over every (grade, class) pair: mark, number in order, look up.
            var id = [Int32](repeating: -1, count: grades.count * width)
            for p in 0..<n { id[grades.index(keys[p].grade) * width + Int(classes[p])] = 0 }
            var next: Int32 = 0
            for g in 0..<grades.count {
                start[g] = Int(next)
                for k in (g * width)..<((g + 1) * width) where id[k] == 0 {
                    id[k] = next
                    next += 1
                }
            }
            start[grades.count] = Int(next)
            for p in 0..<n { cell.buffer[p] = id[grades.index(keys[p].grade) * width + Int(classes[p])] }
        } else {
            // Sparse class numbers: sort the distinct pairs instead.
            let pairs = Set((0..<n).map { Int64(grades.index(keys[$0].grade)) << 32 | Int64(classes[$0]) }).sorted()
            let id = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, Int32($0)) })
            for pair in pairs { start[Int(pair >> 32) + 1] += 1 }
            for g in 0..<grades.count { start[g + 1] += start[g] }
            for p in 0..<n { cell.buffer[p] = id[Int64(grades.index(keys[p].grade)) << 32 | Int64(classes[p])] ?? 0 }
        }
        gradeStart = start
    }

    /// The number of pairs.
    var count: Int { gradeStart.last ?? 0 }

    /// The pair ids of grade index `g`.
    func range(ofGrade g: Int) -> Range<Int> { gradeStart[g]..<gradeStart[g + 1] }
}
