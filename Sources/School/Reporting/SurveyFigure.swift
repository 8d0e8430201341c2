import Foundation
import Model
import Reports
import Store
import Surveys

import struct Expressions.Expression
import enum Expressions.Value

/// One of the policy's survey figures (P14): its `aware` or `satisfied` expression, counted over
/// the stored responses.
///
/// `n` counts the responses that answer every value the expression reads, `k` those among them
/// where it holds. The store hands out each distinct combination of those answers with how many
/// responses gave it; the expression runs once per combination.
struct SurveyFigure {
    let measure: SurveyMeasure
    let expression: Expression
    /// The question ids the expression reads, in order of first appearance.
    let questions: [String]
    /// The questions answers are typed by (a scale's `4` is a number); others are read as text.
    private let known: [String: Question]

    /// The figure `measure` of `policy`, typing answers by `questions` where they declare them.
    init(_ measure: SurveyMeasure, policy: Policy.Survey, questions: [Question]) throws {
        self.measure = measure
        let source = measure == .satisfaction ? policy.satisfied : policy.aware
        do {
            expression = try Expression(parsing: source.text)
        } catch {
            let key = measure == .satisfaction ? "survey.satisfied" : "survey.aware"
            throw Refusal(
                LocalizedText(
                    zh: "政策的 \(key) 无法解析：'\(source.text)'", en: "the policy's \(key) cannot be read: '\(source.text)'"),
                hint: LocalizedText(zh: "用 'module check' 检查 policy.yaml", en: "check policy.yaml with 'module check'"))
        }
        self.questions = expression.references.map(\.name)
        known = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The expression as the policy writes it.
    var source: String { expression.source }

    /// Whether one combination of stored answers is counted (`answered`) and whether the expression holds for it.
    func evaluate(_ values: [String?]) -> (answered: Bool, holds: Bool) {
        guard values.allSatisfy({ $0 != nil }) else { return (false, false) }
        var typed: [String: Value] = [:]
        for (question, text) in zip(questions, values) {
            guard let text else { continue }
            typed[question] = known[question].flatMap { Answer(stored: text, for: $0)?.value } ?? .string(text)
        }
        return (true, expression.holds({ typed[$0] ?? .empty }, dot: .empty))
    }

    /// `k` of `n` for each key of the tallies, in the order the keys first appear.
    func counts(_ tallies: [AnswerTally]) -> [(key: String?, k: Int, n: Int)] {
        var order: [String?] = []
        var totals: [String?: (k: Int, n: Int)] = [:]
        var cache: [[String?]: (answered: Bool, holds: Bool)] = [:]
        for tally in tallies {
            if totals[tally.key] == nil {
                order.append(tally.key)
                totals[tally.key] = (0, 0)
            }
            let result: (answered: Bool, holds: Bool)
            if let cached = cache[tally.values] {
                result = cached
            } else {
                result = evaluate(tally.values)
                cache[tally.values] = result
            }
            guard result.answered else { continue }
            totals[tally.key]?.n += tally.count
            if result.holds { totals[tally.key]?.k += tally.count }
        }
        return order.map { (key: $0, k: totals[$0]?.k ?? 0, n: totals[$0]?.n ?? 0) }
    }

    /// The figure over one semester's responses.
    func proportion(in database: AppDatabase, semester: String, form: String) throws -> Proportion {
        let tallies = try database.answerTallies(form: form, semester: semester, questions: questions, by: .none)
        let total = counts(tallies).first
        return Proportion(k: total?.k ?? 0, n: total?.n ?? 0)
    }

    /// The figure under each key of `grouping`, keys in reading order: grades and classes by
    /// number, modules by id, semesters oldest first (`semesterOrder`). Each of `everyKey` has a
    /// cell, with no responses when none kept it.
    func breakdown(
        in database: AppDatabase, semester: String, form: String, by grouping: TallyGrouping,
        semesterOrder: [String] = [], everyKey: [String] = []
    ) throws -> [(key: String, k: Int, n: Int)] {
        let tallies = try database.answerTallies(form: form, semester: semester, questions: questions, by: grouping)
        var cells = counts(tallies).compactMap { cell in cell.key.map { (key: $0, k: cell.k, n: cell.n) } }
        let counted = Set(cells.map(\.key))
        cells += Set(everyKey).subtracting(counted).map { (key: $0, k: 0, n: 0) }
        if grouping == .semester {
            let position = Dictionary(
                semesterOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            return cells.sorted { (position[$0.key] ?? Int.max, $0.key) < (position[$1.key] ?? Int.max, $1.key) }
        }
        return cells.sorted { $0.key.compare($1.key, options: .numeric) == .orderedAscending }
    }
}
