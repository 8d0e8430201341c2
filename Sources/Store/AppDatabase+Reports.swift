import GRDB
import Model

/// How many responses gave one combination of answers, under one key of a breakdown.
///
/// The reports evaluate the policy's expressions once per distinct combination of the answers
/// they read and weigh the result by `count`, so that a million responses never become a million
/// Swift values.
public struct AnswerTally: Sendable, Hashable {
    /// The breakdown key (a grade, class, module or semester id); nil for the whole semester.
    public var key: String?
    /// One stored answer per question asked for, in that order; nil where it was not answered.
    public var values: [String?]
    public var count: Int

    public init(key: String?, values: [String?], count: Int) {
        self.key = key
        self.values = values
        self.count = count
    }
}

/// What the responses of a tally are grouped by.
public enum TallyGrouping: Sendable, Hashable {
    /// One semester's responses, not broken down.
    case none
    /// One semester's responses under each `grade`, `class` or `module` of the respondent's children.
    case group(String)
    /// Every semester's responses, by semester.
    case semester
}

extension AppDatabase {
    /// The responses to `form` counted by the distinct answers they gave to `questions`, under
    /// each key of `grouping`; `semester` is ignored when grouping by semester. A question left
    /// unanswered counts with a nil in its place.
    ///
    /// The responses (each with its answers) and the breakdown's keys are read as scans sorted by
    /// response id and merged: one pass over each and no lookup per response, so a million
    /// responses take about as long as reading them once. Nothing per response is kept.
    public func answerTallies(form: String, semester: String, questions: [String], by grouping: TallyGrouping) throws
        -> [AnswerTally]
    {
        try read { db in
            var responses = try ResponseScan(
                db, form: form, semester: grouping == .semester ? nil : semester, questions: questions)
            var groups: SortedScan?
            if case .group(let dimension) = grouping {
                groups = try SortedScan(
                    db,
                    sql: "SELECT response_id, key FROM survey_response_group WHERE dimension = ? ORDER BY response_id",
                    arguments: [dimension])
            }
            var values = Array(repeating: Int32(0), count: questions.count)
            var texts = TextInterner()
            var combinations = CombinationNumbers()
            var counts: [Int] = []
            func count(_ combination: Int32) {
                let index = Int(combination)
                if index >= counts.count { counts += Array(repeating: 0, count: index + 1 - counts.count) }
                counts[index] += 1
            }
            while !responses.done {
                let id = responses.id
                // The answers first, then the key last, so that each response's answers are combined once.
                try responses.answers(into: &values, texts: &texts)
                var answered: Int32 = 0
                for value in values { answered = combinations.extend(answered, with: value) }
                switch grouping {
                case .none:
                    count(combinations.extend(answered, with: 0))
                case .semester:
                    count(combinations.extend(answered, with: responses.semester(&texts)))
                case .group:
                    guard var scan = groups else { break }
                    try scan.skip(to: id)
                    while scan.isAt(id) {
                        count(combinations.extend(answered, with: scan.text(1, &texts)))
                        try scan.advance()
                    }
                    groups = scan
                }
                try responses.advance()
            }
            return counts.indices.compactMap { index -> AnswerTally? in
                guard counts[index] > 0 else { return nil }
                let elements = combinations.elements(of: Int32(index))
                guard let key = elements.last else { return nil }
                return AnswerTally(
                    key: texts.texts[Int(key)], values: elements.dropLast().map { texts.texts[Int($0)] },
                    count: counts[index])
            }
        }
    }

    /// How often each answer was given to each of `questions` this semester: question → stored
    /// answer → responses. One pass over the semester's responses.
    public func answerCounts(semester: String, form: String, questions: [String]) throws -> [String: [String: Int]] {
        guard !questions.isEmpty else { return [:] }
        return try read { db in
            var responses = try ResponseScan(db, form: form, semester: semester, questions: questions)
            var values = Array(repeating: Int32(0), count: questions.count)
            var texts = TextInterner()
            var counts = Array(repeating: [Int32: Int](), count: questions.count)
            while !responses.done {
                try responses.answers(into: &values, texts: &texts)
                for (index, value) in values.enumerated() where value != 0 { counts[index][value, default: 0] += 1 }
                try responses.advance()
            }
            var result: [String: [String: Int]] = [:]
            for (question, byText) in zip(questions, counts) where !byText.isEmpty {
                result[question] = Dictionary(
                    byText.compactMap { number, count in texts.texts[Int(number)].map { ($0, count) } },
                    uniquingKeysWith: +)
            }
            return result
        }
    }
}

// MARK: The school a database belongs to

extension AppDatabase {
    /// The `setting` keys the school is kept under.
    static let schoolSettings = (id: "school_id", zh: "school_name_zh", en: "school_name_en")

    /// Records the school of the policy the database is used with, so that a district report can
    /// name it without that school's catalog. Writes only when something changed.
    public func recordSchool(_ school: Policy.School) throws {
        let stored = try recordedSchool()
        guard stored != school else { return }
        try write { db in
            let keys = Self.schoolSettings
            for (key, value) in [
                (keys.id, school.id), (keys.zh, school.name.text(.zh)), (keys.en, school.name.text(.en)),
            ] {
                try db.execute(
                    sql:
                        "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                        + "excluded.value",
                    arguments: [key, value])
            }
        }
    }

    /// The school recorded by `recordSchool`, or nil when none was.
    public func recordedSchool() throws -> Policy.School? {
        try read { db in
            func setting(_ key: String) throws -> String? {
                try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
            }
            let keys = Self.schoolSettings
            guard let id = try setting(keys.id) else { return nil }
            let zh = try setting(keys.zh) ?? id
            let en = try setting(keys.en) ?? zh
            return Policy.School(id: id, name: LocalizedText(zh: zh, en: en))
        }
    }
}
