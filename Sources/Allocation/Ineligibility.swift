/// Why a student cannot be placed in a club they chose.
public enum Ineligibility: Hashable, Sendable, CustomStringConvertible {
    /// The club index does not exist.
    case unknownClub
    /// The student is not enrolled at all.
    case notEnrolled
    /// The club does not serve the student's grade (the student's grade, the club's grades).
    case grade(Int, ClosedRange<Int>)
    /// The club meets on days the student is not enrolled on.
    case days(missing: Weekdays)
    /// The club meets in a later segment than the student's enrolment reaches.
    case segment(club: Int, until: Int)
    /// The student chose the same club earlier in the list (the earlier rank, from 1).
    case duplicate(ofRank: Int)
    /// The club was cancelled for falling under its minimum.
    case cancelled

    public var description: String {
        switch self {
        case .unknownClub: "no such club"
        case .notEnrolled: "not enrolled"
        case .grade(let grade, let range): "grade \(grade) is outside \(range.lowerBound)-\(range.upperBound)"
        case .days(let missing): "not enrolled on \(missing)"
        case .segment(let club, let until):
            "the club meets in segment \(club), the enrolment ends with segment \(until)"
        case .duplicate(let rank): "the same club as choice \(rank)"
        case .cancelled: "the club was cancelled"
        }
    }
}
