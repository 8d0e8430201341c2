import Model
import School

/// How `match run` shows an allocation's figures: the summary, places by rank, cancelled clubs and
/// the study groups of each grade.
enum MatchSummary {
    static func result(_ summary: AllocationSummary, _ language: Language) -> CommandResult {
        let zh = language == .zh
        let state =
            summary.published
            ? (zh
                ? "草稿（已公布的分配仍有效，直到 match publish --force）"
                : "draft (the published allocation stays until match publish --force)")
            : (zh ? "草稿" : "draft")
        let head: [(String, String, String, CellValue)] = [
            ("semester", "学期", "semester", .text(summary.semester)),
            ("seed", "随机种子", "seed", .text(String(summary.seed))),
            ("state", "状态", "state", .text(state)),
            ("students", "报名学生", "students", .integer(summary.students)),
            ("with_choices", "填了志愿", "with choices", .integer(summary.withChoices)),
            ("first_choice", "得到第一志愿", "first choice", .integer(summary.firstChoice)),
            (
                "first_choice_share", "第一志愿比例", "first choice share",
                summary.firstChoiceShare.map(CellValue.decimal) ?? .null
            ),
            ("any_choice", "得到任一志愿", "any choice", .integer(summary.anyChoice)),
            ("any_choice_share", "任一志愿比例", "any choice share", summary.anyChoiceShare.map(CellValue.decimal) ?? .null),
            ("clubs_full", "满员社团", "clubs full", .integer(summary.clubsFull)),
            ("clubs_underfilled", "未满社团", "clubs under-filled", .integer(summary.clubsUnderfilled)),
            ("clubs_cancelled", "取消的社团", "clubs cancelled", .integer(summary.cancelled.count)),
            ("study_groups", "学习组", "study groups", .integer(summary.studyGroups)),
            ("proposals", "申请次数", "proposals", .integer(summary.proposals)),
        ]
        let maxRank = summary.placesByRank.keys.max() ?? 0
        let rankRecords = (maxRank > 0 ? Array(1...maxRank) : []).map { rank in
            Record(["rank": .integer(rank), "places": .integer(summary.placesByRank[rank] ?? 0)])
        }
        let cancelled = summary.cancelled.map { club in
            Record([
                "club": .text(club.club), "title": .text(club.title.text(language)), "members": .integer(club.members),
                "minimum": .integer(club.minimum), "pass": .integer(club.pass),
            ])
        }
        let groupRecords = summary.groupsByGrade.map { grade in
            Record([
                "grade": .integer(grade.grade), "groups": .integer(grade.groups), "largest": .integer(grade.largest),
            ])
        }
        return .sections([
            Section("summary", zh: "分配结果", en: "Allocation", CatalogDisplay.objectResult(head, language)),
            Section(
                "ranks", zh: "得到第几志愿", en: "Places by choice rank",
                .listing(
                    columns: [
                        Column("rank", zh: "志愿", en: "rank"), Column("places", zh: "人数", en: "places"),
                    ], records: rankRecords)),
            Section(
                "cancelled", zh: "人数不足而取消的社团", en: "Clubs cancelled under their minimum",
                .listing(
                    columns: [
                        Column("club", zh: "社团", en: "club"), Column("title", zh: "名称", en: "title"),
                        Column("members", zh: "人数", en: "members"),
                        Column("minimum", zh: "最少", en: "minimum"), Column("pass", zh: "轮次", en: "pass"),
                    ], records: cancelled)),
            Section(
                "study_groups", zh: "各年级学习组", en: "Study groups by grade",
                .listing(
                    columns: [
                        Column("grade", zh: "年级", en: "grade"), Column("groups", zh: "组数", en: "groups"),
                        Column("largest", zh: "最大人数", en: "largest"),
                    ],
                    records: groupRecords)),
        ])
    }
}
