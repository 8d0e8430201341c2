/// One change to the published allocation, as the post-publication functions return them.
public enum Move: Hashable, Sendable, CustomStringConvertible {
    /// The student took a seat in a club (the 1-based rank of the club in their list; 0 if unranked).
    case joinClub(student: Int, club: Int, rank: Int)
    /// The student gave up a seat in a club.
    case leaveClub(student: Int, club: Int)
    /// The student joined a study group; when no group of that grade, day and segment existed,
    /// this creates it.
    case joinStudyGroup(student: Int, group: StudyGroupKey)
    /// The student left a study group.
    case leaveStudyGroup(student: Int, group: StudyGroupKey)

    /// The student the move concerns.
    public var student: Int {
        switch self {
        case .joinClub(let s, _, _), .leaveClub(let s, _), .joinStudyGroup(let s, _), .leaveStudyGroup(let s, _): s
        }
    }

    public var description: String {
        switch self {
        case .joinClub(let s, let c, let rank): "student \(s) joins club \(c) (choice \(rank))"
        case .leaveClub(let s, let c): "student \(s) leaves club \(c)"
        case .joinStudyGroup(let s, let g): "student \(s) joins \(g)"
        case .leaveStudyGroup(let s, let g): "student \(s) leaves \(g)"
        }
    }
}

/// Why a post-publication move cannot be made.
public enum RosterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No student or club with that index.
    case unknown(student: Int?, club: Int?)
    /// The student is not a member of the club.
    case notMember(student: String, club: Int)
    /// The student already has places (use `leave` or `remove` first).
    case alreadyPlaced(student: String)
    /// The student is not enrolled, so there is nothing to place.
    case notEnrolled(student: String)

    public var description: String {
        switch self {
        case .unknown(let student, let club):
            student.map { "no student with index \($0)" } ?? club.map { "no club with index \($0)" } ?? "unknown index"
        case .notMember(let student, let club): "student '\(student)' is not a member of club \(club)"
        case .alreadyPlaced(let student): "student '\(student)' already has places"
        case .notEnrolled(let student): "student '\(student)' is not enrolled"
        }
    }
}
