/// A child expected in a group's register: from the published allocation.
public struct ExpectedMember: Sendable, Hashable {
    public var student: String
    public var name: String
    public var className: String

    public init(student: String, name: String, className: String) {
        self.student = student
        self.name = name
        self.className = className
    }
}
