import Model

extension ModuleLoader {
    /// The club facts a template may fix, besides the module's fields.
    static let templateFacts = ["title", "grades", "capacity", "min", "days", "segment", "room", "teacher"]

    /// Ready-made clubs: each fact or field value read by its type and held to the module's limits.
    /// `context` is nil when the module itself is broken; the values are then read for their types only.
    static func readTemplates(
        _ items: [Slot], context: ActivityModule?, fields: [ActivityModule.Field], fieldIDs: [String],
        reader: DeclarationReader
    ) -> [ActivityModule.Template] {
        let keys = templateFacts + fieldIDs
        return items.compactMap { item in
            guard let map = reader.map(item, keys: keys) else { return nil }
            var entries: [ActivityModule.Template.Entry] = []
            var complete = true
            for key in map.order {
                guard let slot = map[key] else { continue }
                let value: FieldValue?
                if let field = fields.first(where: { $0.id == key }) {
                    value = self.value(slot, for: field, reader: reader)
                } else if templateFacts.contains(key) {
                    value = fact(key, slot, context: context, reader: reader)
                } else {
                    value = nil  // a field with a problem of its own, already reported
                }
                if let value { entries.append(.init(name: key, value: value)) } else { complete = false }
            }
            let template = ActivityModule.Template(entries: entries)
            if let min = template["min"], case .integer(let n) = min,
                let capacity = template.capacity ?? context?.capacity.default,
                n > capacity, let slot = map["min"]
            {
                reader.report(.minOverCapacity(min: n, capacity: capacity), slot)
                complete = false
            }
            return complete ? template : nil
        }
    }

    private static func fact(_ key: String, _ slot: Slot, context: ActivityModule?, reader: DeclarationReader)
        -> FieldValue?
    {
        switch key {
        case "title":
            return reader.localized(slot).map(FieldValue.localized)
        case "grades":
            guard let range = reader.grades(slot) else { return nil }
            if let module = context?.grades, !module.contains(range) {
                reader.report(.outsideModuleGrades(range, module: module), slot)
                return nil
            }
            return .grades(range)
        case "capacity":
            guard let n = reader.integer(slot, minimum: 1) else { return nil }
            if let max = context?.capacity.max, n > max {
                reader.report(.overModuleCapacity(n, max: max), slot)
                return nil
            }
            return .integer(n)
        case "min":
            return reader.integer(slot, minimum: 1).map(FieldValue.integer)
        case "days":
            return reader.weekdays(slot).map(FieldValue.days)
        case "segment":
            guard let id = reader.identifier(slot) else { return nil }
            if let segments = context?.segments, !segments.contains(id) {
                reader.report(.segmentNotInModule(id, suggestion: Suggestion.closest(to: id, among: segments)), slot)
                return nil
            }
            return .text(id)
        default:
            return reader.text(slot).map(FieldValue.text)
        }
    }
}
