/// The two languages the product speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// Picks the language from an environment value such as `LANG=zh_CN.UTF-8`: `zh*` is Chinese, anything else
    /// English.
    public init(localeIdentifier: String?) {
        self = (localeIdentifier ?? "").lowercased().hasPrefix("zh") ? .zh : .en
    }
}

/// Text people read: either one plain string for every language, or a map of languages.
///
/// Declarations write `{zh: 体育, en: Sports}` or just `体育`; a missing language falls back to the
/// other one so that a half-translated module still shows something.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var values: [Language: String]

    public init(_ plain: String) { values = [.zh: plain, .en: plain] }
    public init(zh: String, en: String) { values = [.zh: zh, .en: en] }
    public init(values: [Language: String]) { self.values = values }

    /// The text in `language`, else in the other language, else empty.
    public func text(_ language: Language) -> String {
        values[language] ?? values[.zh] ?? values[.en] ?? ""
    }

    public subscript(language: Language) -> String { text(language) }
}
