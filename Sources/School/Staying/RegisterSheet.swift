import Model
import Store

/// One group's register for one day while it is being taken: the group, the children the
/// published allocation expects, and those of them on leave.
public struct RegisterSheet: Sendable {
    public let group: GroupReference
    public let semester: Semester
    public let date: CalendarDate
    public let weekday: Weekday
    public let segment: Policy.Segment?
    /// Every child placed in the group that day, in class order.
    public let members: [ExpectedMember]
    /// Leave requests covering the day, by student.
    public let leaves: [String: LeaveRequest]

    /// The register of `groupID` on `date`: refused on a day without service, or when the group does not meet then.
    public init(groupID: String, date: CalendarDate, semester: Semester, school: SchoolContext) throws {
        let database = try school.database()
        let policy = try school.policy()
        weekday = try school.timetableDay(date, calendar: try school.serviceCalendar(semester))
        group = try GroupReference.resolve(
            groupID, semester: semester, school: school,
            studyGroups: try database.studyGroups(semester: semester.id, state: .published))
        guard group.meets(on: weekday) else {
            let own = Weekday(index: date.weekdayIndex)
            let days = LocalizedText(
                zh: group.days.map { $0.name(.zh) }.joined(separator: "、"),
                en: group.days.map { $0.name(.en) }.joined(separator: ", "))
            let dayName =
                own == weekday
                ? LocalizedText(zh: weekday.name(.zh), en: weekday.name(.en))
                : LocalizedText(zh: "按\(weekday.name(.zh))课表", en: "following \(weekday.name(.en))'s timetable")
            throw Refusal(
                LocalizedText(
                    zh: "'\(group.id)' 在 \(date)（\(dayName.text(.zh))）不上课；它在\(days.text(.zh))上课",
                    en: "'\(group.id)' does not meet on \(date) (\(dayName.text(.en))); it meets on \(days.text(.en))"),
                hint: LocalizedText(
                    zh: "'register list --date \(date)' 列出当天的班组",
                    en: "'register list --date \(date)' lists the groups meeting that day"))
        }
        let id = group.id
        if group.kind == .club,
            try database.cancellations(semester: semester.id, state: .published).contains(where: { $0.club == id })
        {
            throw Refusal(
                LocalizedText(
                    zh: "社团 '\(group.id)' 因人数不足已取消", en: "club '\(group.id)' was cancelled for too few students"))
        }
        self.semester = semester
        self.date = date
        segment = policy.segments.indices.contains(group.segment) ? policy.segments[group.segment] : nil
        members = try database.expectedMembers(semester: semester.id, group: group.id, day: weekday.index)
        let ids = Set(members.map(\.student))
        leaves = Dictionary(
            try database.leaves(semester: semester.id, from: date, through: date).filter { ids.contains($0.student) }
                .map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The children expected: the members not on leave.
    public var expected: [ExpectedMember] { members.filter { leaves[$0.student] == nil } }

    /// The absences of `--absent`, or every reason they cannot be recorded.
    public func checkedAbsences(_ ids: [String], school: SchoolContext) throws -> Set<String> {
        let expectedIDs = Set(expected.map(\.student))
        var problems: [Refusal] = []
        for id in ids where !expectedIDs.contains(id) {
            if let leave = leaves[id] {
                problems.append(
                    Refusal(
                        LocalizedText(
                            zh: "\(id) 当天请假（请假单 \(leave.id)），不在应到名单中",
                            en: "\(id) is on leave that day (leave \(leave.id)) and is not expected"),
                        hint: LocalizedText(
                            zh: "请假的孩子自动记为请假", en: "children on leave are marked on leave by themselves")))
            } else if try school.database().student(id: id) == nil {
                problems.append(Refusal(LocalizedText(zh: "没有学生 '\(id)'", en: "no student '\(id)'")))
            } else {
                problems.append(
                    Refusal(
                        LocalizedText(
                            zh: "\(id) 不在 '\(group.id)' \(date) 的名单中", en: "\(id) is not in '\(group.id)' on \(date)"),
                        hint: LocalizedText(
                            zh: "'register list --date \(date)' 列出当天的班组；week \(id) 显示孩子的安排",
                            en: "'week \(id)' shows where the child is each day")))
            }
        }
        try RefusalList.throwIfAny(problems)
        return Set(ids)
    }

    /// The register with `absent` marked absent, the children on leave marked so, and everyone else present.
    public func register(absent: Set<String>, takenBy: String, at: TimeOfDay, note: String?) -> Register {
        var marks: [String: AttendanceMark] = [:]
        for member in members {
            marks[member.student] =
                leaves[member.student] != nil ? .leave : absent.contains(member.student) ? .absent : .present
        }
        return Register(
            group: group.id, kind: group.kind.rawValue, date: date, segment: group.segment, version: 0,
            takenBy: takenBy,
            takenAt: at, note: note, marks: marks)
    }

    /// The children a register marks, in class order: today's members first, then any who have
    /// moved out of the group since an earlier version was taken.
    public func children(of register: Register, school: SchoolContext) -> [ExpectedMember] {
        let known = Set(members.map(\.student))
        let moved = register.marks.keys.filter { !known.contains($0) }.sorted().map { id in
            let student = (try? school.database().student(id: id))?.student
            return ExpectedMember(student: id, name: student?.name ?? id, className: student?.className ?? "")
        }
        return members.filter { register.marks[$0.student] != nil } + moved
    }
}
