import Model

extension ActivityModule.Field {
    /// Reads a value typed after `--set id=…` by the field's declared type.
    public func parse(_ text: String) -> Result<FieldValue, Refusal> {
        func refuse(_ zh: String, _ en: String) -> Result<FieldValue, Refusal> {
            .failure(Refusal(LocalizedText(zh: "--set \(id)：'\(text)' \(zh)", en: "--set \(id): '\(text)' \(en)")))
        }
        switch type {
        case .text:
            return .success(.text(text))
        case .integer:
            guard let number = Int(text) else { return refuse("不是整数", "is not a whole number") }
            if let min, Double(number) < min {
                return refuse("小于 \(min.decimalText)", "is less than \(min.decimalText)")
            }
            if let max, Double(number) > max {
                return refuse("大于 \(max.decimalText)", "is more than \(max.decimalText)")
            }
            return .success(.integer(number))
        case .decimal:
            guard let number = Double(text), number.isFinite else { return refuse("不是数字", "is not a number") }
            return .success(.decimal(number))
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "y", "1", "是": return .success(.boolean(true))
            case "false", "no", "n", "0", "否": return .success(.boolean(false))
            default: return refuse("不是 true 或 false", "is not true or false")
            }
        case .choice:
            guard choices.contains(where: { $0.value == text }) else { return refuseChoice(text) }
            return .success(.text(text))
        case .multi:
            let values = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            if let bad = values.first(where: { value in !choices.contains { $0.value == value } }) {
                return refuseChoice(bad)
            }
            return .success(.multi(values))
        case .time:
            guard let time = TimeOfDay(text) else { return refuse("不是时间（HH:MM）", "is not a time (HH:MM)") }
            return .success(.time(time))
        }
    }

    private func refuseChoice(_ value: String) -> Result<FieldValue, Refusal> {
        let values = choices.map(\.value)
        let near = Suggestion.closest(to: value, among: values)
        return .failure(
            Refusal(
                LocalizedText(
                    zh: "--set \(id)：'\(value)' 不是可选值", en: "--set \(id): '\(value)' is not one of the choices"),
                hint: LocalizedText(
                    zh: near.map { "您是不是要写 '\($0)'？" } ?? "可选：\(values.joined(separator: ", "))",
                    en: near.map { "did you mean '\($0)'?" } ?? "choose from: \(values.joined(separator: ", "))")))
    }
}

/// Reads `mon,wed` into weekdays, refusing days that are not school days.
public enum DayList {
    public static func parse(_ text: String, flag: String, policy: Policy) throws -> [Weekday] {
        var days: [Weekday] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
            guard let day = Weekday(rawValue: part.lowercased()) else {
                let near = Suggestion.closest(to: part, among: Weekday.allCases.map(\.rawValue))
                throw Refusal(
                    LocalizedText(zh: "\(flag)：'\(part)' 不是星期几", en: "\(flag): '\(part)' is not a weekday"),
                    hint: LocalizedText(
                        zh: near.map { "您是不是要写 '\($0)'？" } ?? "写作 mon,tue,wed,thu,fri",
                        en: near.map { "did you mean '\($0)'?" } ?? "write mon,tue,wed,thu,fri"))
            }
            guard policy.days.contains(day) else {
                let school = policy.days.map(\.rawValue).joined(separator: ",")
                throw Refusal(
                    LocalizedText(
                        zh: "\(flag)：\(day.name(.zh))不是上学日", en: "\(flag): \(day.name(.en)) is not a school day"),
                    hint: LocalizedText(zh: "上学日：\(school)", en: "the school days are \(school)"))
            }
            if !days.contains(day) { days.append(day) }
        }
        guard !days.isEmpty else { throw Refusal(zh: "\(flag)：至少要有一天", en: "\(flag): give at least one day") }
        return days.sorted()
    }
}
