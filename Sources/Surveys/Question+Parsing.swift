import Model

extension Question {
    /// Reads what a person typed as an answer of this question's type, checking the type's own
    /// limits (options, `min`/`max`, `max_length`); nil for an empty input. `required` and
    /// `constraint` are the runner's to check, since they depend on the rest of the response.
    public func parseAnswer(_ input: String) -> Result<Answer?, AnswerProblem> {
        parseAnswer(input, reader: nil)
    }

    /// `parseAnswer(_:)` with this question's options prepared already in `reader` (a runner
    /// prepares one for every question); nil prepares them when an answer needs them.
    func parseAnswer(_ input: String, reader: AnswerReader?) -> Result<Answer?, AnswerProblem> {
        let typed = type == .text ? InputText.trimmed(input) : InputText.normalized(input)
        guard !typed.isEmpty else { return .success(nil) }
        do {
            return .success(try parse(typed, reader))
        } catch {
            return .failure(error)
        }
    }

    private func parse(_ input: String, _ reader: AnswerReader?) throws(AnswerProblem) -> Answer {
        switch type {
        case .yesNo: return .yesNo(try parseYesNo(input))
        case .single: return .choice(try choiceValue(input, reader ?? AnswerReader(self)))
        case .multi: return .choices(try choiceValues(input, reader ?? AnswerReader(self)))
        case .scale: return .integer(try parseScale(input, reader))
        case .integer: return .integer(try parseInteger(input))
        case .decimal: return .decimal(try parseDecimal(input))
        case .text: return .text(try parseText(input))
        case .date: return .date(try parseDate(input))
        case .time:
            guard let time = TimeOfDay(input) else { throw .notATime(input) }
            return .time(time)
        }
    }

    private func parseYesNo(_ input: String) throws(AnswerProblem) -> Bool {
        if input == "yes" { return true }
        if input == "no" { return false }
        switch InputText.folded(input) {
        case "1", "y", "yes", "是", "是的", "对": return true
        case "2", "n", "no", "否", "不是", "不": return false
        default: throw .notAnOption(input, numbers: 1...2, values: ["yes", "no"])
        }
    }

    private func choiceValue(_ input: String, _ reader: AnswerReader) throws(AnswerProblem) -> String {
        guard let index = reader.choiceIndex(input) else { throw notAnOption(input) }
        return choices[index].value
    }

    /// Several options, separated by commas (`、` too) or spaces; a label with spaces in it
    /// (`Safety and pickup`) is found whole before the text is split at its spaces.
    private func choiceValues(_ input: String, _ reader: AnswerReader) throws(AnswerProblem) -> [String] {
        if let index = reader.choiceIndex(input) { return [choices[index].value] }
        var picked: [Int] = []
        for part in InputText.commaParts(input) {
            // A part that is the whole input was looked up just above, in vain.
            let whole = part.utf8.elementsEqual(input.utf8) ? nil : reader.choiceIndex(part)
            if let whole {
                guard !picked.contains(whole) else { throw .repeated(part) }
                picked.append(whole)
                continue
            }
            for word in InputText.words(part) {
                guard let index = reader.choiceIndex(word) else { throw notAnOption(word) }
                guard !picked.contains(index) else { throw .repeated(word) }
                picked.append(index)
            }
        }
        guard !picked.isEmpty else { throw notAnOption(input) }
        return picked.sorted().map { choices[$0].value }
    }

    private func notAnOption(_ word: String) -> AnswerProblem {
        .notAnOption(word, numbers: choices.isEmpty ? nil : 1...choices.count, values: choices.map(\.value))
    }

    private func parseScale(_ input: String, _ reader: AnswerReader?) throws(AnswerProblem) -> Int {
        // A point typed as its number is by far the most common answer: no need to compare labels.
        if let point = Int(input), let points = scalePoints, points.contains(point) { return point }
        if !labels.isEmpty, let point = (reader ?? AnswerReader(self)).point(labelled: input) { return point }
        guard InputText.number(input) != nil else {
            throw .notAnOption(input, numbers: scalePoints.map { $0.lowerBound...$0.upperBound }, values: [])
        }
        return try parseInteger(input)
    }

    private func parseInteger(_ input: String) throws(AnswerProblem) -> Int {
        guard let number = InputText.number(input) else { throw .notANumber(input) }
        guard let whole = Int(input) else {
            // Digits only, yet too long for an integer: out of any range a question can declare.
            if number == number.rounded(), min != nil || max != nil { throw .outOfRange(input, min: min, max: max) }
            if number == number.rounded() { throw .notANumber(input) }
            throw .notAWholeNumber(input)
        }
        try checkRange(Double(whole), input)
        return whole
    }

    private func parseDecimal(_ input: String) throws(AnswerProblem) -> Double {
        guard let number = InputText.number(input), number.isFinite else { throw .notANumber(input) }
        try checkRange(number, input)
        return number
    }

    private func checkRange(_ number: Double, _ input: String) throws(AnswerProblem) {
        if let min, number < min { throw .outOfRange(input, min: min, max: max) }
        if let max, number > max { throw .outOfRange(input, min: min, max: max) }
    }

    private func parseText(_ input: String) throws(AnswerProblem) -> String {
        // No text has more characters than UTF-8 bytes: most answers need no counting.
        if let maxLength, input.utf8.count > maxLength, input.count > maxLength {
            throw .tooLong(maxLength: maxLength, length: input.count)
        }
        return input
    }

    /// ISO `YYYY-MM-DD`; `/` or `.` between the parts, one-digit months and days, and
    /// `2025年3月14日` are read too, since people write dates those ways.
    private func parseDate(_ input: String) throws(AnswerProblem) -> CalendarDate {
        if let date = CalendarDate(input) { return date }
        var text = input
        if text.hasSuffix("日") { text.removeLast() }
        let parts = text.split(whereSeparator: { "-/.年月".contains($0) }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let date = CalendarDate(year: year, month: month, day: day)
        else { throw .notADate(input) }
        return date
    }
}
