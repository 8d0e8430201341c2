/// A club a teacher or the coordinator asks to publish, as typed: each value is the text given for
/// it (nil when not given), so that every refusal can quote what was typed and name where.
public struct ClubRequest: Sendable, Equatable {
    /// The module's id.
    public var module: String
    /// The number of the module's template to start from, as typed.
    public var template: String?
    public var title: String?
    /// A grade range such as `3-5`.
    public var grades: String?
    public var capacity: String?
    /// School days such as `mon,wed`.
    public var days: String?
    public var segment: String?
    /// The club's id; the store makes one when nil.
    public var id: String?
    public var minimum: String?
    public var teacher: String?
    public var contract: String?
    public var room: String?
    /// Module fields as `FIELD=VALUE`, in the order given.
    public var assignments: [String]

    public init(
        module: String, template: String? = nil, title: String? = nil, grades: String? = nil, capacity: String? = nil,
        days: String? = nil, segment: String? = nil, id: String? = nil, minimum: String? = nil, teacher: String? = nil,
        contract: String? = nil, room: String? = nil, assignments: [String] = []
    ) {
        self.module = module
        self.template = template
        self.title = title
        self.grades = grades
        self.capacity = capacity
        self.days = days
        self.segment = segment
        self.id = id
        self.minimum = minimum
        self.teacher = teacher
        self.contract = contract
        self.room = room
        self.assignments = assignments
    }
}

/// Which of the semester's clubs to list: every given filter must hold.
public struct ClubFilter: Sendable {
    public var module: String?
    public var grade: Int?
    /// School days such as `mon,wed`, as typed with `flag`: a club must meet on all of them.
    public var days: (text: String, flag: String)?
    public var segment: String?
    /// Only the clubs this student can take.
    public var student: String?

    public init(
        module: String? = nil, grade: Int? = nil, days: (text: String, flag: String)? = nil, segment: String? = nil,
        student: String? = nil
    ) {
        self.module = module
        self.grade = grade
        self.days = days
        self.segment = segment
        self.student = student
    }
}
