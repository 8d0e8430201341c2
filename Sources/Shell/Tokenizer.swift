import Model

/// A line that cannot be split into words.
public struct TokenizeError: UserFacingError, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case unterminatedQuote(Character)
        case trailingBackslash
    }
    public let kind: Kind
    /// 1-based position, in characters, of the opening quote or the backslash.
    public let column: Int

    public var message: LocalizedText {
        switch kind {
        case .unterminatedQuote(let quote):
            LocalizedText(zh: "第 \(column) 列的引号 \(quote) 没有闭合", en: "unterminated \(quote) quote at column \(column)")
        case .trailingBackslash:
            LocalizedText(zh: "第 \(column) 列的反斜杠后面没有字符", en: "nothing after the backslash at column \(column)")
        }
    }

    public var hint: LocalizedText? {
        switch kind {
        case .unterminatedQuote(let quote):
            LocalizedText(zh: "在文字末尾补上 \(quote)", en: "close the text with \(quote)")
        case .trailingBackslash:
            LocalizedText(zh: "要输入反斜杠本身，请写 \\\\", en: "write \\\\ for a backslash itself")
        }
    }

    public var description: String { message.text(.en) }
}

/// Splits a command line into words, like a POSIX shell without expansions.
///
/// Blanks (space, tab, the ideographic space U+3000) separate words; `'…'` keeps everything
/// literally; `"…"` keeps spaces and lets a backslash escape `"`, `\`, `$` and a backquote;
/// outside quotes a backslash escapes any character; `#` at the start of a word begins a comment.
/// Chinese text needs no quotes.
public enum Tokenizer {
    public static func split(_ line: String) throws(TokenizeError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var iterator = Array(line).enumerated().makeIterator()
        while let (index, character) = iterator.next() {
            let column = index + 1
            switch character {
            case " ", "\t", "\u{3000}", "\r", "\n":
                if inWord {
                    words.append(word)
                    word = ""
                    inWord = false
                }
            case "#" where !inWord:
                return words
            case "'":
                inWord = true
                var closed = false
                while let (_, next) = iterator.next() {
                    if next == "'" {
                        closed = true
                        break
                    }
                    word.append(next)
                }
                if !closed { throw TokenizeError(kind: .unterminatedQuote("'"), column: column) }
            case "\"":
                inWord = true
                var closed = false
                while let (_, next) = iterator.next() {
                    if next == "\"" {
                        closed = true
                        break
                    }
                    if next == "\\" {
                        guard let (_, escaped) = iterator.next() else { break }
                        if !"\"\\$`".contains(escaped) { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
                if !closed { throw TokenizeError(kind: .unterminatedQuote("\""), column: column) }
            case "\\":
                guard let (_, escaped) = iterator.next() else {
                    throw TokenizeError(kind: .trailingBackslash, column: column)
                }
                inWord = true
                word.append(escaped)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
