import Model

extension DeclarationReader {
    /// The text of a scalar.
    func text(_ slot: Slot) -> String? {
        guard case .scalar(let text, let info) = slot.value, !info.isNull else {
            report(.wrongType(.text, found: FoundValue(slot.value)), slot)
            return nil
        }
        return text
    }

    /// An id of a module, form, policy or segment: `[a-z][a-z0-9-]*`.
    func identifier(_ slot: Slot) -> String? {
        guard let text = text(slot) else { return nil }
        guard Self.isIdentifier(text) else {
            report(.invalidID(text), slot)
            return nil
        }
        return text
    }

    /// An id that expressions can name, of a field or a question: `[A-Za-z_][A-Za-z0-9_-]*`.
    func name(_ slot: Slot) -> String? {
        guard let text = text(slot) else { return nil }
        guard Self.isName(text) else {
            report(.invalidName(text), slot)
            return nil
        }
        return text
    }

    /// A whole number, at least `minimum` when one is given, and at most `maximum`: a number past
    /// what it can mean (a study group of a billion) is refused where it is written, before any
    /// command computes with it.
    func integer(_ slot: Slot, minimum: Int? = nil, maximum: Int = 100_000) -> Int? {
        let expected: ExpectedValue =
            switch minimum {
            case 1?: .positiveInteger
            case 0?: .nonNegativeInteger
            default: .integer
            }
        guard case .scalar(let text, _) = slot.value, let value = Self.parseInteger(text),
            value >= (minimum ?? Int.min)
        else {
            report(.wrongType(expected, found: FoundValue(slot.value)), slot)
            return nil
        }
        guard value <= maximum else {
            report(.outsideBounds(text, min: minimum.map(Double.init), max: Double(maximum)), slot)
            return nil
        }
        return value
    }

    /// A decimal number such as `3`, `-2.5` or `.5`.
    func number(_ slot: Slot) -> Double? {
        guard case .scalar(let text, _) = slot.value, let value = Self.parseNumber(text) else {
            report(.wrongType(.number, found: FoundValue(slot.value)), slot)
            return nil
        }
        guard abs(value) <= 1e9 else {
            report(.outsideBounds(text, min: -1e9, max: 1e9), slot)
            return nil
        }
        return value
    }

    /// `true` or `false` (`yes` and `no` too, since the key says a yes/no is meant).
    func boolean(_ slot: Slot) -> Bool? {
        if case .scalar(let text, _) = slot.value {
            switch text {
            case "true", "True", "TRUE", "yes", "Yes", "YES": return true
            case "false", "False", "FALSE", "no", "No", "NO": return false
            default: break
            }
        }
        report(.wrongType(.boolean, found: FoundValue(slot.value)), slot)
        return nil
    }

    /// A time of day written `HH:MM`.
    func time(_ slot: Slot) -> TimeOfDay? {
        guard let text = text(slot) else { return nil }
        guard let time = TimeOfDay(text) else {
            report(.notTime(text), slot)
            return nil
        }
        return time
    }

    /// A grade range `1-5` or a single grade `3`, within 1-9 and not reversed.
    func grades(_ slot: Slot) -> GradeRange? {
        guard let text = text(slot) else { return nil }
        guard let bounds = GradeRange.bounds(of: text) else {
            report(.notGradeRange(text), slot)
            return nil
        }
        guard GradeRange.validGrades.contains(bounds.lower), GradeRange.validGrades.contains(bounds.upper) else {
            report(.gradesOutOfRange(text), slot)
            return nil
        }
        guard let range = GradeRange(lower: bounds.lower, upper: bounds.upper) else {
            report(.gradesReversed(text, fixed: "\(bounds.upper)-\(bounds.lower)"), slot)
            return nil
        }
        return range
    }

    /// Text people read: a plain string, or `{zh: …, en: …}` with at least one of the two.
    func localized(_ slot: Slot) -> LocalizedText? {
        if case .map = slot.value {
            guard let map = map(slot, keys: ["zh", "en"]) else { return nil }
            var values: [Language: String] = [:]
            if let zh = map["zh"] { values[.zh] = text(zh) }
            if let en = map["en"] { values[.en] = text(en) }
            guard !values.isEmpty else {
                if map.order.isEmpty { report(.wrongType(.localizedText, found: .map), slot) }
                return nil
            }
            return LocalizedText(values: values)
        }
        guard case .scalar(let text, let info) = slot.value, !info.isNull else {
            report(.wrongType(.localizedText, found: FoundValue(slot.value)), slot)
            return nil
        }
        return LocalizedText(text)
    }

    /// One of a fixed set of words, such as a field's `type`.
    func word<Word: RawRepresentable & CaseIterable>(_ slot: Slot, _ vocabulary: Vocabulary, as: Word.Type = Word.self)
        -> Word?
    where Word.RawValue == String {
        guard let text = text(slot) else { return nil }
        if let word = Word(rawValue: text) { return word }
        let allowed = Word.allCases.map(\.rawValue)
        report(
            .unknownWord(vocabulary, text, suggestion: Suggestion.closest(to: text, among: allowed), allowed: allowed),
            slot)
        return nil
    }

    /// A list of weekdays `[mon, wed]`, each at most once.
    func weekdays(_ slot: Slot) -> [Weekday]? {
        guard let items = list(slot) else { return nil }
        var days: [Weekday] = []
        var seen: [(id: String, slot: Slot)] = []
        for item in items {
            guard let day: Weekday = word(item, .weekday) else { continue }
            days.append(day)
            seen.append((day.rawValue, item))
        }
        checkUnique(seen, as: .day)
        return days.count == items.count && Set(days).count == days.count ? days : nil
    }

    /// An expression's text with the position of its first character, for checking later.
    func expression(_ slot: Slot) -> SourceText? {
        guard let text = text(slot) else { return nil }
        let start = slot.value.textPosition
        return SourceText(text, line: start.line, column: start.column)
    }

    // MARK: Lexical rules

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isName(_ text: String) -> Bool {
        func letter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_" }
        guard let first = text.unicodeScalars.first, letter(first) else { return false }
        return text.unicodeScalars.allSatisfy { letter($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func parseInteger(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text.first == "+" ? String(text.dropFirst()) : text)
    }

    static func parseNumber(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !body.isEmpty, parts.allSatisfy(isDigits), parts.contains(where: { !$0.isEmpty }) else { return nil }
        return Double(
            text.first == "+" ? String(text.dropFirst()) : (text.hasPrefix("-.") ? "-0" + text.dropFirst() : text))
    }
}
