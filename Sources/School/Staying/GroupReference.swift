import Model
import Store

/// A club or a study group named on the command line, with what registers and staffing need.
public struct GroupReference: Sendable {
    /// A club, or a study group of the published allocation.
    public enum Kind: String, Sendable {
        case club, study
    }

    public let id: String
    public let kind: Kind
    public let title: LocalizedText
    /// The segment's index in the policy.
    public let segment: Int
    /// The weekdays it meets.
    public let days: [Weekday]
    public let club: Club?

    /// Resolves `id` in the current semester: a club (not withdrawn), or a study group of the
    /// published allocation when `studyGroups` are given.
    public static func resolve(
        _ id: String, semester: Semester, school: SchoolContext, studyGroups: [StoredStudyGroup]?
    ) throws -> GroupReference {
        let database = try school.database()
        let policy = try school.policy()
        if let club = try database.club(id: id), club.semester == semester.id, !club.withdrawn {
            return GroupReference(
                id: club.id, kind: .club, title: club.title,
                segment: policy.segmentIDs.firstIndex(of: club.segment) ?? 0,
                days: club.days, club: club)
        }
        if let group = studyGroups?.first(where: { $0.id == id }) {
            let title = LocalizedText(
                zh: "\(group.grade) 年级学习组 \(group.number)", en: "grade \(group.grade) study group \(group.number)")
            return GroupReference(
                id: group.id, kind: .study, title: title, segment: group.segment,
                days: Weekday(index: group.day).map { [$0] } ?? [], club: nil)
        }
        let known = try database.clubs(semester: semester.id).map(\.id) + (studyGroups ?? []).map(\.id)
        let near = Suggestion.closest(to: id, among: known)
        throw Refusal(
            LocalizedText(zh: "本学期没有社团或学习组 '\(id)'", en: "no club or study group '\(id)' this semester"),
            hint: near.map(Suggestion.didYouMean)
                ?? LocalizedText(
                    zh: "'register list --date D' 列出当天的班组",
                    en: "'register list --date D' lists the groups meeting that day"))
    }

    /// Whether it meets on a day that follows `weekday`'s timetable.
    public func meets(on weekday: Weekday) -> Bool { days.contains(weekday) }

    /// Every club and study group of the published allocation meeting on `weekday`, in segment order.
    public static func meeting(on weekday: Weekday, semester: Semester, school: SchoolContext) throws
        -> [GroupReference]
    {
        let database = try school.database()
        let policy = try school.policy()
        let cancelled = Set(try database.cancellations(semester: semester.id, state: .published).map(\.club))
        let clubs = try database.clubs(semester: semester.id).filter {
            $0.days.contains(weekday) && !cancelled.contains($0.id)
        }.map { club in
            GroupReference(
                id: club.id, kind: .club, title: club.title,
                segment: policy.segmentIDs.firstIndex(of: club.segment) ?? 0, days: club.days, club: club)
        }
        let groups = try database.studyGroups(semester: semester.id, state: .published).filter {
            $0.day == weekday.index
        }.map { group in
            GroupReference(
                id: group.id, kind: .study,
                title: LocalizedText(
                    zh: "\(group.grade) 年级学习组 \(group.number)", en: "grade \(group.grade) study group \(group.number)"),
                segment: group.segment, days: [weekday], club: nil)
        }
        return (clubs + groups).sorted {
            ($0.segment, $0.kind == .study ? 1 : 0, $0.id) < ($1.segment, $1.kind == .study ? 1 : 0, $1.id)
        }
    }
}
