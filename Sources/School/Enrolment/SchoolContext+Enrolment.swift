import Model
import Store

/// How many families chose a club, first and at all.
public struct ClubDemand: Sendable {
    public let club: Club
    public let first: Int
    public let any: Int
}

/// A student who chose a club, with the rank they gave it.
public struct Chooser: Sendable {
    public let studentID: String
    /// Nil when the student has left the roster since.
    public let student: Student?
    public let rank: Int
}

extension SchoolContext {
    /// Enrols a child in the service (P2): the school days given as `days` (typed with `--days`)
    /// until the segment `until`. Changing it is allowed until the allocation is published.
    public func enrol(student id: String, days text: String, until: String) throws -> Enrolment {
        let (student, _) = try requireStudent(id)
        try authorize("enrol", student: student)
        let semester = try currentSemester()
        let policy = try policy()
        let days = try DayList.parse(text, flag: "--days", policy: policy)
        guard policy.segment(id: until) != nil else {
            let ids = policy.segmentIDs.joined(separator: ", ")
            throw Refusal(
                LocalizedText(zh: "--until：没有时段 '\(until)'", en: "--until: there is no segment '\(until)'"),
                hint: LocalizedText(zh: "时段：\(ids)", en: "the segments are \(ids)"))
        }
        let enrolment = Enrolment(student: student.id, days: days, until: until)
        try database().enrol(enrolment, semester: semester.id)
        return enrolment
    }

    /// Stores a child's ranked clubs, first choice first, replacing the old list; every reason the
    /// list cannot be stored is refused at once.
    public func choose(student id: String, clubs clubIDs: [String]) throws -> [Club] {
        let (student, _) = try requireStudent(id)
        try authorize("choose", student: student)
        let clubs = try checkedChoices(student: student, clubIDs: clubIDs)
        try database().setChoices(student: student.id, clubs: clubs.map(\.id), semester: try currentSemester().id)
        return clubs
    }

    /// The clubs of a ranked list, or every reason it cannot be stored.
    func checkedChoices(student: Student, clubIDs: [String]) throws -> [Club] {
        let semester = try currentSemester()
        let policy = try policy()
        let database = try database()
        let enrolment = try requireEnrolment(student, semester: semester)
        guard !clubIDs.isEmpty else {
            throw Refusal(
                zh: "至少选一个社团", en: "name at least one club", hintZh: "例如 choose \(student.id) CLUB1 CLUB2",
                hintEn: "for example choose \(student.id) CLUB1 CLUB2")
        }
        var problems: [Refusal] = []
        if clubIDs.count > policy.choicesMax {
            problems.append(
                Refusal(
                    zh: "最多填 \(policy.choicesMax) 个志愿，这里有 \(clubIDs.count) 个",
                    en: "at most \(policy.choicesMax) choices; this list has \(clubIDs.count)"))
        }
        let available = Dictionary(
            try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        var clubs: [Club] = []
        var seen = Set<String>()
        for id in clubIDs {
            guard seen.insert(id).inserted else {
                problems.append(Refusal(zh: "社团 '\(id)' 在志愿表中出现了两次", en: "club '\(id)' appears twice in the list"))
                continue
            }
            guard let club = available[id] else {
                let near = Suggestion.closest(to: id, among: available.keys.sorted())
                problems.append(
                    Refusal(
                        LocalizedText(zh: "本学期没有社团 '\(id)'", en: "no club '\(id)' this semester"),
                        hint: near.map(Suggestion.didYouMean)))
                continue
            }
            for reason in policy.ineligibility(of: club, grade: student.grade, enrolment: enrolment) {
                problems.append(
                    Refusal(
                        LocalizedText(
                            zh: "不能选 '\(id)'：\(reason.message.text(.zh))",
                            en: "cannot choose '\(id)': \(reason.message.text(.en))")))
            }
            clubs.append(club)
        }
        try RefusalList.throwIfAny(problems)
        return clubs
    }

    /// The child's enrolment this semester, or a refusal that says how to enrol.
    func requireEnrolment(_ student: Student, semester: Semester) throws -> Enrolment {
        guard let enrolment = try database().enrolment(student: student.id, semester: semester.id) else {
            throw Refusal(
                LocalizedText(zh: "\(student.id) 还没有报名", en: "\(student.id) is not enrolled yet"),
                hint: LocalizedText(
                    zh: "先用 enrol \(student.id) --days … --until … 报名",
                    en: "enrol first: enrol \(student.id) --days … --until …"))
        }
        return enrolment
    }

    /// The clubs `student` can take this semester (enrolled, eligible), for a picker.
    public func eligibleClubs(for student: Student) throws -> [Club] {
        let semester = try currentSemester()
        let policy = try policy()
        guard let enrolment = try database().enrolment(student: student.id, semester: semester.id) else {
            throw Refusal(
                LocalizedText(zh: "\(student.name) 还没有报名", en: "\(student.name) is not enrolled yet"),
                hint: LocalizedText(
                    zh: "先报名：enrol \(student.id) --days … --until …",
                    en: "enrol first: enrol \(student.id) --days … --until …"))
        }
        return try database().clubs(semester: semester.id).filter {
            policy.ineligibility(of: $0, grade: student.grade, enrolment: enrolment).isEmpty
        }
    }

    /// The children the person acting chooses for: a student themself, a parent's children.
    public func ownChildren() throws -> [Student] {
        guard let identity else { throw Self.notLoggedIn }
        if identity.role == .student { return [try requireStudent(identity.id).student] }
        return try database().students().filter { $0.hasGuardian(identity.id) }
    }

    /// Each of the semester's clubs with how many chose it first and at all.
    public func clubDemand() throws -> [ClubDemand] {
        let semester = try currentSemester()
        let database = try database()
        var first: [String: Int] = [:]
        var any: [String: Int] = [:]
        for choice in try database.allChoices(semester: semester.id) {
            any[choice.club, default: 0] += 1
            if choice.rank == 1 { first[choice.club, default: 0] += 1 }
        }
        return try database.clubs(semester: semester.id).map {
            ClubDemand(club: $0, first: first[$0.id] ?? 0, any: any[$0.id] ?? 0)
        }
    }

    /// The students who chose club `id`, by the rank they gave it.
    public func choosers(club id: String) throws -> [Chooser] {
        let semester = try currentSemester()
        let database = try database()
        let choices = try database.allChoices(semester: semester.id)
        let club = try requireClub(id)
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return choices.filter { $0.club == club.id }.sorted { ($0.rank, $0.student) < ($1.rank, $1.student) }.map {
            Chooser(studentID: $0.student, student: students[$0.student], rank: $0.rank)
        }
    }

    /// A child's ranked clubs.
    public func choices(of id: String) throws -> [Club] {
        let (student, _) = try requireStudent(id)
        try authorize("choice show", student: student)
        let semester = try currentSemester()
        let database = try database()
        return try database.choices(student: student.id, semester: semester.id).compactMap { try database.club(id: $0) }
    }
}
