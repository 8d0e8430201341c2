import Model

/// Reads the answers of one question many times over, as `survey import` does: the question with
/// the values and labels of its choices, and the labels of its scale points, folded once into
/// look-up tables, so that finding an answer's option does not fold every option's words again.
/// A class, so that a runner hands it and its question around without copying them.
final class AnswerReader: Sendable {
    /// The question whose answers are read.
    let question: Question
    /// Each choice value exactly as declared, to its choice's index.
    private let values: [String: Int]
    /// Each choice value and label (in either language) folded (`InputText.folded`), to the first
    /// choice with that folded value and the first with that folded label: one look-up for both.
    private let folded: [String: Folded]
    /// Each scale point's label in either language, folded, to the lowest point with that label.
    private let points: [String: Int]

    /// Prepares the choices and scale labels of `question`.
    init(_ question: Question) {
        self.question = question
        var values: [String: Int] = [:]
        var folded: [String: Folded] = [:]
        // Going through the choices in order and keeping the first index seen gives what
        // `firstIndex(where:)` over the choices would.
        for (index, choice) in question.choices.enumerated() {
            if values[choice.value] == nil { values[choice.value] = index }
            let value = InputText.folded(choice.value)
            if folded[value]?.value == nil { folded[value, default: Folded()].value = index }
            for language in Language.allCases {
                let label = InputText.folded(choice.label.text(language))
                if folded[label]?.label == nil { folded[label, default: Folded()].label = index }
            }
        }
        var points: [String: Int] = [:]
        for point in question.labels.keys.sorted() {
            for language in Language.allCases {
                let label = InputText.folded(question.labels[point]?.text(language) ?? "")
                if points[label] == nil { points[label] = point }
            }
        }
        self.values = values
        self.folded = folded
        self.points = points
    }

    /// The answer `input` gives the question, as `Question.parseAnswer(_:)` reads it.
    func read(_ input: String) -> Result<Answer?, AnswerProblem> {
        question.parseAnswer(input, reader: self)
    }

    /// The index of the choice `word` picks: by its value, its number or its label, in that
    /// order. The value is tried exactly as declared, then folded (`Timing` is `timing`); a value
    /// that is itself a number (`2025`) means that value, not the option at that position; a
    /// label, in either language, comes last, so a label equal to another option's value or
    /// number does not take that option's place.
    func choiceIndex(_ word: String) -> Int? {
        // Most answers (imports, scripts) are a value exactly as declared: find those without folding.
        if let index = values[word] { return index }
        let word = InputText.folded(word)
        let found = folded[word]
        if let index = found?.value { return index }
        if let number = Int(word), number >= 1, number <= question.choices.count { return number - 1 }
        return found?.label
    }

    /// The first choice whose folded value, and the first whose folded label, is a given text.
    private struct Folded: Sendable {
        var value: Int?
        var label: Int?
    }

    /// The scale point whose label, in either language, is `input` once folded; the lowest such
    /// point when several share a label.
    func point(labelled input: String) -> Int? {
        points.isEmpty ? nil : points[InputText.folded(input)]
    }
}
