/// A problem with the input that makes a run meaningless; found before anything is computed.
public enum AllocationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The policy declares no segment, or more than the engine's limit of 32.
    case segmentCount(Int)
    /// `clubs_per_student` is below 1.
    case clubsPerStudent(Int)
    /// `study_group.size` is below 1.
    case studyGroupSize(Int)
    /// The preference lists do not cover exactly the students, or their offsets are broken.
    case preferenceShape(students: Int, lists: Int)
    /// A student's enrolment ends in a segment that does not exist.
    case enrolmentSegment(student: String, until: Int)
    /// A student has a negative (or absurdly large) class index.
    case classIndex(student: String, index: Int)
    /// A grade does not fit the engine's 32-bit grade field.
    case grade(student: String, grade: Int)
    /// A club meets in a segment that does not exist.
    case clubSegment(club: Int, segment: Int)
    /// A club meets on no day.
    case clubDays(club: Int)
    /// A club has a negative capacity or minimum.
    case clubSize(club: Int, capacity: Int, minimum: Int)

    public var description: String {
        switch self {
        case .segmentCount(let n):
            "the number of segments must be between 1 and 32, not '\(n)'"
        case .clubsPerStudent(let n):
            "clubs per student must be at least 1, not '\(n)'"
        case .studyGroupSize(let n):
            "the study group size must be at least 1, not '\(n)'"
        case .preferenceShape(let students, let lists):
            "there are \(students) students but \(lists) preference lists"
        case .enrolmentSegment(let student, let until):
            "student '\(student)' is enrolled until segment \(until), which does not exist"
        case .classIndex(let student, let index):
            "student '\(student)' has an out-of-range class index '\(index)'"
        case .grade(let student, let grade):
            "student '\(student)' has an out-of-range grade '\(grade)'"
        case .clubSegment(let club, let segment):
            "club \(club) meets in segment \(segment), which does not exist"
        case .clubDays(let club):
            "club \(club) meets on no day"
        case .clubSize(let club, let capacity, let minimum):
            "club \(club) has capacity '\(capacity)' and minimum '\(minimum)'; neither may be negative"
        }
    }
}
