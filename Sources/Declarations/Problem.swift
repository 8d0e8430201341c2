import Model

/// What kind of value a key expects, for "expected …, found …".
enum ExpectedValue: Sendable {
    case integer, positiveInteger, nonNegativeInteger, number, boolean, text, localizedText, map, list, date

    func words(_ language: Language) -> String {
        switch (self, language) {
        case (.integer, .en): "an integer"
        case (.integer, .zh): "整数"
        case (.positiveInteger, .en): "a positive integer"
        case (.positiveInteger, .zh): "正整数"
        case (.nonNegativeInteger, .en): "an integer of 0 or more"
        case (.nonNegativeInteger, .zh): "不小于 0 的整数"
        case (.number, .en): "a number"
        case (.number, .zh): "数字"
        case (.boolean, .en): "true or false"
        case (.boolean, .zh): "true 或 false"
        case (.text, .en): "text"
        case (.text, .zh): "文本"
        case (.localizedText, .en): "text or {zh: …, en: …}"
        case (.localizedText, .zh): "文本或 {zh: …, en: …}"
        case (.map, .en): "a map of keys"
        case (.map, .zh): "键值映射"
        case (.list, .en): "a list"
        case (.list, .zh): "列表"
        case (.date, .en): "a date (YYYY-MM-DD)"
        case (.date, .zh): "日期（YYYY-MM-DD）"
        }
    }
}

/// What a node turned out to be, for "expected …, found …".
enum FoundValue: Sendable {
    case scalar(String)
    case map, list, nothing

    init(_ node: YAMLValue) {
        switch node {
        case .scalar(let text, _): self = text.isEmpty ? .nothing : .scalar(text)
        case .map: self = .map
        case .list: self = .list
        }
    }

    func words(_ language: Language) -> String {
        switch (self, language) {
        case (.scalar(let text), _): "'\(text)'"
        case (.map, .en): "a map"
        case (.map, .zh): "映射"
        case (.list, .en): "a list"
        case (.list, .zh): "列表"
        case (.nothing, .en): "nothing"
        case (.nothing, .zh): "空值"
        }
    }
}

/// The words a `type`, `audience` or similar key may take, to name in "unknown type 'x'".
enum Vocabulary: Sendable {
    case type, audience, oncePer, fees, weekday

    func words(_ language: Language) -> String {
        switch (self, language) {
        case (.type, .en): "type"
        case (.type, .zh): "类型"
        case (.audience, .en): "audience"
        case (.audience, .zh): "对象"
        case (.oncePer, .en): "once_per value"
        case (.oncePer, .zh): "once_per 取值"
        case (.fees, .en): "fees value"
        case (.fees, .zh): "fees 取值"
        case (.weekday, .en): "weekday"
        case (.weekday, .zh): "星期"
        }
    }
}

/// Things a file declares once each, for "duplicate field 'x'".
enum DeclaredThing: Sendable {
    case field, question, choice, segment, day, module, form, label

    func words(_ language: Language) -> String {
        switch (self, language) {
        case (.field, .en): "field"
        case (.field, .zh): "字段"
        case (.question, .en): "question"
        case (.question, .zh): "问题"
        case (.choice, .en): "choice"
        case (.choice, .zh): "选项"
        case (.segment, .en): "segment"
        case (.segment, .zh): "时段"
        case (.day, .en): "day"
        case (.day, .zh): "日期"
        case (.module, .en): "module"
        case (.module, .zh): "模块"
        case (.form, .en): "form"
        case (.form, .zh): "表单"
        case (.label, .en): "label"
        case (.label, .zh): "标签"
        }
    }
}

/// Every problem a declaration can have, with its words in both languages.
enum Problem: Sendable {
    // The file itself.
    case cannotRead(path: String, reason: String)
    case notUTF8
    /// The document, once its aliases are followed, holds more values than any declaration needs.
    case tooManyValues(limit: Int)
    /// The file is larger than any declaration needs.
    case fileTooLarge(bytes: Int, limit: Int)
    case emptyFile
    case tabIndentation
    /// libyaml's own words; `context` says what it was reading ("while parsing a flow sequence"), which began at
    /// `began`.
    case syntax(problem: String, context: String?, began: Position?)
    case unknownKind(found: String?)
    case notAKey(FoundValue)
    // Keys and values.
    case duplicateKey(String, first: Position)
    case unknownKey(String, suggestion: String?, allowed: [String])
    case missingKey(String)
    case emptyValue(String)
    case wrongType(ExpectedValue, found: FoundValue)
    case unknownWord(Vocabulary, String, suggestion: String?, allowed: [String])
    case invalidID(String)
    case invalidName(String)
    case duplicate(DeclaredThing, String, first: Position)
    case emptyList(String)
    case keyNotApplicable(key: String, type: String, question: Bool)
    case choiceHasSpace(String)
    // Modules.
    case idDiffersFromFolder(id: String, folder: String)
    case idDiffersFromFile(id: String, file: String)
    case notGradeRange(String)
    case gradesOutOfRange(String)
    case gradesReversed(String, fixed: String)
    case capacityOverMax(default: Int, max: Int)
    case fieldIsFact(String)
    case notAChoice(String, of: String?, suggestion: String?, choices: [String])
    case outsideModuleGrades(GradeRange, module: GradeRange)
    case overModuleCapacity(Int, max: Int)
    case minOverCapacity(min: Int, capacity: Int)
    case segmentNotInModule(String, suggestion: String?)
    case outsideBounds(String, min: Double?, max: Double?)
    case tooLong(Int, maxLength: Int)
    case badBounds(min: Double, max: Double, strict: Bool)
    case labelOutsideScale(Int, ClosedRange<Int>)
    // Times and segments.
    case notTime(String)
    case segmentBackwards(String, start: TimeOfDay, end: TimeOfDay)
    case segmentsOverlap(String, other: String)
    case segmentAfterLatestEnd(String, end: TimeOfDay, latest: TimeOfDay)
    case unknownTimeZone(String, suggestion: String?)
    // Expressions.
    case expression(message: LocalizedText, hint: LocalizedText?)
    case refersLater(String)
    case refersToItself(String)
    // Across files.
    case unknownModule(String, suggestion: String?)
    case unknownForm(String, suggestion: String?)
    case unknownSegment(String, suggestion: String?, segments: [String])
    case segmentClosed(segment: String, module: String)
    case notAServiceDay(Weekday)
    case questionTaken(String, by: DeclaredThing, owner: String)
    case noModuleFile(folder: String)
    case declaredTwice(DeclaredThing, String, otherFile: String)

    /// The problem in words: lowercase, the user's text in single quotes.
    var message: LocalizedText {
        if case .expression(let message, _) = self { return message }
        let (en, zh) = ProblemText.message(self)
        return LocalizedText(zh: zh, en: en)
    }

    /// What to do about it, when there is something useful to say.
    var hint: LocalizedText? {
        if case .expression(_, let hint) = self { return hint }
        return ProblemText.hint(self).map { LocalizedText(zh: $0.zh, en: $0.en) }
    }
}
