import Model

/// A command's words after its name, sorted into positionals and flags against its spec.
struct ParsedArguments {
    let command: String
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var switches: Set<String> = []

    /// Parses `words` against `spec`; every problem names the flag or argument and shows the usage.
    init(_ words: [String], spec: CommandSpec) throws(Refusal) {
        command = spec.name
        let usage = LocalizedText(zh: "用法：\(spec.usage)", en: "usage: \(spec.usage)")
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" && !onlyPositionals {
                onlyPositionals = true
                continue
            }
            guard !onlyPositionals, word.hasPrefix("--"), word.count > 2 else {
                positionals.append(word)
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let flag = spec.flags.first(where: { $0.name == name }) else {
                let near = Suggestion.closest(to: name, among: spec.flags.map(\.name))
                throw Refusal(
                    LocalizedText(zh: "\(spec.name)：没有选项 '\(name)'", en: "\(spec.name): unknown flag '\(name)'"),
                    hint: near.map(Suggestion.didYouMean) ?? usage)
            }
            guard let valueName = flag.value else {
                if inlineValue != nil {
                    throw Refusal(LocalizedText(zh: "\(name) 不带值", en: "\(name) takes no value"), hint: usage)
                }
                switches.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < words.count {
                value = words[index]
                index += 1
            } else {
                throw Refusal(
                    LocalizedText(zh: "\(name)：缺少值（\(valueName)）", en: "\(name): needs a value (\(valueName))"),
                    hint: usage)
            }
            if values[name] != nil, !flag.repeatable {
                throw Refusal(LocalizedText(zh: "\(name) 只能给一次", en: "\(name) given twice"), hint: usage)
            }
            values[name, default: []].append(value)
        }
        for flag in spec.flags where flag.required && values[flag.name] == nil {
            let shown = flag.value.map { "\(flag.name) \($0)" } ?? flag.name
            throw Refusal(
                LocalizedText(zh: "\(spec.name)：缺少 \(shown)", en: "\(spec.name): missing \(shown)"), hint: usage)
        }
        let required = spec.positionals.filter(\.required).count
        if positionals.count < required {
            let missing = spec.positionals[positionals.count].name
            throw Refusal(
                LocalizedText(zh: "\(spec.name)：缺少 \(missing)", en: "\(spec.name): missing \(missing)"), hint: usage)
        }
        if !(spec.positionals.last?.variadic ?? false), positionals.count > spec.positionals.count {
            let extra = positionals[spec.positionals.count]
            throw Refusal(
                LocalizedText(zh: "\(spec.name)：多余的参数 '\(extra)'", en: "\(spec.name): unexpected argument '\(extra)'"),
                hint: usage)
        }
    }

    /// The positional at `index`, or nil when it was not given.
    func positional(_ index: Int) -> String? { index < positionals.count ? positionals[index] : nil }

    /// The value of a flag given once, or nil.
    func value(_ flag: String) -> String? { values[flag]?.last }

    /// Every value of a repeatable flag, in order.
    func all(_ flag: String) -> [String] { values[flag] ?? [] }

    func has(_ flag: String) -> Bool { switches.contains(flag) }

    /// A date flag, as ISO `YYYY-MM-DD`.
    func date(_ flag: String) throws(Refusal) -> CalendarDate? {
        guard let text = value(flag) else { return nil }
        return try Self.date(text, name: flag)
    }

    /// `text` as a date of this century (2000 to 2099): a school's dates are, and a date far from
    /// them is a slip that would open a semester of a thousand years.
    static func date(_ text: String, name flag: String) throws(Refusal) -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw Refusal(
                zh: "\(flag)：'\(text)' 不是日期（YYYY-MM-DD）", en: "\(flag): '\(text)' is not a date (YYYY-MM-DD)",
                hintZh: "例如 2026-09-01", hintEn: "for example 2026-09-01")
        }
        guard (2000...2099).contains(date.year) else {
            throw Refusal(
                zh: "\(flag)：\(text) 不在 2000 到 2099 年之间", en: "\(flag): \(text) is not a date from 2000 to 2099",
                hintZh: "例如 2026-09-01", hintEn: "for example 2026-09-01")
        }
        return date
    }

    /// A time-of-day flag (`HH:MM`), or nil when it is not given.
    func time(_ flag: String) throws(Refusal) -> TimeOfDay? {
        guard let text = value(flag) else { return nil }
        guard let time = TimeOfDay(text) else {
            throw Refusal(
                LocalizedText(zh: "\(flag)：'\(text)' 不是时间（HH:MM）", en: "\(flag): '\(text)' is not a time (HH:MM)"),
                hint: LocalizedText(zh: "例如 16:45", en: "for example 16:45"))
        }
        return time
    }

    /// A whole-number flag within `range`.
    func integer(_ flag: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(Refusal) -> Int? {
        guard let text = value(flag) else { return nil }
        guard let number = Int(text) else {
            throw Refusal(zh: "\(flag)：'\(text)' 不是整数", en: "\(flag): '\(text)' is not a whole number")
        }
        guard range.contains(number) else {
            throw Refusal(
                zh: "\(flag)：\(number) 超出范围 \(range.lowerBound)-\(range.upperBound)",
                en: "\(flag): \(number) is outside \(range.lowerBound)-\(range.upperBound)")
        }
        return number
    }
}
