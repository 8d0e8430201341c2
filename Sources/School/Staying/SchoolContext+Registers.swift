import Model
import Store

/// One group meeting on a day, for `register list`: how many children it has and its register.
public struct GroupDay: Sendable {
    public let group: GroupReference
    /// The segment's id in the policy.
    public let segment: String
    /// The children the published allocation places in it that day.
    public let members: Int
    /// The current version of its register, nil when none is taken yet.
    public let register: Register?
}

extension SchoolContext {
    /// The register of `groupID` on `date` (nil: today) of the current semester, while it is being
    /// taken: refused before publishing, on a day without service, or when the group does not meet then.
    public func registerSheet(groupID: String, date: CalendarDate?) throws -> RegisterSheet {
        let semester = try currentSemester()
        try requirePublished(semester)
        return try RegisterSheet(
            groupID: groupID, date: try semesterDate(date, in: semester), semester: semester, school: self)
    }

    /// Stores `sheet`'s register with `absent` marked absent, taken by the person acting at `at`;
    /// returns it with its version (a register taken again is a correction, the old one kept).
    public func takeRegister(_ sheet: RegisterSheet, absent: Set<String>, at: TimeOfDay, note: String?) throws
        -> Register
    {
        var register = sheet.register(absent: absent, takenBy: actor, at: at, note: note)
        register.version = try database().saveRegister(register, semester: sheet.semester.id)
        return register
    }

    /// Every version of a group's register on the sheet's day, oldest first; refused when none is taken.
    public func registerVersions(_ sheet: RegisterSheet) throws -> [Register] {
        let date = sheet.date
        let id = sheet.group.id
        let versions = try database().registers(
            semester: sheet.semester.id, from: date, through: date, group: id, history: true)
        guard !versions.isEmpty else {
            throw Refusal(
                LocalizedText(zh: "'\(id)' 在 \(date) 还没有点名", en: "'\(id)' has no register for \(date) yet"),
                hint: LocalizedText(
                    zh: "点名：attend \(id) --date \(date)", en: "take it with 'attend \(id) --date \(date)'"))
        }
        return versions
    }

    /// Every group meeting on `date` (nil: today) of the current semester, in segment order, with
    /// its members and current register.
    public func groupsMeeting(on given: CalendarDate?) throws -> [GroupDay] {
        let semester = try currentSemester()
        try requirePublished(semester)
        let date = try semesterDate(given, in: semester)
        let weekday = try timetableDay(date, calendar: try serviceCalendar(semester))
        let database = try database()
        let policy = try policy()
        var members: [String: Int] = [:]
        for placement in try database.placements(semester: semester.id, state: .published)
        where placement.day == weekday.index {
            if let id = placement.club ?? placement.group { members[id, default: 0] += 1 }
        }
        let registers = Dictionary(
            try database.registers(semester: semester.id, from: date, through: date).map { ($0.group, $0) },
            uniquingKeysWith: { _, last in last })
        return try GroupReference.meeting(on: weekday, semester: semester, school: self).map { group in
            GroupDay(
                group: group,
                segment: policy.segmentIDs.indices.contains(group.segment)
                    ? policy.segmentIDs[group.segment] : String(group.segment),
                members: members[group.id] ?? 0, register: registers[group.id])
        }
    }

    /// Assigns a teacher (and a room) to a club or a published study group; a club keeps its own
    /// room when none is given. Returns the group, the teacher and the room.
    public func assignStaff(groupID id: String, teacher teacherID: String, room: String?) throws -> (
        GroupReference, Teacher, String?
    ) {
        let semester = try currentSemester()
        let database = try database()
        let published = try database.isPublished(semester: semester.id)
        let groups = published ? try database.studyGroups(semester: semester.id, state: .published) : nil
        if !published, try database.studyGroups(semester: semester.id, state: .draft).contains(where: { $0.id == id }) {
            throw Refusal(
                LocalizedText(zh: "学习组在分配公布后才固定", en: "study groups are fixed only once the allocation is published"),
                hint: LocalizedText(zh: "先 match publish", en: "run 'match publish' first"))
        }
        let group = try GroupReference.resolve(id, semester: semester, school: self, studyGroups: groups)
        let teachers = try database.teachers()
        guard let teacher = teachers.first(where: { $0.id == teacherID }) else {
            let near = Suggestion.closest(to: teacherID, among: teachers.map(\.id))
            throw Refusal(
                LocalizedText(zh: "没有教师 '\(teacherID)'", en: "no teacher '\(teacherID)'"),
                hint: near.map(Suggestion.didYouMean)
                    ?? LocalizedText(zh: "先用 teacher add 添加", en: "add them first with 'teacher add'"))
        }
        let room = room ?? group.club?.room
        try database.assignStaff(GroupStaff(group: group.id, teacher: teacher.id, room: room), semester: semester.id)
        return (group, teacher, room)
    }
}
