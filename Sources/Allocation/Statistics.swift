/// Counts that describe a run, for the shell and the benchmark.
public struct Statistics: Hashable, Sendable {
    /// Proposals in the final pass (a student applying to a club they could be placed in).
    public let proposals: Int
    /// Proposals over every pass, cancelled ones included.
    public let totalProposals: Int
    /// Passes of the whole engine (one more than the number of cancellations).
    public let passes: Int
    /// Rounds run in the final pass (at most `clubsPerStudent`).
    public let rounds: Int
}
