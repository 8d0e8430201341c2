/// What became of one of a student's choices, for `match explain`.
public struct ChoiceExplanation: Hashable, Sendable {
    /// The 1-based position of the choice in the student's list.
    public let rank: Int
    /// The club index as given.
    public let club: Int
    /// What became of it.
    public let outcome: ChoiceOutcome
}

/// Why a choice was or was not given.
public enum ChoiceOutcome: Hashable, Sendable {
    /// The student got the club, in the given round.
    case given(round: Int)
    /// The club had no seat left for the student's draw position.
    case full(FullClub)
    /// The student could not be placed there at all.
    case ineligible(Ineligibility)
    /// The club meets at the same time as a club the student already held (index and rank).
    case clashes(withClub: Int, rank: Int)
    /// A higher choice was given and the student already holds as many clubs as allowed.
    case notReached
}

/// The facts behind "the club was full".
public struct FullClub: Hashable, Sendable {
    /// The round in which the student asked for the club and was turned away.
    public let round: Int
    /// The round by whose end every seat was taken. When it is earlier than `round`, the
    /// club was filled by earlier rounds' places (every first club is given before any second).
    public let filledInRound: Int
    /// The latest draw position the club admitted in `filledInRound`: its cut-off. Nil when
    /// the club has no seat at all.
    public let cutoff: Int?
    /// The student's own draw position (1 = drawn first).
    public let position: Int

    /// Creates the facts.
    public init(round: Int, filledInRound: Int, cutoff: Int?, position: Int) {
        self.round = round
        self.filledInRound = filledInRound
        self.cutoff = cutoff
        self.position = position
    }
}
