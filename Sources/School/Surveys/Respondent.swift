import Model

/// Who a response is from, as the form's `once_per` counts them: the family (first guardian), the
/// student, or the person (each guardian). It gives the turn that a response spends, the children
/// whose grades, classes and modules the response keeps for breakdowns, and the module questions
/// that apply (PRODUCT §3.1, §6).
public struct Respondent: Sendable {
    /// Whose turn the response spends: a guardian's id, or a student's when the form counts students.
    let holder: String
    /// The children the response speaks for.
    public let children: [Model.Student]

    /// The respondent for a student, by the form's `once_per` (a logged-in parent answers as themself).
    static func forStudent(_ student: Model.Student, form: Form, identity: Identity?, roster: SchoolRoster)
        -> Respondent
    {
        switch form.oncePer {
        case .student:
            return Respondent(holder: student.id, children: [student])
        case .family:
            return Respondent(holder: student.guardianID, children: roster.children(of: student.guardianID))
        case .person:
            let guardian = identity?.role == .parent ? identity?.id ?? student.guardianID : student.guardianID
            return Respondent(holder: guardian, children: roster.children(of: guardian))
        }
    }

    /// The respondent a code was issued to.
    public static func forHolder(_ holder: String, form: Form, roster: SchoolRoster) -> Respondent {
        if form.oncePer == .student, let student = roster.students[holder] {
            return Respondent(holder: holder, children: [student])
        }
        return Respondent(holder: holder, children: roster.children(of: holder))
    }

    /// Distinct grades, classes and modules of the children, for breakdowns.
    func groups(roster: SchoolRoster) -> [String: [String]] {
        func distinct(_ keys: [String]) -> [String] { keys.count < 2 ? keys : Set(keys).sorted() }
        return [
            "grade": distinct(children.map { String($0.grade) }),
            "class": distinct(children.map(\.className)),
            "module": distinct(children.flatMap { roster.modules[$0.id] ?? [] }),
        ]
    }

    /// The questions of the modules in which a child of the respondent is placed, in module order.
    func moduleQuestions(roster: SchoolRoster, catalogModules: [ActivityModule]) -> [Question] {
        let placed = Set(children.flatMap { roster.modules[$0.id] ?? [] })
        return catalogModules.filter { placed.contains($0.id) }.flatMap(\.survey)
    }
}
