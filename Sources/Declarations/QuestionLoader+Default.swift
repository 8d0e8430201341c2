import Model

extension QuestionLoader {
    /// A question's `default`, read by its type and stored as answer text: `yes`, `3`, `time content`.
    static func defaultAnswer(_ slot: Slot, for question: Question, reader: DeclarationReader) -> String? {
        switch question.type {
        case .yesNo:
            return oneOf(slot, ["yes", "no"], owner: question.id, reader: reader)
        case .single:
            return oneOf(slot, question.choices.map(\.value), owner: question.id, reader: reader)
        case .multi:
            let values: [String]
            if case .list = slot.value {
                values = (reader.list(slot) ?? []).compactMap {
                    oneOf($0, question.choices.map(\.value), owner: question.id, reader: reader)
                }
            } else {
                guard let text = reader.text(slot) else { return nil }
                values = text.split(separator: " ").compactMap { part in
                    let part = String(part)
                    guard question.choice(part) == nil else { return part }
                    let allowed = question.choices.map(\.value)
                    reader.report(
                        .notAChoice(
                            part, of: question.id, suggestion: Suggestion.closest(to: part, among: allowed),
                            choices: allowed), slot)
                    return nil
                }
            }
            return values.joined(separator: " ")
        case .scale, .integer:
            return reader.integer(slot).flatMap { within(Double($0), slot, question, reader) ? String($0) : nil }
        case .decimal:
            return reader.number(slot).flatMap { within($0, slot, question, reader) ? slot.value.text : nil }
        case .text:
            guard let text = reader.text(slot) else { return nil }
            if let maxLength = question.maxLength, text.count > maxLength {
                reader.report(.tooLong(text.count, maxLength: maxLength), slot)
                return nil
            }
            return text
        case .date:
            guard let text = reader.text(slot) else { return nil }
            guard CalendarDate(text) != nil else {
                reader.report(.wrongType(.date, found: .scalar(text)), slot)
                return nil
            }
            return text
        case .time:
            return reader.time(slot)?.description
        }
    }

    /// The slot's text when it is one of `allowed`; reported otherwise.
    private static func oneOf(_ slot: Slot, _ allowed: [String], owner: String, reader: DeclarationReader) -> String? {
        guard let text = reader.text(slot) else { return nil }
        guard allowed.contains(text) else {
            reader.report(
                .notAChoice(
                    text, of: owner, suggestion: Suggestion.closest(to: text, among: allowed), choices: allowed), slot)
            return nil
        }
        return text
    }

    private static func within(_ value: Double, _ slot: Slot, _ question: Question, _ reader: DeclarationReader) -> Bool
    {
        let tooLow = question.min.map { value < $0 } ?? false
        let tooHigh = question.max.map { value > $0 } ?? false
        if tooLow || tooHigh {
            reader.report(.outsideBounds(slot.value.text ?? "", min: question.min, max: question.max), slot)
            return false
        }
        return true
    }
}
