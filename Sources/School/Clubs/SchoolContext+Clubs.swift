import Model
import Store

extension SchoolContext {
    /// Publishes a club of the current semester from `request`, checked against its module, the
    /// policy (P3, P5, P7, P10) and the module's rules; every problem is refused at once and
    /// nothing is stored. A teacher publishes only clubs they run themself.
    public func publishClub(_ request: ClubRequest) throws -> Club {
        let semester = try currentSemester()
        let module = try module(request.module)
        let database = try database()
        var teacher: String?
        if let identity, identity.role == .teacher {
            try authorize(
                "club publish", clubTeacher: request.teacher ?? identity.id,
                refusal: Refusal(zh: "教师只能发布自己的社团", en: "a teacher publishes only their own clubs"))
            teacher = identity.id
        }
        var draft = ClubDraft(module: module, policy: try policy(), semester: semester)
        let club = try draft.build(
            request, teacher: teacher, contracts: try database.contracts(), teachers: try database.teachers())
        return try database.publishClub(club)
    }

    /// Withdraws a club before the allocation is published; a teacher withdraws only their own.
    public func withdrawClub(_ id: String) throws -> Club {
        let club = try requireClub(id)
        try authorize(
            "club withdraw", clubTeacher: club.teacher,
            refusal: Refusal(zh: "教师只能撤销自己的社团", en: "a teacher withdraws only their own clubs"))
        if club.withdrawn { throw Refusal(zh: "社团 '\(club.id)' 已经撤销", en: "club '\(club.id)' is already withdrawn") }
        try database().withdrawClub(id: club.id)
        var withdrawn = club
        withdrawn.withdrawn = true
        return withdrawn
    }

    /// The current semester's clubs that pass `filter`; with a student, only those the student can
    /// take (the student must be enrolled, and be one the person acting may look at).
    public func clubs(_ filter: ClubFilter) throws -> [Club] {
        let semester = try currentSemester()
        let database = try database()
        var clubs = try database.clubs(semester: semester.id)
        if let module = filter.module { clubs = clubs.filter { $0.module == module } }
        if let grade = filter.grade { clubs = clubs.filter { $0.grades.contains(grade) } }
        if let (text, flag) = filter.days {
            let days = try DayList.parse(text, flag: flag, policy: try policy())
            clubs = clubs.filter { club in days.allSatisfy(club.days.contains) }
        }
        if let segment = filter.segment { clubs = clubs.filter { $0.segment == segment } }
        if let id = filter.student {
            let (student, _) = try requireStudent(id)
            try authorize("club list", student: student)
            let enrolment = try requireEnrolment(student, semester: semester)
            let policy = try policy()
            clubs = clubs.filter { policy.ineligibility(of: $0, grade: student.grade, enrolment: enrolment).isEmpty }
        }
        return clubs
    }
}
