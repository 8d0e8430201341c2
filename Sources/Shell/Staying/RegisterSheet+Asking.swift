import Model
import School

/// How the shell takes a register: the numbered list of the expected children, the question for
/// those absent, and what `attend` and `register show` print.
extension RegisterSheet {
    /// Asks for the numbers of the absent children until they are confirmed; nil when the teacher declines to store it.
    func ask(_ session: Session) throws -> Set<String>? {
        let zh = session.language == .zh
        let expected = expected
        session.out.write(menu(expected, session.language))
        guard !expected.isEmpty else { return [] }
        while true {
            let answer = try session.ask(
                zh
                    ? "缺席孩子的编号（如 3 7），全部出席直接回车，q 放弃："
                    : "Numbers of the children absent (e.g. 3 7); Enter if all are present; q to give up: ")
            if Self.givesUp(answer) { return nil }
            let numbers: [Int]
            switch Self.parse(answer, count: expected.count) {
            case .failure(let refusal):
                session.report(refusal, location: session.currentLocation)
                continue
            case .success(let parsed): numbers = parsed
            }
            let absent = numbers.map { expected[$0 - 1] }
            let summary =
                zh
                ? "出席 \(expected.count - absent.count) 人，缺席 \(absent.count) 人，请假 \(leaves.count) 人"
                : "present \(expected.count - absent.count), absent \(absent.count), on leave \(leaves.count)"
            var lines = absent.isEmpty ? [zh ? "全部出席。" : "Everyone is present."] : [zh ? "缺席：" : "Absent:"]
            lines += zip(numbers, absent).map { "  \($0). \($1.name) (\($1.student))" }
            session.out.write((lines + [summary]).joined(separator: "\n") + "\n")
            let confirm = try session.ask(zh ? "保存点名？(y/n，q 放弃) " : "Store the register? (y/n, q to give up) ")
            if Self.givesUp(confirm) { return nil }
            if ["y", "yes", "是"].contains(confirm.lowercased().trimmingCharacters(in: .whitespaces)) {
                return Set(absent.map(\.student))
            }
            // Anything else: the numbers are asked again.
        }
    }

    private func menu(_ expected: [ExpectedMember], _ language: Language) -> String {
        let zh = language == .zh
        let segmentName = segment?.name.text(language) ?? ""
        var lines = [
            zh
                ? "\(group.title.text(language))（\(group.id)）\(date) \(segmentName)：应到 \(expected.count) 人，全部记为出席"
                : "\(group.title.text(language)) (\(group.id)) \(date) \(segmentName): \(expected.count) expected, "
                    + "all marked present"
        ]
        let width = String(expected.count).count
        for (index, member) in expected.enumerated() {
            let number = String(index + 1)
            lines.append(
                "  " + String(repeating: " ", count: width - number.count) + number + ". " + member.name + " ("
                    + member.student + ", " + member.className + ")")
        }
        for member in members where leaves[member.student] != nil {
            lines.append((zh ? "  请假：" : "  on leave: ") + member.name + " (" + member.student + ")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func givesUp(_ answer: String) -> Bool {
        ["q", "quit", "放弃"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces))
    }

    static func parse(_ answer: String, count: Int) -> Result<[Int], Refusal> {
        var numbers: [Int] = []
        for part in answer.split(whereSeparator: { " ,，、".contains($0) }).map(String.init) {
            guard let number = Int(part), (1...count).contains(number) else {
                return .failure(
                    Refusal(
                        LocalizedText(
                            zh: "'\(part)' 不是 1 到 \(count) 的编号", en: "'\(part)' is not a number from 1 to \(count)")))
            }
            if !numbers.contains(number) { numbers.append(number) }
        }
        return .success(numbers)
    }

    /// What `attend` and `register show` print: the register's facts, and every child with their mark.
    func sections(_ register: Register, session: Session) -> [Section] {
        let language = session.language
        let summary = CommandResult.object(
            columns: [
                Column("group", zh: "班组", en: "group"), Column("title", zh: "名称", en: "title"),
                Column("date", zh: "日期", en: "date"),
                Column("timetable", zh: "课表", en: "timetable"), Column("segment", zh: "时段", en: "segment"),
                Column("version", zh: "版本", en: "version"), Column("taken_by", zh: "点名人", en: "taken_by"),
                Column("taken_at", zh: "时间", en: "taken_at"), Column("present", zh: "出席", en: "present"),
                Column("absent", zh: "缺席", en: "absent"), Column("leave", zh: "请假", en: "leave"),
                Column("note", zh: "备注", en: "note"),
            ],
            record: Record([
                "group": .text(group.id), "title": .text(group.title.text(language)), "date": .text(date.description),
                "timetable": .text(weekday.rawValue), "segment": segment.map { .text($0.id) } ?? .null,
                "version": .integer(register.version), "taken_by": .text(session.actorName(register.takenBy)),
                "taken_at": .text(register.takenAt.description), "present": .integer(register.count(.present)),
                "absent": .integer(register.count(.absent)), "leave": .integer(register.count(.leave)),
                "note": register.note.map(CellValue.text) ?? .null,
            ]))
        let children = CommandResult.listing(
            columns: [
                Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"),
                Column("class", zh: "班级", en: "class"),
                Column("mark", zh: "出勤", en: "mark"),
            ],
            records: children(of: register, school: session.school).map { member in
                Record([
                    "student": .text(member.student), "name": .text(member.name), "class": .text(member.className),
                    "mark": register.marks[member.student].map { .text($0.rawValue) } ?? .null,
                ])
            })
        return [
            Section("register", zh: "点名册", en: "Register", summary),
            Section("children", zh: "孩子", en: "Children", children),
        ]
    }
}
