import Model
import Store

/// The roster as the surveys need it: students, children by guardian, and the modules each child
/// is placed in by the published allocation.
public struct SchoolRoster: Sendable {
    /// Every student, by id.
    public let students: [String: Model.Student]
    /// The children of each guardian, first or second.
    public let byGuardian: [String: [Model.Student]]
    /// The modules each student is placed in, by student id; empty before publishing.
    let modules: [String: [String]]

    /// The roster of `school` for `semester`.
    public init(_ school: SchoolContext, semester: Semester) throws {
        let database = try school.database()
        let all = try database.students()
        students = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byGuardian: [String: [Model.Student]] = [:]
        for student in all {
            byGuardian[student.guardianID, default: []].append(student)
            if let second = student.guardian2ID { byGuardian[second, default: []].append(student) }
        }
        self.byGuardian = byGuardian
        var modules: [String: [String]] = [:]
        if try database.isPublished(semester: semester.id) {
            let clubModules = Dictionary(
                try database.clubs(semester: semester.id, includeWithdrawn: true).map { ($0.id, $0.module) },
                uniquingKeysWith: { first, _ in first })
            for placement in try database.placements(semester: semester.id, state: .published) {
                guard let club = placement.club, let module = clubModules[club] else { continue }
                if !(modules[placement.student]?.contains(module) ?? false) {
                    modules[placement.student, default: []].append(module)
                }
            }
        }
        self.modules = modules
    }

    /// Everyone the form asks, as it counts them: each family (by its first guardian), each
    /// guardian, or each student.
    public func invitedHolders(form: Form) -> [String] {
        switch form.oncePer {
        case .family: Array(Set(students.values.map(\.guardianID))).sorted()
        case .student: students.keys.sorted()
        case .person: byGuardian.keys.sorted()
        }
    }

    /// The children of `guardian`, first or second.
    public func children(of guardian: String) -> [Model.Student] { byGuardian[guardian] ?? [] }
}
