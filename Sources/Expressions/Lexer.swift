/// Splits an expression's text into tokens, reporting the first character it cannot use.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Every token of the text, ending with an `.end` token one column past the last character.
    static func tokenize(_ source: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var column: Int { index + 1 }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < scalars.count ? scalars[i] : nil
    }

    private func text(from start: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<index]))
    }

    mutating func next() throws(ExpressionError) -> Token {
        while let scalar = peek(), scalar.properties.isWhitespace { index += 1 }
        let start = index
        guard let scalar = peek() else { return Token(kind: .end, text: "", column: column) }
        switch scalar {
        case "$": return try reference()
        case "'": return try string()
        case "0"..."9": return number()
        case ".":
            if let after = peek(1), ("0"..."9").contains(after) { return number() }
            return single(.dot)
        case "a"..."z", "A"..."Z", "_": return word()
        case "+": return single(.plus)
        case "-": return single(.minus)
        case "*": return single(.star)
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case ",": return single(.comma)
        case "=": return single(.equal)
        case "<": return peek(1) == "=" ? double(.lessEqual) : single(.less)
        case ">": return peek(1) == "=" ? double(.greaterEqual) : single(.greater)
        case "!" where peek(1) == "=": return double(.notEqual)
        default:
            throw ExpressionError(
                column: start + 1,
                kind: .unexpectedCharacter(
                    String(scalar), suggestion: Lexer.likelyMeant[scalar]))
        }
    }

    /// What a character from a Chinese keyboard or another language most likely stands for.
    private static let likelyMeant: [Unicode.Scalar: String] = [
        "（": "(", "）": ")", "，": ",", "＝": "=", "＜": "<", "＞": ">", "＋": "+", "－": "-",
        "‘": "'", "’": "'", "＄": "$", "！": "!=", "&": "and", "|": "or", "/": "div", "%": "mod",
    ]

    private mutating func single(_ kind: Token.Kind) -> Token {
        let start = index
        index += 1
        return Token(kind: kind, text: text(from: start), column: start + 1)
    }

    private mutating func double(_ kind: Token.Kind) -> Token {
        let start = index
        index += 2
        return Token(kind: kind, text: text(from: start), column: start + 1)
    }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_"
    }

    private static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        isNameStart(s) || ("0"..."9").contains(s) || s == "-"
    }

    /// `${name}`: an unclosed one is reported at the `$`, a bad character inside it at that character.
    private mutating func reference() throws(ExpressionError) -> Token {
        let start = index
        guard peek(1) == "{" else {
            throw ExpressionError(column: start + 1, kind: .unexpectedCharacter("$", suggestion: nil))
        }
        guard scalars[(start + 2)...].contains("}") else {
            throw ExpressionError(column: start + 1, kind: .unterminatedReference)
        }
        index += 2
        let nameStart = index
        while let s = peek(), s != "}" {
            let fits = index == nameStart ? Lexer.isNameStart(s) : Lexer.isNameCharacter(s)
            guard fits else {
                throw ExpressionError(column: column, kind: .unexpectedCharacter(String(s), suggestion: nil))
            }
            index += 1
        }
        if index == nameStart {
            throw ExpressionError(column: column, kind: .unexpectedCharacter("}", suggestion: nil))
        }
        let name = text(from: nameStart)
        index += 1
        return Token(kind: .reference(name), text: text(from: start), column: start + 1)
    }

    /// `'text'`, where a doubled `''` stands for one quote.
    private mutating func string() throws(ExpressionError) -> Token {
        let start = index
        index += 1
        var value = String.UnicodeScalarView()
        while true {
            guard let s = peek() else {
                throw ExpressionError(column: start + 1, kind: .unterminatedString)
            }
            index += 1
            if s == "'" {
                guard peek() == "'" else { break }
                index += 1
            }
            value.append(s)
        }
        return Token(kind: .string(String(value)), text: text(from: start), column: start + 1)
    }

    /// Digits with an optional fraction: `12`, `3.5`, `.5`, `4.`.
    private mutating func number() -> Token {
        let start = index
        while let s = peek(), ("0"..."9").contains(s) { index += 1 }
        if peek() == "." {
            index += 1
            while let s = peek(), ("0"..."9").contains(s) { index += 1 }
        }
        let written = text(from: start)
        return Token(kind: .number(Double(written) ?? .nan), text: written, column: start + 1)
    }

    /// A function name or word operator; a hyphen continues it only before a letter, so
    /// `count-selected` is one word while `3 div-1` is three tokens.
    private mutating func word() -> Token {
        let start = index
        while let s = peek() {
            if s == "-" {
                guard let after = peek(1), Lexer.isNameStart(after) else { break }
            } else if !(Lexer.isNameStart(s) || ("0"..."9").contains(s)) {
                break
            }
            index += 1
        }
        let written = text(from: start)
        return Token(kind: .word(written), text: written, column: start + 1)
    }
}
