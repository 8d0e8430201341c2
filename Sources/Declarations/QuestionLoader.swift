import Model

/// Reads survey questions: a form's, or those a module adds to the semester survey.
enum QuestionLoader {
    static let keys = [
        "id", "type", "text", "help", "required", "relevant", "constraint", "constraint_message",
        "choices", "min", "max", "labels", "max_length", "default",
    ]

    /// Reads a list of questions whose logic may read only the questions before each one.
    static func questions(_ items: [Slot], reader: DeclarationReader) -> [Question] {
        // Every id first, so that naming a later question gets its own message.
        let ids = items.map { $0.value.text(of: "id") }
        var questions: [Question] = []
        var seen: [(id: String, slot: Slot)] = []
        for (index, item) in items.enumerated() {
            let earlier = ids[..<index].compactMap { $0 }
            let later = Set(ids[(index + 1)...].compactMap { $0 })
            if let question = question(item, earlier: earlier, later: later, reader: reader) {
                questions.append(question)
            }
            if let id = ids[index], case .map(let entries, _) = item.value,
                let entry = entries.first(where: { $0.key == "id" })
            {
                seen.append((id, Slot(value: entry.value, at: entry.keyPosition, path: item.path.key("id"))))
            }
        }
        reader.checkUnique(seen, as: .question)
        return questions
    }

    private static func question(_ slot: Slot, earlier: [String], later: Set<String>, reader: DeclarationReader)
        -> Question?
    {
        guard let map = reader.map(slot, keys: keys, required: ["id", "type", "text"]) else { return nil }
        let id = map["id"].flatMap(reader.name)
        let type: QuestionType? = map["type"].flatMap { reader.word($0, .type) }
        let text = map["text"].flatMap(reader.localized)
        let help = map["help"].flatMap(reader.localized)
        let required = map["required"].flatMap(reader.boolean) ?? false
        let message = map["constraint_message"].flatMap(reader.localized)
        var scope = ExpressionCheck.Scope(names: earlier, later: later, current: id)
        let relevant = map["relevant"].flatMap { slot in
            reader.expression(slot).map { source in
                ExpressionCheck.check(source, scope: scope, reader: reader, path: slot.path)
                return source
            }
        }
        scope.allowDot = true
        let constraint = map["constraint"].flatMap { slot in
            reader.expression(slot).map { source in
                ExpressionCheck.check(source, scope: scope, reader: reader, path: slot.path)
                return source
            }
        }
        guard let id, let type, let text else { return nil }
        var question = Question(
            id: id, type: type, text: text, help: help, required: required,
            relevant: relevant, constraint: constraint, constraintMessage: message)
        readTypeKeys(map, into: &question, reader: reader)
        if let slot = map["default"] {
            question.defaultAnswer = defaultAnswer(slot, for: question, reader: reader)
        }
        return question
    }

    /// The keys that only some types take: choices, bounds, labels, length.
    private static func readTypeKeys(_ map: MapReading, into question: inout Question, reader: DeclarationReader) {
        let type = question.type
        let notFor = { (key: String) in
            if let slot = map.slot(key) {
                reader.report(.keyNotApplicable(key: key, type: type.rawValue, question: true), slot)
            }
        }
        if type == .single || type == .multi {
            if let slot = map["choices"] {
                question.choices = choices(slot, reader: reader) ?? []
            } else if !map.has("choices") {
                reader.report(.missingKey("choices"), at: map.position, path: map.path)
            }
        } else {
            notFor("choices")
        }
        if [.scale, .integer, .decimal].contains(type) {
            readBounds(map, into: &question, reader: reader)
        } else {
            notFor("min")
            notFor("max")
        }
        if type == .scale, let slot = map["labels"] {
            question.labels = labels(slot, points: question.scalePoints, reader: reader)
        } else if type != .scale {
            notFor("labels")
        }
        if type == .text {
            question.maxLength = map["max_length"].flatMap { reader.integer($0, minimum: 1) }
        } else {
            notFor("max_length")
        }
    }

    private static func readBounds(_ map: MapReading, into question: inout Question, reader: DeclarationReader) {
        let whole = question.type != .decimal
        // A scale's points are listed one by one (help, review, results): a hundred is plenty.
        let largest = question.type == .scale ? 100 : 1_000_000_000
        let read = { (slot: Slot) -> Double? in
            whole
                ? reader.integer(slot, minimum: -largest, maximum: largest).map(Double.init) : reader.number(slot)
        }
        question.min = map["min"].flatMap(read)
        question.max = map["max"].flatMap(read)
        if question.type == .scale {
            for key in ["min", "max"] where !map.has(key) {
                reader.report(.missingKey(key), at: map.position, path: map.path)
            }
        }
        if let min = question.min, let max = question.max, let slot = map["max"] {
            let strict = question.type == .scale
            if strict ? min >= max : min > max {
                reader.report(.badBounds(min: min, max: max, strict: strict), slot)
                question.min = nil
                question.max = nil
            }
        }
    }

    /// Words for scale points: `{1: 很不满意, 5: 非常满意}`.
    private static func labels(_ slot: Slot, points: ClosedRange<Int>?, reader: DeclarationReader) -> [Int:
        LocalizedText]
    {
        guard case .map(let entries, _) = slot.value else {
            reader.report(.wrongType(.map, found: FoundValue(slot.value)), slot)
            return [:]
        }
        var labels: [Int: LocalizedText] = [:]
        var seen: [(id: String, slot: Slot)] = []
        for entry in entries {
            let keySlot = Slot(
                value: .scalar(entry.key, .init(position: entry.keyPosition, quoted: false, isNull: false)),
                at: entry.keyPosition, path: slot.path.key(entry.key))
            guard let point = reader.integer(keySlot) else { continue }
            seen.append((String(point), keySlot))
            if let points, !points.contains(point) {
                reader.report(.labelOutsideScale(point, points), keySlot)
                continue
            }
            let valueSlot = Slot(value: entry.value, at: entry.keyPosition, path: keySlot.path, key: entry.key)
            labels[point] = reader.localized(valueSlot)
        }
        reader.checkUnique(seen, as: .label)
        return labels
    }

    /// The options of a `single`/`multi` question or a `choice`/`multi` field: bare values, or
    /// `{value, label}`; each value once, without spaces.
    static func choices(_ slot: Slot, reader: DeclarationReader) -> [Choice]? {
        guard let items = reader.nonEmptyList(slot) else { return nil }
        var choices: [Choice] = []
        var seen: [(id: String, slot: Slot)] = []
        for item in items {
            var valueSlot = item
            var label: LocalizedText?
            if case .map = item.value {
                guard let map = reader.map(item, keys: ["value", "label"], required: ["value"]),
                    let value = map["value"]
                else { continue }
                valueSlot = value
                label = map["label"].flatMap(reader.localized)
            }
            guard let value = reader.text(valueSlot) else { continue }
            if value.contains(" ") {
                reader.report(.choiceHasSpace(value), valueSlot)
                continue
            }
            seen.append((value, valueSlot))
            choices.append(Choice(value: value, label: label))
        }
        reader.checkUnique(seen, as: .choice)
        return choices
    }
}
