/// Maps the grades of enrolled students to dense indices 0..<count, in increasing grade order.
struct GradeIndex: Sendable {
    private let lowest: Int32
    private let direct: Bool
    private let grades: [Int32]
    private let indices: [Int32: Int]

    init(_ keys: UnsafeBufferPointer<StudentKey>) {
        var lowest = Int32.max
        var highest = Int32.min
        for key in keys where key.until >= 0 {
            lowest = min(lowest, key.grade)
            highest = max(highest, key.grade)
        }
        if lowest > highest { (lowest, highest) = (0, 0) }
        self.lowest = lowest
        if Int(highest) - Int(lowest) < 4096 {
            direct = true
            grades = (0...(Int(highest) - Int(lowest))).map { lowest + Int32($0) }
            indices = [:]
        } else {
            direct = false
            grades = Set(keys.lazy.filter { $0.until >= 0 }.map(\.grade)).sorted()
            indices = Dictionary(uniqueKeysWithValues: grades.enumerated().map { ($1, $0) })
        }
    }

    var count: Int { grades.count }

    /// The dense index of an enrolled student's grade.
    @inline(__always)
    func index(_ grade: Int32) -> Int {
        direct ? Int(grade &- lowest) : indices[grade] ?? 0
    }

    /// The grade with dense index `index`.
    func grade(at index: Int) -> Int { Int(grades[index]) }
}
