import Model
import Store

/// Where each of some children is at one moment, with what their places point at.
public struct ClassWhereabouts: Sendable {
    public let day: StayingDay
    public let places: PlaceContext
    public let children: [(student: Student, whereabouts: StayingDay.Whereabouts)]
}

extension SchoolContext {
    /// A child's week: their places in every day and segment, and what the places point at.
    /// Families see the published allocation; staff the draft when there is one.
    public func week(of id: String) throws -> (Student, [StoredPlacement], PlaceContext) {
        let (student, _) = try requireStudent(id)
        try authorize("week", student: student)
        let (semester, state) = try shownAllocation(publishedOnly: isFamily)
        let places = try PlaceContext(school: self, semester: semester)
        return (student, try database().placements(semester: semester.id, state: state, student: student.id), places)
    }

    /// Where the children of a class (or one child, or everyone) are on `date` at `time` (nil:
    /// today and now): in their group, on leave, absent, or gone home.
    public func whereabouts(className: String?, student: String?, date given: CalendarDate?, at givenTime: TimeOfDay?)
        throws -> ClassWhereabouts
    {
        let semester = try currentSemester()
        let database = try database()
        // Once published, the published groups are where children are, even while a new draft is looked at.
        let state: AllocationState =
            try database.isPublished(semester: semester.id) ? .published : try shownAllocation().1
        let date = try semesterDate(given, in: semester)
        let time = try timeOfDay(givenTime)
        var students = try database.students(className: className)
        if let student { students = [try requireStudent(student).student] }
        if let className, students.isEmpty {
            let classes = Set(try database.students().map(\.className)).sorted()
            let near = Suggestion.closest(to: className, among: classes)
            throw Refusal(
                LocalizedText(zh: "没有班级 '\(className)'", en: "no class '\(className)'"),
                hint: near.map(Suggestion.didYouMean))
        }
        let places = try PlaceContext(school: self, semester: semester)
        let day = try StayingDay(date: date, semester: semester, state: state, school: self)
        return ClassWhereabouts(
            day: day, places: places, children: students.map { ($0, day.whereabouts(of: $0.id, at: time)) })
    }
}
