/// Every student's ranked choices in one flat array with offsets (compressed sparse rows).
///
/// Student `s` ranked `clubs[offsets[s]..<offsets[s + 1]]`, first choice first. One flat array
/// instead of an array per student keeps a run over a million students to two allocations.
public struct Preferences: Hashable, Sendable {
    /// Where each student's list starts; `offsets.count` is the number of students plus one.
    public private(set) var offsets: ContiguousArray<Int32>
    /// The club indices of all lists, one after the other.
    public private(set) var clubs: ContiguousArray<Int32>

    /// No lists at all.
    public init() {
        offsets = [0]
        clubs = []
    }

    /// Lists for students `0..<lists.count`, from nested arrays (convenient for small inputs).
    public init(_ lists: [[Int]]) {
        self.init()
        offsets.reserveCapacity(lists.count + 1)
        clubs.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists { append(list) }
    }

    /// Lists from raw CSR arrays; `validate(studentCount:clubCount:)` checks them.
    public init(offsets: ContiguousArray<Int32>, clubs: ContiguousArray<Int32>) {
        self.offsets = offsets
        self.clubs = clubs
    }

    /// Adds the list of the next student.
    public mutating func append(_ list: some Sequence<Int>) {
        for club in list { clubs.append(Int32(clamping: club)) }
        offsets.append(Int32(clubs.count))
    }

    /// The number of students with a list.
    public var studentCount: Int { offsets.count - 1 }

    /// The ranked club indices of student `student` (empty for a student without a list).
    public subscript(student: Int) -> ArraySlice<Int32> {
        guard student >= 0, student + 1 < offsets.count else { return [] }
        return clubs[Int(offsets[student])..<Int(offsets[student + 1])]
    }

    /// The ranked club indices of `student` as plain integers.
    public func list(of student: Int) -> [Int] {
        self[student].map(Int.init)
    }

    /// The 1-based position of `club` in the student's list, or nil if they did not rank it.
    public func rank(of club: Int, for student: Int) -> Int? {
        let list = self[student]
        guard let index = list.firstIndex(of: Int32(clamping: club)) else { return nil }
        return index - list.startIndex + 1
    }
}
