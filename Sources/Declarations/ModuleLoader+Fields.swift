import Model

extension ModuleLoader {
    static let fieldKeys = ["id", "type", "label", "help", "required", "choices", "default", "min", "max"]

    /// The extra facts every club of the module declares; ids unique and distinct from club facts.
    static func readFields(_ items: [Slot], reader: DeclarationReader) -> [ActivityModule.Field] {
        var fields: [ActivityModule.Field] = []
        var seen: [(id: String, slot: Slot)] = []
        for item in items {
            guard let map = reader.map(item, keys: fieldKeys, required: ["id", "type"]) else { continue }
            let idSlot = map["id"]
            let id = idSlot.flatMap(reader.name)
            if let id, let idSlot {
                seen.append((id, idSlot))
                if ActivityModule.clubFacts.contains(id) { reader.report(.fieldIsFact(id), idSlot) }
            }
            let type: FieldType? = map["type"].flatMap { reader.word($0, .type) }
            let label = map["label"].flatMap(reader.localized)
            let help = map["help"].flatMap(reader.localized)
            let required = map["required"].flatMap(reader.boolean) ?? false
            guard let id, let type else { continue }
            var field = ActivityModule.Field(id: id, type: type, label: label, help: help, required: required)
            readTypeKeys(map, into: &field, reader: reader)
            if let slot = map["default"] { field.defaultValue = value(slot, for: field, reader: reader) }
            fields.append(field)
        }
        reader.checkUnique(seen, as: .field)
        return fields
    }

    private static func readTypeKeys(
        _ map: MapReading, into field: inout ActivityModule.Field, reader: DeclarationReader
    ) {
        let type = field.type
        let notFor = { (key: String) in
            if let slot = map.slot(key) {
                reader.report(.keyNotApplicable(key: key, type: type.rawValue, question: false), slot)
            }
        }
        if field.type == .choice || field.type == .multi {
            if let slot = map["choices"] {
                field.choices = QuestionLoader.choices(slot, reader: reader) ?? []
            } else if !map.has("choices") {
                reader.report(.missingKey("choices"), at: map.position, path: map.path)
            }
        } else {
            notFor("choices")
        }
        guard field.type == .integer || field.type == .decimal else {
            notFor("min")
            notFor("max")
            return
        }
        let read = { (slot: Slot) -> Double? in
            type == .integer ? reader.integer(slot).map(Double.init) : reader.number(slot)
        }
        field.min = map["min"].flatMap(read)
        field.max = map["max"].flatMap(read)
        if let min = field.min, let max = field.max, min > max, let slot = map["max"] {
            reader.report(.badBounds(min: min, max: max, strict: false), slot)
        }
    }

    /// A value of `field` (its default, or a template's), read by the field's type.
    static func value(_ slot: Slot, for field: ActivityModule.Field, reader: DeclarationReader) -> FieldValue? {
        switch field.type {
        case .text:
            return reader.text(slot).map(FieldValue.text)
        case .integer:
            guard let n = reader.integer(slot), within(Double(n), slot, field, reader) else { return nil }
            return .integer(n)
        case .decimal:
            guard let d = reader.number(slot), within(d, slot, field, reader) else { return nil }
            return .decimal(d)
        case .boolean:
            return reader.boolean(slot).map(FieldValue.boolean)
        case .time:
            return reader.time(slot).map(FieldValue.time)
        case .choice:
            return choice(slot, of: field, reader: reader).map(FieldValue.text)
        case .multi:
            let items: [Slot]
            if case .list = slot.value { items = reader.list(slot) ?? [] } else { items = [slot] }
            let values = items.compactMap { choice($0, of: field, reader: reader) }
            return values.count == items.count ? .multi(values) : nil
        }
    }

    private static func choice(_ slot: Slot, of field: ActivityModule.Field, reader: DeclarationReader) -> String? {
        guard let text = reader.text(slot) else { return nil }
        let allowed = field.choices.map(\.value)
        // Missing choices are reported once, on the field.
        guard allowed.isEmpty || allowed.contains(text) else {
            let suggestion = Suggestion.closest(to: text, among: allowed)
            reader.report(.notAChoice(text, of: field.id, suggestion: suggestion, choices: allowed), slot)
            return nil
        }
        return text
    }

    private static func within(
        _ value: Double, _ slot: Slot, _ field: ActivityModule.Field, _ reader: DeclarationReader
    ) -> Bool {
        let tooLow = field.min.map { value < $0 } ?? false
        let tooHigh = field.max.map { value > $0 } ?? false
        if tooLow || tooHigh {
            reader.report(.outsideBounds(slot.value.text ?? "", min: field.min, max: field.max), slot)
            return false
        }
        return true
    }
}
