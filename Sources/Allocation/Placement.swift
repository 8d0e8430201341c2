/// Where a student is in one day and segment.
public struct Placement: Hashable, Sendable {
    /// What the student does in the slot.
    public enum Assignment: Hashable, Sendable {
        /// A club (index) and the 1-based position of that club in the student's list.
        case club(Int, rank: Int)
        /// A study group (index into the result's `studyGroups`).
        case studyGroup(Int)
    }

    /// The day (0 = Monday).
    public let day: Int
    /// The segment index.
    public let segment: Int
    /// The club or study group.
    public let assignment: Assignment

    /// Creates a placement.
    public init(day: Int, segment: Int, assignment: Assignment) {
        self.day = day
        self.segment = segment
        self.assignment = assignment
    }
}

/// A club a student holds: which, at what rank of their list, given in which round.
public struct ClubPlace: Hashable, Sendable {
    /// The club's index.
    public let club: Int
    /// The 1-based position of the club in the student's list.
    public let rank: Int
    /// The round (from 1) that gave it.
    public let round: Int

    /// Creates a club place.
    public init(club: Int, rank: Int, round: Int) {
        self.club = club
        self.rank = rank
        self.round = round
    }
}

/// A choice the run ignored, and why (the shell says "choices that became ineligible are skipped").
public struct SkippedChoice: Hashable, Sendable {
    /// The student's index.
    public let student: Int
    /// The 1-based position of the choice in the student's list.
    public let rank: Int
    /// The club index as given.
    public let club: Int
    /// Why it was skipped.
    public let reason: Ineligibility
}
