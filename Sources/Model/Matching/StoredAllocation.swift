/// Which of a semester's two allocations: the last `match run`, or the published one (P8).
public enum AllocationState: String, Sendable {
    case draft, published
}

/// One student's place in one day and segment: a club (with its rank in their list) or a study group.
public struct StoredPlacement: Sendable, Hashable {
    public var student: String
    /// 0 = Monday.
    public var day: Int
    /// The segment's index in the policy.
    public var segment: Int
    public var club: String?
    public var group: String?
    public var rank: Int?

    public init(student: String, day: Int, segment: Int, club: String?, group: String?, rank: Int?) {
        self.student = student
        self.day = day
        self.segment = segment
        self.club = club
        self.group = group
        self.rank = rank
    }
}

/// A study group of one grade in one day and segment, the `number`-th of `count`.
public struct StoredStudyGroup: Sendable, Hashable {
    public var id: String
    public var grade: Int
    public var day: Int
    public var segment: Int
    public var number: Int
    public var count: Int

    public init(id: String, grade: Int, day: Int, segment: Int, number: Int, count: Int) {
        self.id = id
        self.grade = grade
        self.day = day
        self.segment = segment
        self.number = number
        self.count = count
    }
}

/// What became of one choice, kept so that `match explain` can answer a family later.
public struct StoredOutcome: Sendable, Hashable {
    public var student: String
    public var rank: Int
    public var club: String
    /// `given`, `full`, `ineligible`, `clashes`, `not_reached`, `cancelled`, `withdrawn`.
    public var outcome: String
    public var round: Int?
    public var filledRound: Int?
    public var cutoff: Int?
    /// More facts as text: the reason a choice was not eligible, or the club it clashed with.
    public var detail: String?

    public init(
        student: String, rank: Int, club: String, outcome: String, round: Int? = nil, filledRound: Int? = nil,
        cutoff: Int? = nil, detail: String? = nil
    ) {
        self.student = student
        self.rank = rank
        self.club = club
        self.outcome = outcome
        self.round = round
        self.filledRound = filledRound
        self.cutoff = cutoff
        self.detail = detail
    }
}

/// A club cancelled for ending under its minimum.
public struct StoredCancellation: Sendable, Hashable {
    public var club: String
    public var members: Int
    public var minimum: Int
    public var pass: Int

    public init(club: String, members: Int, minimum: Int, pass: Int) {
        self.club = club
        self.members = members
        self.minimum = minimum
        self.pass = pass
    }
}

/// Everything one `match run` produced.
public struct StoredAllocation: Sendable {
    public var seed: UInt64
    public var proposals: Int
    /// Lottery positions, 1 drawn first.
    public var lottery: [String: Int]
    public var placements: [StoredPlacement]
    public var studyGroups: [StoredStudyGroup]
    public var cancellations: [StoredCancellation]
    public var outcomes: [StoredOutcome]

    public init(
        seed: UInt64, proposals: Int, lottery: [String: Int], placements: [StoredPlacement],
        studyGroups: [StoredStudyGroup],
        cancellations: [StoredCancellation], outcomes: [StoredOutcome]
    ) {
        self.seed = seed
        self.proposals = proposals
        self.lottery = lottery
        self.placements = placements
        self.studyGroups = studyGroups
        self.cancellations = cancellations
        self.outcomes = outcomes
    }
}

/// One change to the published allocation, for `match changes`.
public struct StoredChange: Sendable, Hashable {
    public var sequence: Int
    public var student: String
    /// `join_club`, `leave_club`, `join_group`, `leave_group`.
    public var action: String
    public var club: String?
    public var group: String?
    /// The command that caused it: `club leave S C`, `match place S`, `match remove S`.
    public var cause: String

    public init(sequence: Int, student: String, action: String, club: String?, group: String?, cause: String) {
        self.sequence = sequence
        self.student = student
        self.action = action
        self.club = club
        self.group = group
        self.cause = cause
    }
}
