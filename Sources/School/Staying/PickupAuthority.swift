import Model

/// Who may collect a child: the roster's guardians (by name or id), the people the family added,
/// and whether the family lets the child go home alone.
public struct PickupAuthority: Sendable {
    public let guardians: [Guardian]
    public let added: [PickupPerson]

    public init(guardians: [Guardian], added: [PickupPerson]) {
        self.guardians = guardians
        self.added = added
    }

    /// The outcome of checking who takes a child home.
    public struct Finding: Sendable {
        /// On the list (or allowed to go alone).
        public var authorised: Bool
        /// `guardian` for a roster guardian, the family's word for an added person, nil otherwise.
        public var relation: String?
        /// The name to record: a guardian's name when their id was typed; nil for going home alone.
        public var name: String?
    }

    /// Checks `name` (nil: the child goes home alone) against the list.
    public func check(_ name: String?) -> Finding {
        guard let name else { return Finding(authorised: added.contains(where: \.isAlone), relation: nil, name: nil) }
        if let guardian = guardians.first(where: { $0.name == name || $0.id == name }) {
            return Finding(authorised: true, relation: "guardian", name: guardian.name)
        }
        if let person = added.first(where: { $0.name == name }) {
            return Finding(authorised: true, relation: person.relation, name: name)
        }
        return Finding(authorised: false, relation: nil, name: name)
    }

    /// Why the person (or going alone) is refused, and how to proceed.
    public static func refusal(_ name: String?, student: String) -> Refusal {
        let message =
            name.map {
                LocalizedText(zh: "'\($0)' 不在 \(student) 的接送名单上", en: "'\($0)' is not on \(student)'s pickup list")
            }
            ?? LocalizedText(
                zh: "\(student) 的家庭没有允许孩子自行回家", en: "\(student)'s family has not allowed them to go home alone")
        return Refusal(
            message,
            hint: LocalizedText(
                zh: "'pickup list \(student)' 显示名单；确需放行，老师加 --override --note 说明",
                en:
                    "'pickup list \(student)' shows the list; to let the child go anyway, a teacher adds --override "
                    + "--note TEXT"
            ))
    }
}
