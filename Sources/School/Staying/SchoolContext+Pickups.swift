import Model
import Store

/// A child leaving, as the person at the gate gives it: who collects them (nil: alone), when, and
/// whether a teacher lets someone not on the list take them, with a note saying why.
public struct DepartureRequest: Sendable, Equatable {
    public var student: String
    /// The name (or a guardian's id) of who collects the child; nil when the child goes alone.
    public var by: String?
    public var alone: Bool
    /// Nil: today, by the school's clock.
    public var date: CalendarDate?
    /// Nil: now, by the school's clock.
    public var at: TimeOfDay?
    public var override: Bool
    public var note: String?

    public init(
        student: String, by: String?, alone: Bool, date: CalendarDate? = nil, at: TimeOfDay? = nil,
        override: Bool = false,
        note: String? = nil
    ) {
        self.student = student
        self.by = by
        self.alone = alone
        self.date = date
        self.at = at
        self.override = override
        self.note = note
    }
}

extension SchoolContext {
    /// The people who may collect `studentID`: the roster's guardians, and those the family added.
    public func pickupList(_ studentID: String, action: String = "pickup list") throws -> (
        Student, [Guardian], [PickupPerson]
    ) {
        let (student, guardians) = try requireStudent(studentID)
        try authorize(action, student: student)
        return (student, guardians, try database().pickups(student: student.id))
    }

    /// Adds someone who may collect a child (`--name` and `--relation`), or with `alone` lets the
    /// child go home alone. A roster guardian is on the list already and is refused.
    public func addPickup(student studentID: String, name: String?, relation: String?, phone: String?, alone: Bool)
        throws -> PickupPerson
    {
        let (student, guardians) = try requireStudent(studentID)
        try authorize("pickup add", student: student)
        let usage = LocalizedText(
            zh: "用法：pickup add 学生 --name 姓名 --relation 关系 [--phone 电话]，或 pickup add 学生 --alone",
            en: "usage: pickup add STUDENT --name NAME --relation REL [--phone PHONE], or pickup add STUDENT --alone")
        if alone {
            guard name == nil, relation == nil, phone == nil else {
                throw Refusal(
                    LocalizedText(
                        zh: "--alone 不和 --name、--relation、--phone 一起用",
                        en: "--alone takes no --name, --relation or --phone"), hint: usage)
            }
            return try database().addPickup(student: student.id, name: nil, relation: nil, phone: nil, by: actor)
        }
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            throw Refusal(
                LocalizedText(
                    zh: "pickup add：缺少 --name 姓名（或用 --alone）", en: "pickup add: missing --name NAME (or --alone)"),
                hint: usage)
        }
        guard let relation = relation?.trimmingCharacters(in: .whitespaces), !relation.isEmpty else {
            throw Refusal(
                LocalizedText(zh: "pickup add：缺少 --relation 关系", en: "pickup add: missing --relation REL"), hint: usage)
        }
        if guardians.contains(where: { $0.name == name }) {
            throw Refusal(
                LocalizedText(
                    zh: "'\(name)' 是名册上的监护人，本来就可以接孩子",
                    en: "'\(name)' is a guardian on the roster and may already collect the child"))
        }
        return try database().addPickup(student: student.id, name: name, relation: relation, phone: phone, by: actor)
    }

    /// Takes person `id` (or the permission to go alone) off a child's list; returns the list left.
    public func removePickup(student studentID: String, id: Int) throws -> (Student, [Guardian], [PickupPerson]) {
        let (student, _, _) = try pickupList(studentID, action: "pickup remove")
        try database().removePickup(id: id, student: student.id)
        return try pickupList(studentID, action: "pickup remove")
    }

    /// Records a child leaving: the child must stay that day (enrolled, not on leave), not leave
    /// before the service starts, and go with someone on the list (or alone when allowed) unless
    /// a teacher overrides with a note. Returns the departure and why it stands out, if it does.
    public func depart(_ request: DepartureRequest) throws -> (Student, Departure, [PickupReason]) {
        let (student, guardians) = try requireStudent(request.student)
        let semester = try currentSemester()
        let policy = try policy()
        let database = try database()
        guard (request.by != nil) != request.alone else {
            throw Refusal(
                zh: "写 --by 姓名 或 --alone，二者选一", en: "give either --by NAME or --alone",
                hintZh: "例如 depart \(student.id) --by 林父",
                hintEn: "for example depart \(student.id) --by \(guardians.first?.name ?? "NAME")")
        }
        if request.override, (request.note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw Refusal(
                zh: "--override 需要 --note 说明原因", en: "--override needs --note TEXT saying why",
                hintZh: "例如 --override --note '家长电话确认'",
                hintEn: "for example --override --note 'confirmed by phone with the mother'")
        }
        let date = try semesterDate(request.date, in: semester)
        let at = try timeOfDay(request.at)
        let weekday = try timetableDay(date, calendar: try serviceCalendar(semester))
        guard let enrolment = try database.enrolment(student: student.id, semester: semester.id),
            enrolment.days.contains(weekday)
        else {
            throw Refusal(
                LocalizedText(
                    zh: "\(student.id) \(date) 不留校（没有报名\(weekday.name(.zh))）",
                    en: "\(student.id) does not stay on \(date) (not enrolled on \(weekday.name(.en)))"))
        }
        if let leave = try database.leaves(semester: semester.id, from: date, through: date).first(where: {
            $0.student == student.id
        }) {
            throw Refusal(
                LocalizedText(
                    zh: "\(student.id) \(date) 请假（请假单 \(leave.id)），不在校",
                    en: "\(student.id) is on leave on \(date) (leave \(leave.id))"),
                hint: LocalizedText(
                    zh: "孩子其实留校了，就先 leave cancel \(leave.id)",
                    en: "if the child stayed after all, first 'leave cancel \(leave.id)'"))
        }
        if let start = policy.segments.first?.start, at < start {
            throw Refusal(
                LocalizedText(
                    zh: "--at：\(at) 早于课后服务开始（\(start)）", en: "--at: \(at) is before the service starts (\(start))"),
                hint: LocalizedText(zh: "放学时离开的孩子不用登记", en: "children who leave at the end of class need no departure"))
        }
        let finding = PickupAuthority(guardians: guardians, added: try database.pickups(student: student.id)).check(
            request.by)
        if !finding.authorised, !request.override { throw PickupAuthority.refusal(request.by, student: student.id) }
        let departure = Departure(
            student: student.id, date: date, at: at, by: finding.name, relation: finding.relation,
            override: !finding.authorised, note: request.note, recordedBy: actor)
        try database.recordDeparture(departure, semester: semester.id)
        let reasons = PickupReason.reasons(
            for: departure, enrolledUntil: policy.segment(id: enrolment.until)?.end, latestEnd: policy.latestEnd)
        return (student, departure, reasons)
    }
}
