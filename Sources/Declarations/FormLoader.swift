import Model

/// Reads a survey form, `Catalog/forms/<id>.yaml`.
enum FormLoader {
    static let keys = ["form", "version", "title", "audience", "anonymous", "once_per", "questions"]

    /// The form in `root`, or nil after reporting why not; `fileStem` is the file's name without
    /// `.yaml` when the form lives in a forms folder, where the two must agree.
    static func form(_ root: YAMLValue, fileStem: String?, reader: DeclarationReader) -> Form? {
        guard let map = reader.map(Slot(root: root), keys: keys, required: ["form", "version", "title", "questions"])
        else {
            return nil
        }
        let id = map["form"].flatMap(reader.identifier)
        if let id, let fileStem, id != fileStem, let slot = map["form"] {
            reader.report(.idDiffersFromFile(id: id, file: fileStem + ".yaml"), slot)
        }
        let version = map["version"].flatMap { reader.integer($0, minimum: 1) }
        let title = map["title"].flatMap(reader.localized)
        let audience = map["audience"].map { reader.word($0, .audience, as: Form.Audience.self) } ?? .parent
        let anonymous = map["anonymous"].map(reader.boolean) ?? true
        let oncePer = map["once_per"].map { reader.word($0, .oncePer, as: Form.OncePer.self) } ?? .family
        let questions = map["questions"].flatMap(reader.nonEmptyList).map {
            QuestionLoader.questions($0, reader: reader)
        }
        guard let id, let version, let title, let audience, let anonymous, let oncePer, let questions else {
            return nil
        }
        return Form(
            id: id, version: version, title: title, audience: audience, anonymous: anonymous,
            oncePer: oncePer, questions: questions)
    }
}
