import Model
import School
import Store

/// One group's register for one day while it is being taken: the group, the children the
/// published allocation expects, and those of them on leave.
struct RegisterSheet {
    let group: GroupReference
    let date: CalendarDate
    let weekday: Weekday
    let segment: Policy.Segment?
    /// Every child placed in the group that day, in class order.
    let members: [ExpectedMember]
    /// Leave requests covering the day, by student.
    let leaves: [String: LeaveRequest]
    private let language: Language

    /// The register of `groupID` on `date`: refused on a day without service, or when the group does not meet then.
    init(groupID: String, date: CalendarDate, semester: Semester, session: Session) throws {
        let database = try session.school.database()
        let policy = try session.school.policy()
        weekday = try session.school.timetableDay(date, calendar: try session.school.serviceCalendar(semester))
        group = try GroupReference.resolve(groupID, semester: semester, session: session,
                                           studyGroups: try database.studyGroups(semester: semester.id, state: .published))
        guard group.meets(on: weekday) else {
            let own = Weekday(index: date.weekdayIndex)
            let days = LocalizedText(zh: group.days.map { $0.name(.zh) }.joined(separator: "、"), en: group.days.map { $0.name(.en) }.joined(separator: ", "))
            let dayName = own == weekday
                ? LocalizedText(zh: weekday.name(.zh), en: weekday.name(.en))
                : LocalizedText(zh: "按\(weekday.name(.zh))课表", en: "following \(weekday.name(.en))'s timetable")
            throw Refusal(LocalizedText(zh: "'\(group.id)' 在 \(date)（\(dayName.text(.zh))）不上课；它在\(days.text(.zh))上课",
                                        en: "'\(group.id)' does not meet on \(date) (\(dayName.text(.en))); it meets on \(days.text(.en))"),
                          hint: LocalizedText(zh: "'register list --date \(date)' 列出当天的班组", en: "'register list --date \(date)' lists the groups meeting that day"))
        }
        let id = group.id
        if group.kind == .club, try database.cancellations(semester: semester.id, state: .published).contains(where: { $0.club == id }) {
            throw Refusal(LocalizedText(zh: "社团 '\(group.id)' 因人数不足已取消", en: "club '\(group.id)' was cancelled for too few students"))
        }
        self.date = date
        segment = policy.segments.indices.contains(group.segment) ? policy.segments[group.segment] : nil
        members = try database.expectedMembers(semester: semester.id, group: group.id, day: weekday.index)
        let ids = Set(members.map(\.student))
        leaves = Dictionary(try database.leaves(semester: semester.id, from: date, through: date).filter { ids.contains($0.student) }.map { ($0.student, $0) },
                            uniquingKeysWith: { first, _ in first })
        language = session.language
    }

    /// The children expected: the members not on leave.
    var expected: [ExpectedMember] { members.filter { leaves[$0.student] == nil } }

    /// The absences of `--absent`, or every reason they cannot be recorded.
    func checkedAbsences(_ ids: [String], session: Session) throws -> Set<String> {
        let expectedIDs = Set(expected.map(\.student))
        var problems: [Refusal] = []
        for id in ids where !expectedIDs.contains(id) {
            if let leave = leaves[id] {
                problems.append(Refusal(LocalizedText(zh: "\(id) 当天请假（请假单 \(leave.id)），不在应到名单中", en: "\(id) is on leave that day (leave \(leave.id)) and is not expected"),
                                        hint: LocalizedText(zh: "请假的孩子自动记为请假", en: "children on leave are marked on leave by themselves")))
            } else if try session.school.database().student(id: id) == nil {
                problems.append(Refusal(LocalizedText(zh: "没有学生 '\(id)'", en: "no student '\(id)'")))
            } else {
                problems.append(Refusal(LocalizedText(zh: "\(id) 不在 '\(group.id)' \(date) 的名单中", en: "\(id) is not in '\(group.id)' on \(date)"),
                                        hint: LocalizedText(zh: "'register list --date \(date)' 列出当天的班组；week \(id) 显示孩子的安排",
                                                            en: "'week \(id)' shows where the child is each day")))
            }
        }
        try RefusalList.throwIfAny(problems)
        return Set(ids)
    }

    /// The register with `absent` marked absent, the children on leave marked so, and everyone else present.
    func register(absent: Set<String>, takenBy: String, at: TimeOfDay, note: String?) -> Register {
        var marks: [String: AttendanceMark] = [:]
        for member in members {
            marks[member.student] = leaves[member.student] != nil ? .leave : absent.contains(member.student) ? .absent : .present
        }
        return Register(group: group.id, kind: group.kind.rawValue, date: date, segment: group.segment, version: 0, takenBy: takenBy,
                        takenAt: at, note: note, marks: marks)
    }

