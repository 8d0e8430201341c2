/// Who is using the shell. Whoever opens the database file is the coordinator (`admin`).
public enum Role: String, Sendable, CaseIterable, Codable {
    case admin, teacher, student, parent

    public var name: LocalizedText {
        switch self {
        case .admin: LocalizedText(zh: "协调员", en: "coordinator")
        case .teacher: LocalizedText(zh: "教师", en: "teacher")
        case .student: LocalizedText(zh: "学生", en: "student")
        case .parent: LocalizedText(zh: "家长", en: "parent")
        }
    }
}

/// A logged-in person: a role and the id of a teacher, student or guardian.
public struct Identity: Sendable, Hashable {
    public let role: Role
    public let id: String
    public let name: String

    public init(role: Role, id: String, name: String) {
        self.role = role
        self.id = id
        self.name = name
    }

    /// The operator who opened the database.
    public static let coordinator = Identity(role: .admin, id: "admin", name: "")
}
