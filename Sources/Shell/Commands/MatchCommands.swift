import Allocation
import Foundation
import Model
import School

/// The allocation: run a draft, look at it, explain it to a family, publish it (P8).
enum MatchCommands {
    static let all: [CommandSpec] = [run, show, explain, publish]

    static let run = CommandSpec(
        path: ["match", "run"],
        summary: LocalizedText(
            zh: "运行分配（草稿）：社团按志愿和抽签，其余时段进年级学习组",
            en: "run the allocation (a draft): clubs by choice and lottery, grade study groups for the rest"),
        flags: [FlagSpec(name: "--seed", value: "N")],
        example: "match run --seed 2026",
        details: LocalizedText(
            zh: "学生提议的延迟接受算法，按抽签号打破平局：如实填写志愿永远不吃亏。同样的种子和数据得到同样的结果；不写 --seed 时随机抽一个并显示出来。",
            en:
                "Student-proposing deferred acceptance with one lottery number per student: ranking honestly never "
                + "hurts. The same seed and data give the same result; without --seed one is drawn and printed."
        ),
        run: { arguments, session in
            let seed: UInt64?
            if let text = arguments.value("--seed") {
                guard let value = UInt64(text) else {
                    throw Refusal(
                        zh: "--seed：'\(text)' 不是非负整数", en: "--seed: '\(text)' is not a whole number of zero or more")
                }
                seed = value
            } else {
                seed = nil
            }
            let progress = ProgressLine()
            defer { progress.done() }
            let run = try session.school.runAllocation(seed: seed) { phase in
                progress.show(phase, language: session.language)
            }
            progress.done()
            reportSkipped(run, session: session)
            return MatchSummary.result(run.summary, session.language)
        }
    )

    /// Choices of withdrawn clubs, and choices a changed enrolment made ineligible, are skipped, not fatal.
    static func reportSkipped(_ run: AllocationRun, session: Session) {
        let zh = session.language == .zh
        for (list, zhText, enText) in [
            (run.withdrawn, "个志愿选的社团已撤销，已跳过", "choices name a withdrawn club and were skipped"),
            (
                run.ineligible, "个志愿已不符合条件（报名改过），已跳过",
                "choices are no longer eligible (the enrolment changed) and were skipped"
            ),
        ]
        where !list.isEmpty {
            let examples = list.prefix(5).map { "\($0.student) #\($0.rank) \($0.club)" }.joined(separator: ", ")
            session.err.write(
                "warning: \(list.count) " + (zh ? zhText : enText) + ": \(examples)\(list.count > 5 ? ", …" : "")\n")
        }
    }

    static let showColumns = [
        Column("student", zh: "学生", en: "student"), Column("day", zh: "星期", en: "day"),
        Column("segment", zh: "时段", en: "segment"),
        Column("club", zh: "社团", en: "club"), Column("group", zh: "学习组", en: "group"),
        Column("rank", zh: "志愿", en: "rank"),
        Column("lottery", zh: "抽签号", en: "lottery"),
    ]

    static let show = CommandSpec(
        path: ["match", "show"],
        summary: LocalizedText(
            zh: "显示分配：每个学生每天每个时段在哪里", en: "show the allocation: where each student is in each day and segment"),
        flags: [FlagSpec(name: "--club", value: "C"), FlagSpec(name: "--student", value: "S")],
        example: "match show --student S0456",
        run: { arguments, session in
            let (placements, lottery, segments) = try session.school.placements(
                club: arguments.value("--club"), student: arguments.value("--student"))
            return .listing(
                columns: showColumns,
                records: placements.map { placement in
                    Record([
                        "student": .text(placement.student), "day": .text(Weekdays.names[placement.day]),
                        "segment": .text(
                            segments.indices.contains(placement.segment)
                                ? segments[placement.segment] : String(placement.segment)),
                        "club": placement.club.map(CellValue.text) ?? .null,
                        "group": placement.group.map(CellValue.text) ?? .null,
                        "rank": placement.rank.map(CellValue.integer) ?? .null,
                        "lottery": lottery[placement.student].map(CellValue.integer) ?? .null,
                    ])
                })
        }
    )

    static let explain = CommandSpec(
        path: ["match", "explain"],
        summary: LocalizedText(
            zh: "用平实的话解释孩子每个志愿为什么得到或没得到",
            en: "explain in plain words why each of a child's choices was or was not given"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match explain S0456",
        run: { arguments, session in
            .text(try session.school.explain(student: arguments.positionals[0], language: session.language))
        }
    )

    static let publish = CommandSpec(
        path: ["match", "publish"],
        summary: LocalizedText(
            zh: "公布分配：本学期的班组从此固定（P8）", en: "publish the allocation: the groups are fixed for the semester (P8)"),
        flags: [FlagSpec(name: "--force", value: nil)],
        example: "match publish",
        run: { arguments, session in
            let (semester, seed) = try session.school.publishAllocation(force: arguments.has("--force"))
            return .object(
                columns: [
                    Column("semester", zh: "学期", en: "semester"), Column("seed", zh: "随机种子", en: "seed"),
                    Column("published", zh: "已公布", en: "published"),
                ],
                record: Record([
                    "semester": .text(semester.id), "seed": .text(String(seed)), "published": .boolean(true),
                ]))
        }
    )
}

/// What `match run` shows on its progress line, phase by phase.
extension ProgressLine {
    func show(_ phase: AllocationPhase, language: Language) {
        switch phase {
        case .lottery: show(language == .zh ? "抽签…" : "drawing the lottery…")
        case .packing: show(language == .zh ? "整理志愿…" : "packing the choices…")
        case .matching(let pass): show(language == .zh ? "第 \(pass) 轮匹配完成" : "matching pass \(pass) done")
        case .studyGroups: show(language == .zh ? "学习组已分好" : "study groups formed")
        }
    }
}
