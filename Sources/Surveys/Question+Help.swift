import Model

extension Question {
    /// What `?` shows: the question's own `help`, the forms of answer it accepts, its
    /// `constraint_message`, and what an empty line and `<` do; one line each.
    public var helpText: LocalizedText {
        var zh: [String] = []
        var en: [String] = []
        if let help {
            zh.append(help.text(.zh))
            en.append(help.text(.en))
        }
        zh.append(acceptedForms(.zh))
        en.append(acceptedForms(.en))
        if let constraintMessage {
            zh.append(constraintMessage.text(.zh))
            en.append(constraintMessage.text(.en))
        }
        zh.append(required ? "本题必须回答；直接回车保留当前答案" : "直接回车保留当前答案，没有答案时跳过本题")
        en.append(
            required
                ? "this question needs an answer; an empty line keeps the current one"
                : "an empty line keeps the current answer, or skips the question when there is none")
        zh.append("输入 < 返回上一题")
        en.append("< goes back to the previous question")
        return LocalizedText(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    }

    /// The forms of answer the question's type accepts, with its bounds.
    public func acceptedForms(_ language: Language) -> String {
        let zh = language == .zh
        switch type {
        case .yesNo:
            return zh ? "回答 1 或“是”，2 或“否”" : "answer 1 or yes, 2 or no"
        case .single:
            return zh
                ? "输入选项的编号（1-\(choices.count)）、值或文字"
                : "answer with an option's number (1-\(choices.count)), value or words"
        case .multi:
            return zh
                ? "可选多项：输入编号、值或文字，用空格或逗号分开，如 1 3"
                : "pick one or more options by number, value or words, separated by spaces or commas: 1 3"
        case .scale:
            let words = labels.keys.sorted().map { "\($0) = \(labels[$0]?.text(language) ?? "")" }
            let range =
                zh
                ? "输入\(min.map { " \(InputText.format($0)) 到" } ?? "")"
                    + "\(max.map { " \(InputText.format($0)) " } ?? "")的整数"
                : "answer with a whole number\(bounds(language))"
            return words.isEmpty
                ? range
                : range + (zh ? "（" + words.joined(separator: "，") + "）" : " (" + words.joined(separator: ", ") + ")")
        case .integer:
            return zh ? "输入整数\(bounds(language))" : "answer with a whole number\(bounds(language))"
        case .decimal:
            return zh ? "输入数字，如 2.5\(bounds(language))" : "answer with a number\(bounds(language)), such as 2.5"
        case .text:
            let limit = maxLength.map { zh ? "，最多 \($0) 个字" : ", at most \($0) characters" } ?? ""
            return zh ? "用自己的话回答\(limit)" : "answer in your own words\(limit)"
        case .date:
            return zh ? "输入日期，格式 YYYY-MM-DD，如 2025-03-14" : "answer with a date, YYYY-MM-DD, such as 2025-03-14"
        case .time:
            return zh ? "输入时间，格式 HH:MM，如 15:30" : "answer with a time of day, HH:MM, such as 15:30"
        }
    }

    /// ` from 1 to 5`, ` of at least 1`, ` of at most 5` (`，范围 1 到 5` …), or nothing.
    private func bounds(_ language: Language) -> String {
        let f = InputText.format
        switch (min, max, language) {
        case (let min?, let max?, .zh): return "，范围 \(f(min)) 到 \(f(max))"
        case (let min?, nil, .zh): return "，不小于 \(f(min))"
        case (nil, let max?, .zh): return "，不大于 \(f(max))"
        case (let min?, let max?, .en): return " from \(f(min)) to \(f(max))"
        case (let min?, nil, .en): return " of at least \(f(min))"
        case (nil, let max?, .en): return " of at most \(f(max))"
        case (nil, nil, _): return ""
        }
    }
}
