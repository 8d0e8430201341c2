/// One study group: the students of a grade without a club in a day and segment, or a share of
/// them when they are more than `study_group.size` (P2, P6).
public struct StudyGroup: Hashable, Sendable {
    /// The grade it serves.
    public let grade: Int
    /// The day (0 = Monday).
    public let day: Int
    /// The segment index.
    public let segment: Int
    /// Its number among the groups of that grade, day and segment, from 1.
    public let index: Int
    /// How many groups that grade, day and segment has.
    public let count: Int
    /// How many students it holds.
    public let size: Int
    /// The pool (grade, day and segment) it was cut from, inside the result.
    let pool: Int

    /// The grade, day and segment it belongs to, and its number.
    public var key: StudyGroupKey {
        StudyGroupKey(grade: grade, day: day, segment: segment, index: index)
    }
}

/// What names a study group for good: grade, day, segment and number (from 1).
public struct StudyGroupKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The grade.
    public let grade: Int
    /// The day (0 = Monday).
    public let day: Int
    /// The segment index.
    public let segment: Int
    /// The group's number among its grade, day and segment, from 1.
    public let index: Int

    /// Creates a key.
    public init(grade: Int, day: Int, segment: Int, index: Int) {
        self.grade = grade
        self.day = day
        self.segment = segment
        self.index = index
    }

    /// A readable, stable id such as `study-3-mon-activity-2`, given the policy's segment ids.
    public func id(segmentIDs: [String]) -> String {
        let segmentName = segmentIDs.indices.contains(segment) ? segmentIDs[segment] : "s\(segment)"
        let dayName = Weekdays.names.indices.contains(day) ? Weekdays.names[day] : "d\(day)"
        return "study-\(grade)-\(dayName)-\(segmentName)-\(index)"
    }

    public var description: String { id(segmentIDs: []) }

    public static func < (a: StudyGroupKey, b: StudyGroupKey) -> Bool {
        (a.grade, a.day, a.segment, a.index) < (b.grade, b.day, b.segment, b.index)
    }
}
