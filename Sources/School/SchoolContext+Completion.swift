import Model
import Store

/// The kinds of ids a command line takes, for Tab completion.
public enum Vocabulary: Sendable {
    case students, clubs, groups, modules, forms, teachers, semesters, segments, classes
}

extension SchoolContext {
    /// The ids of `vocabulary` the person acting may see: every student for staff, one's own
    /// children for a parent, oneself for a student, and nothing for someone not logged in.
    /// Best effort: a missing database or catalog offers nothing.
    public func words(_ vocabulary: Vocabulary) -> [String] {
        guard let identity else { return [] }
        let staff = identity.role == .admin || identity.role == .teacher
        switch vocabulary {
        case .students:
            if staff { return (try? database().studentIDs()) ?? [] }
            return ((try? ownChildren()) ?? []).map(\.id)
        case .clubs:
            return ((try? database().clubs(semester: currentSemester().id)) ?? []).map(\.id)
        case .groups:
            guard staff, let semester = try? currentSemester() else { return [] }
            let clubs = ((try? database().clubs(semester: semester.id)) ?? []).map(\.id)
            let groups = ((try? database().studyGroups(semester: semester.id, state: .published)) ?? []).map(\.id)
            return clubs + groups
        case .modules: return catalog().modules.map(\.id)
        case .forms: return catalog().forms.map(\.id)
        case .teachers: return staff ? ((try? database().teachers()) ?? []).map(\.id) : []
        case .semesters: return identity.role == .admin ? ((try? database().semesters().all) ?? []).map(\.id) : []
        case .segments: return (try? policy().segmentIDs) ?? []
        case .classes: return staff ? Array(Set(((try? database().students()) ?? []).map(\.className))).sorted() : []
        }
    }
}
