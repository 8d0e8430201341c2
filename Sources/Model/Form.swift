/// A survey form, `Catalog/forms/<id>.yaml`: who answers it, how often, and its questions in order.
public struct Form: Sendable, Hashable, Identifiable {
    /// Who a form is meant for.
    public enum Audience: String, Sendable, Hashable, CaseIterable, Codable {
        case parent, student, teacher
    }

    /// Whose single response a semester allows.
    public enum OncePer: String, Sendable, Hashable, CaseIterable, Codable {
        case family, student, person
    }

    public var id: String
    /// A form that has responses changes only by a new version; reports compare versions on shared ids.
    public var version: Int
    public var title: LocalizedText
    public var audience: Audience
    /// When true, no answer is ever linked to a person or a code.
    public var anonymous: Bool
    public var oncePer: OncePer
    public var questions: [Question]

    public init(
        id: String, version: Int, title: LocalizedText, audience: Audience = .parent, anonymous: Bool = true,
        oncePer: OncePer = .family, questions: [Question]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.audience = audience
        self.anonymous = anonymous
        self.oncePer = oncePer
        self.questions = questions
    }

    /// The question with `id`.
    public func question(id: String) -> Question? { questions.first { $0.id == id } }

    /// The question ids in order.
    public var questionIDs: [String] { questions.map(\.id) }
}
