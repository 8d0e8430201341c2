import Allocation
import Model
import Store

/// The figures of an allocation run: who got what, which clubs filled, which were cancelled, and
/// the study groups of each grade.
public struct AllocationSummary: Sendable {
    /// A club cancelled under its minimum.
    public struct Cancelled: Sendable {
        public let club: String
        public let title: LocalizedText
        public let members: Int
        public let minimum: Int
        public let pass: Int
    }

    /// The study groups of one grade.
    public struct GradeGroups: Sendable {
        public let grade: Int
        public let groups: Int
        /// The size of its largest group.
        public let largest: Int
    }

    public let semester: String
    public let seed: UInt64
    /// Whether a published allocation stands beside this draft.
    public let published: Bool
    public let students: Int
    public let withChoices: Int
    public let firstChoice: Int
    public let anyChoice: Int
    /// Of the students with choices, the share given their first choice (three places), nil when none chose.
    public let firstChoiceShare: Double?
    public let anyChoiceShare: Double?
    /// Places given, by the rank of the choice.
    public let placesByRank: [Int: Int]
    public let clubsFull: Int
    public let clubsUnderfilled: Int
    public let cancelled: [Cancelled]
    public let studyGroups: Int
    public let groupsByGrade: [GradeGroups]
    public let proposals: Int

    init(_ result: AllocationResult, input: AllocationInput, published: Bool) {
        var ranks: [Int: Int] = [:]
        var withChoices = 0
        var firstChoice = 0
        var anyChoice = 0
        for s in input.students.indices {
            let held = result.clubs(of: s)
            if !input.problem.choices[s].isEmpty { withChoices += 1 }
            if held.contains(where: { $0.rank == 1 }) { firstChoice += 1 }
            if !held.isEmpty { anyChoice += 1 }
            for place in held { ranks[place.rank, default: 0] += 1 }
        }
        func share(_ count: Int) -> Double? {
            withChoices == 0 ? nil : (Double(count) / Double(withChoices) * 1000).rounded() / 1000
        }
        var full = 0
        var underfilled = 0
        for c in input.clubs.indices where !result.isCancelled(club: c) {
            if result.memberCount(ofClub: c) >= input.clubs[c].capacity { full += 1 } else { underfilled += 1 }
        }
        var groupsByGrade: [Int: Int] = [:]
        for group in result.studyGroups { groupsByGrade[group.grade, default: 0] += 1 }
        semester = input.semester.id
        seed = result.problem.seed
        self.published = published
        students = input.students.count
        self.withChoices = withChoices
        self.firstChoice = firstChoice
        self.anyChoice = anyChoice
        firstChoiceShare = share(firstChoice)
        anyChoiceShare = share(anyChoice)
        placesByRank = ranks
        clubsFull = full
        clubsUnderfilled = underfilled
        cancelled = result.cancellations.map { cancellation in
            Cancelled(
                club: input.clubs[cancellation.club].id, title: input.clubs[cancellation.club].title,
                members: cancellation.members,
                minimum: cancellation.minimum, pass: cancellation.pass)
        }
        studyGroups = result.studyGroups.count
        self.groupsByGrade = groupsByGrade.keys.sorted().map { grade in
            GradeGroups(
                grade: grade, groups: groupsByGrade[grade] ?? 0,
                largest: result.studyGroups.filter { $0.grade == grade }.map(\.size).max() ?? 0)
        }
        proposals = result.statistics.totalProposals
    }
}
