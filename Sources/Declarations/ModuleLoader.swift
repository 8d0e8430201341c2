import Model

/// Reads an activity module, `Plugins/<id>/module.yaml`.
enum ModuleLoader {
    static let keys = [
        "module", "version", "name", "summary", "segments", "grades", "capacity", "fields", "rules", "templates",
        "survey",
    ]

    /// The module in `root`, or nil after reporting why not; `folder` is the name of the folder
    /// holding `module.yaml`, which the id must equal.
    static func module(_ root: YAMLValue, folder: String?, reader: DeclarationReader) -> ActivityModule? {
        let required = ["module", "version", "name", "segments", "grades", "capacity"]
        guard let map = reader.map(Slot(root: root), keys: keys, required: required) else { return nil }
        let id = map["module"].flatMap(reader.identifier)
        if let id, let folder, id != folder, let slot = map["module"] {
            reader.report(.idDiffersFromFolder(id: id, folder: folder), slot)
        }
        let version = map["version"].flatMap { reader.integer($0, minimum: 1) }
        let name = map["name"].flatMap(reader.localized)
        let summary = map["summary"].flatMap(reader.localized)
        let segments = map["segments"].flatMap { readSegments($0, reader: reader) }
        let grades = map["grades"].flatMap(reader.grades)
        let capacity = map["capacity"].flatMap { readCapacity($0, reader: reader) }
        let fieldItems = map["fields"].flatMap(reader.list) ?? []
        let fields = readFields(fieldItems, reader: reader)
        // Rules and templates may name every field the file declares, even one with a problem of its own.
        let fieldIDs = fieldItems.compactMap { $0.value.text(of: "id") }
        let rules = map["rules"].flatMap(reader.list).map { readRules($0, fieldIDs: fieldIDs, reader: reader) } ?? []
        let survey = map["survey"].flatMap(reader.list).map { QuestionLoader.questions($0, reader: reader) } ?? []
        let templateItems = map["templates"].flatMap(reader.list) ?? []
        guard let id, let version, let name, let segments, let grades, let capacity else {
            // The templates still get their own problems reported, checked for their types only.
            _ = readTemplates(templateItems, context: nil, fields: fields, fieldIDs: fieldIDs, reader: reader)
            return nil
        }
        var module = ActivityModule(
            id: id, version: version, name: name, summary: summary, segments: segments,
            grades: grades, capacity: capacity, fields: fields, rules: rules, survey: survey)
        module.templates = readTemplates(
            templateItems, context: module, fields: fields, fieldIDs: fieldIDs, reader: reader)
        return module
    }

    /// The segment ids a module's clubs may meet in, each once.
    private static func readSegments(_ slot: Slot, reader: DeclarationReader) -> [String]? {
        guard let items = reader.nonEmptyList(slot) else { return nil }
        var ids: [(id: String, slot: Slot)] = []
        for item in items {
            if let id = reader.identifier(item) { ids.append((id, item)) }
        }
        reader.checkUnique(ids, as: .segment)
        guard ids.count == items.count else { return nil }
        var seen = Set<String>()
        return ids.map(\.id).filter { seen.insert($0).inserted }
    }

    /// `{default: 30, max: 40}`; `max` defaults to `default` and may not be below it.
    private static func readCapacity(_ slot: Slot, reader: DeclarationReader) -> ActivityModule.Capacity? {
        guard let map = reader.map(slot, keys: ["default", "max"], required: ["default"]) else { return nil }
        let value = map["default"].flatMap { reader.integer($0, minimum: 1, maximum: 1000) }
        let max = map["max"].flatMap { reader.integer($0, minimum: 1, maximum: 1000) }
        guard let value, max != nil || map["max"] == nil else { return nil }
        if let max, value > max {
            reader.report(.capacityOverMax(default: value, max: max), slot)
            return nil
        }
        return ActivityModule.Capacity(default: value, max: max)
    }

    /// Rules checked when a club is published: an expression over the club's facts and fields,
    /// and the message shown when it does not hold.
    private static func readRules(_ items: [Slot], fieldIDs: [String], reader: DeclarationReader) -> [ActivityModule
        .Rule]
    {
        let names = ActivityModule.clubFacts + fieldIDs
        return items.compactMap { item in
            guard let map = reader.map(item, keys: ["check", "message"], required: ["check", "message"]) else {
                return nil
            }
            let check = map["check"].flatMap { slot in
                reader.expression(slot).map { source in
                    ExpressionCheck.check(source, scope: .init(names: names), reader: reader, path: slot.path)
                    return source
                }
            }
            let message = map["message"].flatMap(reader.localized)
            guard let check, let message else { return nil }
            return ActivityModule.Rule(check: check, message: message)
        }
    }
}
