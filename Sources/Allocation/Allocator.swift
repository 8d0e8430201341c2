/// Runs an allocation: the lottery, deferred acceptance in rounds, cancellations of clubs under
/// their minimum, and the study groups that take every enrolled student in every free slot.
public enum Allocator {
    /// Allocates `problem`; throws only when the input's shape is broken.
    public static func run(_ problem: AllocationProblem) throws(AllocationError) -> AllocationResult {
        try run(problem, proposalOrder: nil, observer: { _ in })
    }

    /// Allocates `problem`, telling `observer` as each phase ends (the benchmark times phases
    /// with it; the engine itself reads no clock).
    public static func run(
        _ problem: AllocationProblem, observer: (AllocationPhase) -> Void
    ) throws(AllocationError) -> AllocationResult {
        try run(problem, proposalOrder: nil, observer: observer)
    }

    /// Allocates with a chosen proposal order, as draw indices (position - 1); tests use it to
    /// check that the order does not matter.
    static func run(
        _ problem: AllocationProblem, proposalOrder: ContiguousArray<Int32>?,
        observer: (AllocationPhase) -> Void = { _ in }
    ) throws(AllocationError) -> AllocationResult {
        try problem.validate()
        let lottery = Lottery(problem)
        observer(.lottery)
        var input = CompactInput(problem, lottery: lottery)
        observer(.packing)
        var cancellations: [Cancellation] = []
        var totalProposals = 0
        var pass = 1
        while true {
            var engine = DeferredAcceptance(input: input, quota: problem.clubsPerStudent)
            engine.run(input: input, proposalOrder: proposalOrder)
            totalProposals += engine.proposals
            observer(.matching(pass: pass))
            if let cancellation = furthestUnderMinimum(problem.clubs, state: engine.clubs.buffer, pass: pass) {
                cancellations.append(cancellation)
                input.clubs[cancellation.club].open = false
                pass += 1
                continue
            }
            let statistics = Statistics(
                proposals: engine.proposals, totalProposals: totalProposals, passes: pass, rounds: engine.rounds)
            let result = AllocationResult(
                problem: problem, lottery: lottery, input: input, engine: engine,
                cancellations: cancellations, statistics: statistics)
            observer(.studyGroups)
            return result
        }
    }

    /// The open club furthest under its minimum (then the emptiest, then the lowest index).
    static func furthestUnderMinimum(
        _ clubs: [Club], state: UnsafeMutableBufferPointer<ClubState>, pass: Int
    ) -> Cancellation? {
        var best: Cancellation?
        for (c, club) in clubs.enumerated() where state[c].open && club.minimum > 0 {
            let members = Int(state[c].taken)
            guard members < club.minimum else { continue }
            let candidate = Cancellation(club: c, members: members, minimum: club.minimum, pass: pass)
            if let current = best {
                let shortfall = club.minimum - members
                let currentShortfall = current.minimum - current.members
                if shortfall < currentShortfall || (shortfall == currentShortfall && members >= current.members) {
                    continue
                }
            }
            best = candidate
        }
        return best
    }
}

/// A phase of a run, reported to an observer when it ends.
public enum AllocationPhase: Hashable, Sendable {
    /// The draw is done.
    case lottery
    /// The students are packed in draw order for the passes that follow.
    case packing
    /// A pass of deferred acceptance (all rounds) has ended; a cancellation may follow.
    case matching(pass: Int)
    /// Study groups and weeks are built: the result is complete.
    case studyGroups
}
