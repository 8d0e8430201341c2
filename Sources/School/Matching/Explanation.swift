import Allocation
import Model
import Store

/// `match explain`: for each of a child's choices, in order, what happened and why, in words a
/// family understands — given, full with its cut-off against the child's lottery position, not
/// eligible and why, or not reached because a higher choice was given.
public struct Explanation {
    let school: SchoolContext
    let semester: Semester
    let state: AllocationState
    let language: Language

    /// The explanations of the allocation in `state` of `semester`, in `language`.
    public init(school: SchoolContext, semester: Semester, state: AllocationState, language: Language) {
        self.school = school
        self.semester = semester
        self.state = state
        self.language = language
    }

    /// What became of each of `student`'s choices, a line each, after a line on their lottery position.
    public func text(for student: Model.Student) throws -> String {
        let database = try school.database()
        let zh = language == .zh
        let outcomes = try database.outcomes(semester: semester.id, state: state, student: student.id)
        let lottery = try database.lotteryPositions(semester: semester.id, state: state)
        let seed = try database.allocationSeed(semester: semester.id, state: state) ?? 0
        let total = lottery.count
        var lines: [String] = []
        if let position = lottery[student.id] {
            lines.append(
                zh
                    ? "\(student.name)（\(student.id)）的抽签号是第 \(position) 号，共 \(total) 人（随机种子 \(seed)）。"
                    : "\(student.name) (\(student.id)) drew lottery position \(position) of \(total) (seed \(seed)).")
        } else {
            lines.append(
                zh
                    ? "\(student.name)（\(student.id)）没有参加这次分配：没有报名。"
                    : "\(student.name) (\(student.id)) was not in this allocation: not enrolled.")
        }
        if outcomes.isEmpty, lottery[student.id] != nil {
            lines.append(
                zh
                    ? "没有填写志愿，每个报名的时段都在年级学习组。"
                    : "No clubs were ranked: every enrolled slot is in the grade's study group.")
        }
        for outcome in outcomes {
            let club = try database.club(id: outcome.club)
            let title = club.map { "\($0.title.text(language))（\($0.id)）" } ?? outcome.club
            let titleEn = club.map { "\($0.title.text(language)) (\($0.id))" } ?? outcome.club
            let head = zh ? "\(outcome.rank). \(title)：" : "\(outcome.rank). \(titleEn): "
            lines.append(
                head + sentence(outcome, position: lottery[student.id], total: total, club: club, student: student))
        }
        return lines.joined(separator: "\n")
    }

    private func sentence(
        _ outcome: StoredOutcome, position: Int?, total: Int, club: Model.Club?, student: Model.Student
    ) -> String {
        let zh = language == .zh
        let segments = (try? school.policy().segmentIDs) ?? []
        switch outcome.outcome {
        case "given":
            return zh ? "得到了（第 \(outcome.round ?? 1) 轮）。" : "given (round \(outcome.round ?? 1))."
        case "full":
            let position = position ?? 0
            let capacity = club?.capacity ?? 0
            guard let cutoff = outcome.cutoff else {
                return zh ? "满员：这个社团没有名额。" : "full: the club has no seats."
            }
            var text =
                zh
                ? "满员：孩子的抽签号是第 \(position) 号（共 \(total) 人），\(capacity) 个名额中最后一个给了第 \(cutoff) 号。"
                : "full: rank \(position) of \(total); the last of its \(capacity) places went to rank \(cutoff)."
            if let filled = outcome.filledRound, let round = outcome.round, filled < round {
                text +=
                    zh
                    ? "这个社团在第 \(filled) 轮就已坐满（每人先得到第一个社团，再分第二个）。"
                    : " It was filled in round \(filled), before second clubs were handed out."
            }
            return text
        case "clashes":
            let parts = (outcome.detail ?? "").split(separator: " ").map(String.init)
            let other = parts.first ?? "?"
            let rank = parts.count > 1 ? parts[1] : "?"
            return zh
                ? "与已得到的第 \(rank) 志愿（\(other)）时间冲突。"
                : "it meets at the same time as choice \(rank) (\(other)), which was given."
        case "not_reached":
            return zh
                ? "没有轮到：前面的志愿已经得到，孩子的社团数已满。"
                : "not reached: a higher choice was given and the child holds as many clubs as allowed."
        case "cancelled":
            return zh
                ? "社团因人数不足被取消，名额按没开过重新分配。"
                : "the club was cancelled for too few students; places were given again as if it had never been "
                    + "offered."
        case "withdrawn":
            return zh ? "社团在分配前已撤销。" : "the club was withdrawn before the allocation."
        case "duplicate":
            return zh ? "与第 \(outcome.detail ?? "?") 志愿重复。" : "the same club as choice \(outcome.detail ?? "?")."
        default:
            return ineligible(outcome.detail ?? "", club: club, student: student, segments: segments)
        }
    }

    private func ineligible(_ detail: String, club: Model.Club?, student: Model.Student, segments: [String]) -> String {
        let zh = language == .zh
        let parts = detail.split(separator: ":").map(String.init)
        switch parts.first {
        case "grade":
            let range = club?.grades.description ?? "?"
            return zh
                ? "不符合条件：社团面向 \(range) 年级，孩子在 \(student.grade) 年级。"
                : "not eligible: it is for grades \(range); the child is in grade \(student.grade)."
        case "days":
            let days = parts.count > 1 ? parts[1] : ""
            return zh ? "不符合条件：孩子在 \(days) 没有报名。" : "not eligible: the child is not enrolled on \(days)."
        case "segment":
            let clubSegment = parts.count > 1 ? parts[1] : "?"
            let until = parts.count > 2 ? parts[2] : "?"
            return zh
                ? "不符合条件：社团在 \(clubSegment)，孩子只报名到 \(until)。"
                : "not eligible: it meets in \(clubSegment); the child is enrolled only until \(until)."
        case "not_enrolled":
            return zh ? "不符合条件：孩子没有报名。" : "not eligible: the child is not enrolled."
        default:
            return zh ? "不符合条件。" : "not eligible."
        }
    }
}
