import Model
import School

/// `choose` with no arguments, for a student or a parent: pick the child, see the clubs the child
/// can take, numbered, and type their numbers best first. A refused answer is asked again.
struct ChoicePicker {
    let session: Session

    private var zh: Bool { session.language == .zh }

    func run() throws -> CommandResult {
        guard session.school.isFamily else {
            throw Refusal(
                zh: "选择器供学生或家长使用；协调员请写 choose 学生 社团…",
                en: "the picker is for a student or parent; the coordinator types choose STUDENT CLUB...")
        }
        // Without a semester there is nothing to choose: say so before asking which child.
        _ = try session.school.currentSemester()
        let policy = try session.school.policy()
        let student = try pickStudent()
        let clubs = try session.school.eligibleClubs(for: student)
        guard !clubs.isEmpty else {
            throw Refusal(
                LocalizedText(zh: "目前没有 \(student.name) 能参加的社团", en: "there is no club \(student.name) can take yet"))
        }
        session.out.write(menu(clubs, student: student, policy: policy))
        while true {
            let answer = try session.ask(
                zh ? "按喜好顺序输入编号（如 3 1 5），直接回车放弃：" : "Numbers, best first (e.g. 3 1 5); Enter to cancel: ")
            if answer.trimmingCharacters(in: .whitespaces).isEmpty {
                return .text(zh ? "没有更改。" : "Nothing was changed.")
            }
            switch parse(answer, count: clubs.count, max: policy.choicesMax) {
            case .failure(let refusal):
                session.report(refusal, location: session.currentLocation)
            case .success(let numbers):
                let ranked = numbers.map { clubs[$0 - 1] }
                session.out.write(
                    ranked.enumerated().map {
                        "  \($0.offset + 1). \($0.element.title.text(session.language)) (\($0.element.id))"
                    }.joined(separator: "\n") + "\n")
                let confirm = try session.ask(zh ? "保存这个志愿表？(y/n) " : "Save these choices? (y/n) ")
                guard ["y", "yes", "是"].contains(confirm.lowercased().trimmingCharacters(in: .whitespaces)) else {
                    continue
                }
                _ = try session.school.choose(student: student.id, clubs: ranked.map(\.id))
                return .listing(
                    columns: EnrolmentCommands.choiceColumns,
                    records: EnrolmentCommands.choiceRecords(ranked, session.language))
            }
        }
    }

    private func pickStudent() throws -> Student {
        let children = try session.school.ownChildren()
        guard !children.isEmpty else { throw Refusal(zh: "名册上没有您的孩子", en: "no child of yours is on the roster") }
        if children.count == 1 { return children[0] }
        session.out.write(
            children.enumerated().map {
                "  \($0.offset + 1). \($0.element.name) (\($0.element.id), \($0.element.className))"
            }.joined(separator: "\n") + "\n")
        while true {
            let answer = try session.ask(zh ? "为哪个孩子选择？输入编号：" : "Which child? Number: ")
            if let number = Int(answer.trimmingCharacters(in: .whitespaces)), (1...children.count).contains(number) {
                return children[number - 1]
            }
            session.report(
                Refusal(
                    LocalizedText(
                        zh: "'\(answer)' 不是 1 到 \(children.count) 的编号",
                        en: "'\(answer)' is not a number from 1 to \(children.count)")),
                location: session.currentLocation)
        }
    }

    private func menu(_ clubs: [Club], student: Student, policy: Policy) -> String {
        let language = session.language
        let rows = clubs.enumerated().map { index, club -> [String] in
            let module = session.school.catalog().module(id: club.module)?.name.text(language) ?? club.module
            let segment = policy.segment(id: club.segment)?.name.text(language) ?? club.segment
            return [
                "\(index + 1)", club.title.text(language), module,
                club.days.map { $0.name(language) }.joined(separator: zh ? "、" : ", "),
                segment, zh ? "\(club.capacity) 个名额" : "\(club.capacity) seats",
            ]
        }
        let widths = (0..<6).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let lines = rows.map { row in
            "  " + zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ")
        }
        let intro =
            zh
            ? "\(student.name) 可以参加的社团（最多填 \(policy.choicesMax) 个志愿）："
            : "Clubs \(student.name) can take (up to \(policy.choicesMax) choices):"
        let note =
            zh
            ? "请按真实喜好排序：多填志愿不会降低前面志愿的机会，抽签号只用来在同一社团的申请人之间排序。"
            : "Rank them as you really prefer: ranking more clubs never lowers the chance at the ones ranked "
                + "higher; the lottery only orders applicants to the same club."
        return ([intro] + lines + [note]).joined(separator: "\n") + "\n"
    }

    private func parse(_ answer: String, count: Int, max: Int) -> Result<[Int], Refusal> {
        let parts = answer.split(whereSeparator: { " ,，、".contains($0) }).map(String.init)
        var numbers: [Int] = []
        for part in parts {
            guard let number = Int(part), (1...count).contains(number) else {
                return .failure(
                    Refusal(
                        LocalizedText(
                            zh: "'\(part)' 不是 1 到 \(count) 的编号", en: "'\(part)' is not a number from 1 to \(count)")))
            }
            guard !numbers.contains(number) else {
                return .failure(Refusal(LocalizedText(zh: "\(number) 出现了两次", en: "\(number) appears twice")))
            }
            numbers.append(number)
        }
        guard numbers.count <= max else {
            return .failure(Refusal(LocalizedText(zh: "最多填 \(max) 个志愿", en: "at most \(max) choices")))
        }
        return .success(numbers)
    }
}
