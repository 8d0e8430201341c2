import Allocation
import Foundation
import Model
import School
import Store

/// The allocation: run a draft, look at it, explain it to a family, publish it (P8).
enum MatchCommands {
    static let all: [CommandSpec] = [run, show, explain, publish]

    static let run = CommandSpec(
        path: ["match", "run"],
        summary: LocalizedText(zh: "运行分配（草稿）：社团按志愿和抽签，其余时段进年级学习组", en: "run the allocation (a draft): clubs by choice and lottery, grade study groups for the rest"),
        flags: [FlagSpec(name: "--seed", value: "N")],
        example: "match run --seed 2026",
        details: LocalizedText(
            zh: "学生提议的延迟接受算法，按抽签号打破平局：如实填写志愿永远不吃亏。同样的种子和数据得到同样的结果；不写 --seed 时随机抽一个并显示出来。",
            en: "Student-proposing deferred acceptance with one lottery number per student: ranking honestly never hurts. The same seed and data give the same result; without --seed one is drawn and printed."),
        run: { arguments, session in
            let seed: UInt64
            if let text = arguments.value("--seed") {
                guard let value = UInt64(text) else {
                    throw Refusal(zh: "--seed：'\(text)' 不是非负整数", en: "--seed: '\(text)' is not a whole number of zero or more")
                }
                seed = value
            } else {
                seed = UInt64.random(in: 1...999_999)
            }
            let input = try AllocationInput(session: session, seed: seed)
            guard !input.students.isEmpty else {
                throw Refusal(LocalizedText(zh: "学期 '\(input.semester.id)' 还没有学生报名，没有可分配的", en: "no student is enrolled in '\(input.semester.id)'; there is nothing to allocate"),
                              hint: LocalizedText(zh: "先用 enrol 为学生报名", en: "enrol students first with 'enrol'"))
            }
            let progress = ProgressLine()
            let result = try Allocator.run(input.problem) { phase in progress.show(phase, language: session.language) }
            progress.done()
            let stored = AllocationOutput.stored(result, input: input)
            let database = try session.school.database()
            try database.saveDraft(stored, semester: input.semester.id)
            reportSkipped(input: input, stored: stored, session: session)
            return MatchSummary.result(result, input: input, stored: stored,
                                       published: try database.isPublished(semester: input.semester.id), session.language)
        }
    )

    /// Choices of withdrawn clubs, and choices a changed enrolment made ineligible, are skipped, not fatal.
    static func reportSkipped(input: AllocationInput, stored: StoredAllocation, session: Session) {
        let zh = session.language == .zh
        let withdrawn = stored.outcomes.filter { $0.outcome == "withdrawn" }
        let ineligible = stored.outcomes.filter { $0.outcome == "ineligible" }
        for (list, zhText, enText) in [(withdrawn, "个志愿选的社团已撤销，已跳过", "choices name a withdrawn club and were skipped"),
                                       (ineligible, "个志愿已不符合条件（报名改过），已跳过", "choices are no longer eligible (the enrolment changed) and were skipped")]
            where !list.isEmpty {
            let examples = list.prefix(5).map { "\($0.student) #\($0.rank) \($0.club)" }.joined(separator: ", ")
            session.err.write("warning: \(list.count) " + (zh ? zhText : enText) + ": \(examples)\(list.count > 5 ? ", …" : "")\n")
        }
    }

    static let showColumns = [
        Column("student", zh: "学生", en: "student"), Column("day", zh: "星期", en: "day"), Column("segment", zh: "时段", en: "segment"),
        Column("club", zh: "社团", en: "club"), Column("group", zh: "学习组", en: "group"), Column("rank", zh: "志愿", en: "rank"),
        Column("lottery", zh: "抽签号", en: "lottery"),
    ]

    static let show = CommandSpec(
        path: ["match", "show"],
        summary: LocalizedText(zh: "显示分配：每个学生每天每个时段在哪里", en: "show the allocation: where each student is in each day and segment"),
        flags: [FlagSpec(name: "--club", value: "C"), FlagSpec(name: "--student", value: "S")],
        example: "match show --student S0456",
        run: { arguments, session in
            let (semester, state) = try session.school.shownAllocation()
            let database = try session.school.database()
            let policy = try session.school.policy()
            if let club = arguments.value("--club") { _ = try session.school.requireClub(club) }
            if let student = arguments.value("--student") { _ = try session.school.requireStudent(student) }
            let placements = try database.placements(semester: semester.id, state: state, student: arguments.value("--student"), club: arguments.value("--club"))
            let lottery = try database.lotteryPositions(semester: semester.id, state: state)
            return .listing(columns: showColumns, records: placements.map { placement in
                Record(["student": .text(placement.student), "day": .text(Weekdays.names[placement.day]),
                        "segment": .text(policy.segmentIDs.indices.contains(placement.segment) ? policy.segmentIDs[placement.segment] : String(placement.segment)),
                        "club": placement.club.map(CellValue.text) ?? .null, "group": placement.group.map(CellValue.text) ?? .null,
                        "rank": placement.rank.map(CellValue.integer) ?? .null, "lottery": lottery[placement.student].map(CellValue.integer) ?? .null])
            })
        }
    )

    static let explain = CommandSpec(
        path: ["match", "explain"],
        summary: LocalizedText(zh: "用平实的话解释孩子每个志愿为什么得到或没得到", en: "explain in plain words why each of a child's choices was or was not given"),
        positionals: [PositionalSpec(name: "STUDENT")],
        example: "match explain S0456",
        run: { arguments, session in
            let (student, _) = try session.school.requireStudent(arguments.positionals[0])
            try session.school.authorize("match explain", student: student)
            let families = session.school.identity?.role == .parent || session.school.identity?.role == .student
            let (semester, state) = try session.school.shownAllocation(publishedOnly: families)
            return .text(try Explanation(session: session, semester: semester, state: state).text(for: student))
        }
    )

    static let publish = CommandSpec(
        path: ["match", "publish"],
        summary: LocalizedText(zh: "公布分配：本学期的班组从此固定（P8）", en: "publish the allocation: the groups are fixed for the semester (P8)"),
        flags: [FlagSpec(name: "--force", value: nil)],
        example: "match publish",
        run: { arguments, session in
            let semester = try session.school.currentSemester()
            let database = try session.school.database()
            try database.publishDraft(semester: semester.id, force: arguments.has("--force"))
            session.school.recordSchool()
            let seed = try database.allocationSeed(semester: semester.id, state: .published) ?? 0
            return .object(columns: [Column("semester", zh: "学期", en: "semester"), Column("seed", zh: "随机种子", en: "seed"),
                                     Column("published", zh: "已公布", en: "published")],
                           record: Record(["semester": .text(semester.id), "seed": .text(String(seed)), "published": .boolean(true)]))
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
