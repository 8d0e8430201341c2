import Model

/// The grades, classes and modules a response keeps for breakdowns, coarsened when it is stored so
/// that every combination kept is shared by at least `k` invited families (k-anonymity, with the
/// threshold of small-cell suppression): a rare combination would name the family that answered.
///
/// A family's keys are made coarser step by step until at least `k` invited units (families,
/// persons or students, as the form counts them) would keep exactly the same: first the modules
/// are dropped, then the classes (their grades stay), then several grades become `several`, and
/// last nothing is kept. See docs/anonymity.md.
public struct BreakdownKeys: Sendable {
    /// The fewest invited units that must share a combination a response keeps.
    public static let k = 5
    /// The grade key kept for children in more than one grade, once the grades themselves are rare.
    public static let severalGrades = "several"
    static let levels = 0...4

    /// How many invited units keep each combination, at each step; steps past the last one that
    /// some unit needs are not counted.
    private let counts: [[String: Int]]

    /// The counts for `form`'s invited units on `roster`.
    init(roster: SchoolRoster, form: Form) {
        let units = roster.invitedHolders(form: form).map {
            Respondent.forHolder($0, form: form, roster: roster).groups(roster: roster)
        }
        var counts: [[String: Int]] = []
        for level in Self.levels {
            let signatures = units.map { Self.signature($0, level: level) }
            var count = [String: Int](minimumCapacity: min(signatures.count, 4096))
            for signature in signatures { count[signature, default: 0] += 1 }
            counts.append(count)
            // A coarser step is counted only when some unit's combination is still too rare.
            if !signatures.contains(where: { count[$0, default: 0] < Self.k }) { break }
        }
        self.counts = counts
    }

    /// The keys `respondent` keeps: the finest of its combinations that `k` invited units share.
    func kept(by respondent: Respondent, roster: SchoolRoster) -> [String: [String]] {
        let raw = respondent.groups(roster: roster)
        for (level, count) in counts.enumerated() where count[Self.signature(raw, level: level), default: 0] >= Self.k {
            return Self.keys(raw, level: level)
        }
        return [:]
    }

    /// `raw` made coarser by `level` steps.
    static func keys(_ raw: [String: [String]], level: Int) -> [String: [String]] {
        let grades = raw["grade"] ?? []
        switch level {
        case 0: return raw.filter { !$0.value.isEmpty }
        case 1: return ["grade": grades, "class": raw["class"] ?? []].filter { !$0.value.isEmpty }
        case 2: return grades.isEmpty ? [:] : ["grade": grades]
        case 3: return grades.isEmpty ? [:] : ["grade": grades.count > 1 ? [severalGrades] : grades]
        default: return [:]
        }
    }

    /// One text for the combination `raw` keeps at `level` (its keys are sorted and distinct).
    static func signature(_ raw: [String: [String]], level: Int) -> String {
        let grades = raw["grade"] ?? []
        switch level {
        case 0:
            return "g" + grades.joined(separator: ",") + "|c" + (raw["class"] ?? []).joined(separator: ",") + "|m"
                + (raw["module"] ?? []).joined(separator: ",")
        case 1: return "g" + grades.joined(separator: ",") + "|c" + (raw["class"] ?? []).joined(separator: ",")
        case 2: return "g" + grades.joined(separator: ",")
        case 3: return grades.count > 1 ? "g" + severalGrades : "g" + grades.joined(separator: ",")
        default: return ""
        }
    }
}
