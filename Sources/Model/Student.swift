/// A pupil on the roster. A family is the children who share a first guardian.
public struct Student: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var grade: Int
    public var className: String
    public var guardianID: String
    public var guardian2ID: String?

    public init(id: String, name: String, grade: Int, className: String, guardianID: String, guardian2ID: String? = nil)
    {
        self.id = id
        self.name = name
        self.grade = grade
        self.className = className
        self.guardianID = guardianID
        self.guardian2ID = guardian2ID
    }

    /// Whether `guardian` is the pupil's first or second guardian.
    public func hasGuardian(_ guardian: String) -> Bool {
        guardianID == guardian || guardian2ID == guardian
    }
}

/// A parent or other guardian named on the roster.
public struct Guardian: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var phone: String?

    public init(id: String, name: String, phone: String? = nil) {
        self.id = id
        self.name = name
        self.phone = phone
    }
}
