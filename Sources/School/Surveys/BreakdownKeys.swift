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

    /// The keys each invited unit keeps, by holder.
    private let keptByHolder: [String: [String: [String]]]

    /// Works out, for every one of `form`'s invited units on `roster`, the finest combination
    /// that at least `k` of them share.
    init(roster: SchoolRoster, form: Form) {
        let holders = roster.invitedHolders(form: form)
        // Each unit stands alone: a large school's are worked out on every core.
        let units = holders.concurrentMap(minimumChunk: 4096) {
            Respondent.forHolder($0, form: form, roster: roster).groups(roster: roster)
        }
        // The step each unit stops at; a coarser step is counted only while some unit still needs it.
        var levels = Array(repeating: Self.levels.upperBound, count: units.count)
        var pending = Array(units.indices)
        for level in Self.levels where !pending.isEmpty && level < Self.levels.upperBound {
            let signatures = units.concurrentMap(minimumChunk: 4096) { Self.signature($0, level: level) }
            var count = [String: Int](minimumCapacity: min(signatures.count, 4096))
            for signature in signatures { count[signature, default: 0] += 1 }
            pending = pending.filter { unit in
                guard count[signatures[unit], default: 0] >= Self.k else { return true }
                levels[unit] = level
                return false
            }
        }
        var kept = [String: [String: [String]]](minimumCapacity: holders.count)
        for (unit, holder) in holders.enumerated() { kept[holder] = Self.keys(units[unit], level: levels[unit]) }
        keptByHolder = kept
    }

    /// The keys `respondent` keeps: the finest of its combinations that `k` invited units share
    /// (nothing for someone who was not invited).
    func kept(by respondent: Respondent) -> [String: [String]] {
        keptByHolder[respondent.holder] ?? [:]
    }

    /// `raw` made coarser by `level` steps.
    static func keys(_ raw: [String: [String]], level: Int) -> [String: [String]] {
        let grades = raw["grade"] ?? []
        switch level {
        case 0: return raw
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
