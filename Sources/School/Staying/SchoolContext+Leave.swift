import Model
import Store

extension SchoolContext {
    /// Asks leave for a child from `from` to `to` (nil: the same day): the child will not stay
    /// then. A parent asks for their own children; the child must be enrolled this semester.
    public func requestLeave(
        student studentID: String, from given: CalendarDate?, to givenEnd: CalendarDate?, reason: String?
    ) throws
        -> (LeaveRequest, Student)
    {
        let (student, _) = try requireStudent(studentID)
        try authorize("leave request", student: student)
        let semester = try currentSemester()
        let from = try semesterDate(given, in: semester)
        let to = givenEnd == nil ? from : try semesterDate(givenEnd, flag: "--to", in: semester)
        guard to >= from else {
            throw Refusal(zh: "--to：\(to) 早于 --date \(from)", en: "--to: \(to) is before --date \(from)")
        }
        guard try database().enrolment(student: student.id, semester: semester.id) != nil else {
            throw Refusal(
                LocalizedText(
                    zh: "\(student.id) 没有报名本学期的课后服务，不用请假",
                    en: "\(student.id) is not enrolled in the service this semester; no leave is needed"))
        }
        let leave = try database().requestLeave(
            student: student.id, from: from, to: to, reason: reason, by: actor, semester: semester.id)
        return (leave, student)
    }

    /// The semester's leave requests (those covering `date` when given), each with its child; a
    /// parent sees only their own children's.
    public func leaves(on given: CalendarDate?) throws -> [(LeaveRequest, Student?)] {
        let semester = try currentSemester()
        let database = try database()
        let date = try given.map { try semesterDate($0, in: semester) }
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var leaves = try database.leaves(semester: semester.id, from: date, through: date)
        if let identity, AccessTable.rule("leave list").reach(identity.role) == .own {
            leaves = leaves.filter { leave in
                guard let student = students[leave.student] else { return false }
                return (try? authorize("leave list", student: student)) != nil
            }
        }
        return leaves.map { ($0, students[$0.student]) }
    }

    /// Cancels leave request `text` of the current semester (it is kept, marked cancelled).
    public func cancelLeave(_ text: String) throws -> (LeaveRequest, Student) {
        let semester = try currentSemester()
        let database = try database()
        guard let id = Int(text), let leave = try database.leave(id: id, semester: semester.id) else {
            throw Refusal(
                LocalizedText(zh: "本学期没有请假单 '\(text)'", en: "no leave request '\(text)' this semester"),
                hint: LocalizedText(zh: "'leave list' 显示编号", en: "'leave list' shows the ids"))
        }
        let (student, _) = try requireStudent(leave.student)
        try authorize("leave cancel", student: student)
        try database.cancelLeave(id: id, by: actor)
        var cancelled = leave
        cancelled.cancelledBy = actor
        return (cancelled, student)
    }
}
