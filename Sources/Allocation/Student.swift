/// One student as the engine sees them: an id for the lottery, a grade, a class and an enrolment.
///
/// `classIndex` only serves to keep classmates together in study groups; give the same index to
/// the same class and number classes in a stable order (for instance by sorted class name), so
/// that group numbering does not depend on the order rows were read in.
public struct Student: Hashable, Sendable {
    /// The student's id; the lottery hashes its UTF-8 bytes with the seed.
    public var id: String
    /// The student's grade (1 to 6 in a primary school).
    public var grade: Int
    /// A dense index of the student's class, used to keep classmates together in study groups.
    public var classIndex: Int
    /// The family's request for service, or nil when the student is not enrolled.
    public var enrolment: Enrolment?

    /// Creates a student.
    public init(id: String, grade: Int, classIndex: Int = 0, enrolment: Enrolment?) {
        self.id = id
        self.grade = grade
        self.classIndex = classIndex
        self.enrolment = enrolment
    }

    /// Whether the student takes part at all: enrolled on at least one day.
    public var isEnrolled: Bool {
        guard let enrolment else { return false }
        return !enrolment.days.isEmpty
    }

    /// Whether the student is enrolled on `day` (0 = Monday) in segment `segment`.
    public func isEnrolled(day: Int, segment: Int) -> Bool {
        guard let enrolment else { return false }
        return enrolment.days.contains(day: day) && segment >= 0 && segment <= enrolment.until
    }
}

/// A family's request for service: on which weekdays, and until the end of which segment.
///
/// A student enrolled `until` segment 1 is in every segment 0...1 of each enrolled day.
public struct Enrolment: Hashable, Sendable {
    /// The weekdays of service.
    public var days: Weekdays
    /// The index of the last segment of service (0 = the first segment of the afternoon).
    public var until: Int

    /// Creates an enrolment.
    public init(days: Weekdays, until: Int) {
        self.days = days
        self.until = until
    }
}