    /// Asks for the numbers of the absent children until they are confirmed; nil when the teacher declines to store it.
    func ask(_ session: Session) throws -> Set<String>? {
        let zh = language == .zh
        let expected = expected
        session.out.write(menu(expected))
        guard !expected.isEmpty else { return [] }
        while true {
            let answer = try session.ask(zh ? "缺席孩子的编号（如 3 7），全部出席直接回车，q 放弃：" : "Numbers of the children absent (e.g. 3 7); Enter if all are present; q to give up: ")
            if Self.givesUp(answer) { return nil }
            let numbers: [Int]
            switch Self.parse(answer, count: expected.count) {
            case .failure(let refusal):
                session.report(refusal, location: session.currentLocation)
                continue
            case .success(let parsed): numbers = parsed
            }
            let absent = numbers.map { expected[$0 - 1] }
            let summary = zh
                ? "出席 \(expected.count - absent.count) 人，缺席 \(absent.count) 人，请假 \(leaves.count) 人"
                : "present \(expected.count - absent.count), absent \(absent.count), on leave \(leaves.count)"
            var lines = absent.isEmpty ? [zh ? "全部出席。" : "Everyone is present."] : [zh ? "缺席：" : "Absent:"]
            lines += zip(numbers, absent).map { "  \($0). \($1.name) (\($1.student))" }
            session.out.write((lines + [summary]).joined(separator: "\n") + "\n")
            let confirm = try session.ask(zh ? "保存点名？(y/n，q 放弃) " : "Store the register? (y/n, q to give up) ")
            if Self.givesUp(confirm) { return nil }
            if ["y", "yes", "是"].contains(confirm.lowercased().trimmingCharacters(in: .whitespaces)) { return Set(absent.map(\.student)) }
            // Anything else: the numbers are asked again.
        }
    }

    private func menu(_ expected: [ExpectedMember]) -> String {
        let zh = language == .zh
        let segmentName = segment?.name.text(language) ?? ""
        var lines = [zh ? "\(group.title.text(language))（\(group.id)）\(date) \(segmentName)：应到 \(expected.count) 人，全部记为出席"
                        : "\(group.title.text(language)) (\(group.id)) \(date) \(segmentName): \(expected.count) expected, all marked present"]
        let width = String(expected.count).count
        for (index, member) in expected.enumerated() {
            let number = String(index + 1)
            lines.append("  " + String(repeating: " ", count: width - number.count) + number + ". " + member.name + " (" + member.student + ", " + member.className + ")")
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
                return .failure(Refusal(LocalizedText(zh: "'\(part)' 不是 1 到 \(count) 的编号", en: "'\(part)' is not a number from 1 to \(count)")))
            }
            if !numbers.contains(number) { numbers.append(number) }
        }
        return .success(numbers)
    }

    /// The children a register marks, in class order: today's members first, then any who have
    /// moved out of the group since an earlier version was taken.
    private func children(of register: Register, session: Session) -> [ExpectedMember] {
        let known = Set(members.map(\.student))
        let moved = register.marks.keys.filter { !known.contains($0) }.sorted().map { id in
            let student = (try? session.school.database().student(id: id))?.student
            return ExpectedMember(student: id, name: student?.name ?? id, className: student?.className ?? "")
        }
        return members.filter { register.marks[$0.student] != nil } + moved
    }

    /// What `attend` and `register show` print: the register's facts, and every child with their mark.
    func sections(_ register: Register, session: Session) -> [Section] {
        let summary = CommandResult.object(
            columns: [Column("group", zh: "班组", en: "group"), Column("title", zh: "名称", en: "title"), Column("date", zh: "日期", en: "date"),
                      Column("timetable", zh: "课表", en: "timetable"), Column("segment", zh: "时段", en: "segment"),
                      Column("version", zh: "版本", en: "version"), Column("taken_by", zh: "点名人", en: "taken_by"),
                      Column("taken_at", zh: "时间", en: "taken_at"), Column("present", zh: "出席", en: "present"),
                      Column("absent", zh: "缺席", en: "absent"), Column("leave", zh: "请假", en: "leave"), Column("note", zh: "备注", en: "note")],
            record: Record(["group": .text(group.id), "title": .text(group.title.text(language)), "date": .text(date.description),
                            "timetable": .text(weekday.rawValue), "segment": segment.map { .text($0.id) } ?? .null,
                            "version": .integer(register.version), "taken_by": .text(session.actorName(register.takenBy)),
                            "taken_at": .text(register.takenAt.description), "present": .integer(register.count(.present)),
                            "absent": .integer(register.count(.absent)), "leave": .integer(register.count(.leave)),
                            "note": register.note.map(CellValue.text) ?? .null]))
        let children = CommandResult.listing(
            columns: [Column("student", zh: "学生", en: "student"), Column("name", zh: "姓名", en: "name"), Column("class", zh: "班级", en: "class"),
                      Column("mark", zh: "出勤", en: "mark")],
            records: children(of: register, session: session).map { member in
                Record(["student": .text(member.student), "name": .text(member.name), "class": .text(member.className),
                        "mark": register.marks[member.student].map { .text($0.rawValue) } ?? .null])
            })
        return [Section("register", zh: "点名册", en: "Register", summary), Section("children", zh: "孩子", en: "Children", children)]
    }
}
