/// A club cancelled because it ended a pass under its minimum.
public struct Cancellation: Hashable, Sendable {
    /// The club's index.
    public let club: Int
    /// How many students it held at the end of the pass that cancelled it.
    public let members: Int
    /// The club's minimum.
    public let minimum: Int
    /// The pass (from 1) after which it was cancelled; pass n + 1 ran without it.
    public let pass: Int

    /// Creates a cancellation record.
    public init(club: Int, members: Int, minimum: Int, pass: Int) {
        self.club = club
        self.members = members
        self.minimum = minimum
        self.pass = pass
    }
}
