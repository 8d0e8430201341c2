/// What a roster import did, or would do with `--dry-run`.
public struct RosterImportSummary: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    /// Students in the database that the file does not list; they are kept.
    public var absent = 0
    public var guardians = 0
    public var dryRun = false

    public init(
        added: Int = 0, changed: Int = 0, unchanged: Int = 0, absent: Int = 0, guardians: Int = 0, dryRun: Bool = false
    ) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.absent = absent
        self.guardians = guardians
        self.dryRun = dryRun
    }
}
