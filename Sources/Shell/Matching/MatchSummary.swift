import Allocation
import Model
import Store

/// The figures `match run` prints: who got what, which clubs filled, which were cancelled, and the
/// study groups of each grade.
enum MatchSummary {
    static func result(_ result: AllocationResult, input: AllocationInput, stored: StoredAllocation, published: Bool, _ language: Language) -> CommandResult {
        let zh = language == .zh
        let students = input.students.count
        var ranks: [Int: Int] = [:]
        var withChoices = 0, firstChoice = 0, anyChoice = 0
        for s in input.students.indices {
            let held = result.clubs(of: s)
            if !input.problem.choices[s].isEmpty { withChoices += 1 }
            if held.contains(where: { $0.rank == 1 }) { firstChoice += 1 }
            if !held.isEmpty { anyChoice += 1 }
            for place in held { ranks[place.rank, default: 0] += 1 }
        }
        func share(_ count: Int) -> CellValue { withChoices == 0 ? .null : .decimal((Double(count) / Double(withChoices) * 1000).rounded() / 1000) }
        var full = 0, underfilled = 0
        for c in input.clubs.indices where !result.isCancelled(club: c) {
            if result.memberCount(ofClub: c) >= input.clubs[c].capacity { full += 1 } else { underfilled += 1 }
        }
        let head: [(String, String, String, CellValue)] = [
            ("semester", "学期", "semester", .text(input.semester.id)),
            ("seed", "随机种子", "seed", .text(String(result.problem.seed))),
            ("state", "状态", "state", .text(published ? (zh ? "草稿（已公布的分配仍有效，直到 match publish --force）" : "draft (the published allocation stays until match publish --force)") : (zh ? "草稿" : "draft"))),
            ("students", "报名学生", "students", .integer(students)),
            ("with_choices", "填了志愿", "with choices", .integer(withChoices)),
            ("first_choice", "得到第一志愿", "first choice", .integer(firstChoice)),
            ("first_choice_share", "第一志愿比例", "first choice share", share(firstChoice)),
            ("any_choice", "得到任一志愿", "any choice", .integer(anyChoice)),
            ("any_choice_share", "任一志愿比例", "any choice share", share(anyChoice)),
            ("clubs_full", "满员社团", "clubs full", .integer(full)),
            ("clubs_underfilled", "未满社团", "clubs under-filled", .integer(underfilled)),
            ("clubs_cancelled", "取消的社团", "clubs cancelled", .integer(result.cancellations.count)),
            ("study_groups", "学习组", "study groups", .integer(result.studyGroups.count)),
            ("proposals", "申请次数", "proposals", .integer(result.statistics.totalProposals)),
        ]
        let maxRank = ranks.keys.max() ?? 0
        let rankRecords = (maxRank > 0 ? Array(1...maxRank) : []).map { rank in
            Record(["rank": .integer(rank), "places": .integer(ranks[rank] ?? 0)])
        }
        let cancelled = result.cancellations.map { cancellation in
            Record(["club": .text(input.clubs[cancellation.club].id), "title": .text(input.clubs[cancellation.club].title.text(language)),
                    "members": .integer(cancellation.members), "minimum": .integer(cancellation.minimum), "pass": .integer(cancellation.pass)])
        }
        var groupsByGrade: [Int: (groups: Int, students: Set<Int>)] = [:]
        for group in result.studyGroups { groupsByGrade[group.grade, default: (0, [])].groups += 1 }
        let groupRecords = groupsByGrade.keys.sorted().map { grade in
            Record(["grade": .integer(grade), "groups": .integer(groupsByGrade[grade]?.groups ?? 0),
                    "largest": .integer(result.studyGroups.filter { $0.grade == grade }.map(\.size).max() ?? 0)])
        }
        return .sections([
            Section("summary", zh: "分配结果", en: "Allocation", CatalogDisplay.objectResult(head, language)),
            Section("ranks", zh: "得到第几志愿", en: "Places by choice rank", .listing(columns: [
                Column("rank", zh: "志愿", en: "rank"), Column("places", zh: "人数", en: "places")], records: rankRecords)),
            Section("cancelled", zh: "人数不足而取消的社团", en: "Clubs cancelled under their minimum", .listing(columns: [
                Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"), Column("members", zh: "人数", en: "members"),
                Column("minimum", zh: "最少", en: "minimum"), Column("pass", zh: "轮次", en: "pass")], records: cancelled)),
            Section("study_groups", zh: "各年级学习组", en: "Study groups by grade", .listing(columns: [
                Column("grade", zh: "年级", en: "grade"), Column("groups", zh: "组数", en: "groups"), Column("largest", zh: "最大人数", en: "largest")],
                records: groupRecords)),
        ])
    }
}
