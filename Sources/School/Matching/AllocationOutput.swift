import Allocation
import Model
import Store

/// Turns an engine result into the rows the store keeps: lottery positions, every student's place
/// in every slot, the study groups, cancellations, and what became of every choice.
enum AllocationOutput {
    static func stored(_ result: AllocationResult, input: AllocationInput) -> StoredAllocation {
        let students = input.students
        let clubs = input.clubs
        var lottery: [String: Int] = [:]
        lottery.reserveCapacity(students.count)
        var placements: [StoredPlacement] = []
        placements.reserveCapacity(students.count * 10)
        var outcomes: [StoredOutcome] = []
        let groupIDs = result.studyGroups.map { input.groupID($0.key) }
        for (s, student) in students.enumerated() {
            if let position = result.lottery.position(of: s) { lottery[student.id] = position }
            for placement in result.week(of: s) {
                switch placement.assignment {
                case .club(let c, let rank):
                    placements.append(
                        StoredPlacement(
                            student: student.id, day: placement.day, segment: placement.segment,
                            club: clubs[c].id, group: nil,
                            rank: input.originalRank(student: student.id, engineRank: rank)))
                case .studyGroup(let g):
                    placements.append(
                        StoredPlacement(
                            student: student.id, day: placement.day, segment: placement.segment,
                            club: nil, group: groupIDs[g], rank: nil))
                }
            }
            for explanation in result.explain(student: s) {
                outcomes.append(stored(explanation, student: student.id, input: input))
            }
        }
        for choice in input.withdrawnChoices {
            outcomes.append(
                StoredOutcome(student: choice.student, rank: choice.rank, club: choice.club, outcome: "withdrawn"))
        }
        let groups = result.studyGroups.enumerated().map { index, group in
            StoredStudyGroup(
                id: groupIDs[index], grade: group.grade, day: group.day, segment: group.segment, number: group.index,
                count: group.count)
        }
        let cancellations = result.cancellations.map {
            StoredCancellation(club: clubs[$0.club].id, members: $0.members, minimum: $0.minimum, pass: $0.pass)
        }
        return StoredAllocation(
            seed: result.problem.seed, proposals: result.statistics.totalProposals, lottery: lottery,
            placements: placements, studyGroups: groups, cancellations: cancellations, outcomes: outcomes)
    }

    static func stored(_ explanation: ChoiceExplanation, student: String, input: AllocationInput) -> StoredOutcome {
        let rank = input.originalRank(student: student, engineRank: explanation.rank)
        let club = input.clubs.indices.contains(explanation.club) ? input.clubs[explanation.club].id : "?"
        switch explanation.outcome {
        case .given(let round):
            return StoredOutcome(student: student, rank: rank, club: club, outcome: "given", round: round)
        case .full(let full):
            return StoredOutcome(
                student: student, rank: rank, club: club, outcome: "full", round: full.round,
                filledRound: full.filledInRound, cutoff: full.cutoff)
        case .ineligible(.cancelled):
            return StoredOutcome(student: student, rank: rank, club: club, outcome: "cancelled")
        case .ineligible(.duplicate(let first)):
            return StoredOutcome(
                student: student, rank: rank, club: club, outcome: "duplicate",
                detail: String(input.originalRank(student: student, engineRank: first)))
        case .ineligible(let reason):
            return StoredOutcome(
                student: student, rank: rank, club: club, outcome: "ineligible", detail: detail(reason, input: input))
        case .clashes(let other, let otherRank):
            return StoredOutcome(
                student: student, rank: rank, club: club, outcome: "clashes",
                detail: "\(input.clubs[other].id) \(input.originalRank(student: student, engineRank: otherRank))")
        case .notReached:
            return StoredOutcome(student: student, rank: rank, club: club, outcome: "not_reached")
        }
    }

    /// A reason as stored text: `grade`, `days:sat,sun`, `segment:latecare:activity`, `not_enrolled`.
    static func detail(_ reason: Allocation.Ineligibility, input: AllocationInput) -> String {
        let segments = input.policy.segmentIDs
        func name(_ index: Int) -> String { segments.indices.contains(index) ? segments[index] : String(index) }
        switch reason {
        case .unknownClub: return "unknown"
        case .notEnrolled: return "not_enrolled"
        case .grade: return "grade"
        case .days(let missing): return "days:" + missing.dayIndices.map { Weekdays.names[$0] }.joined(separator: ",")
        case .segment(let club, let until): return "segment:\(name(club)):\(name(until))"
        case .duplicate(let rank): return "duplicate:\(rank)"
        case .cancelled: return "cancelled"
        }
    }
}
