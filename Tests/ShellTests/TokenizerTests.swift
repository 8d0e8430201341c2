import Testing

@testable import Shell

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("semester list", ["semester", "list"]),
        ("  spaced   out  ", ["spaced", "out"]),
        ("club publish --title 'Chess club'", ["club", "publish", "--title", "Chess club"]),
        ("say \"a \\\"quoted\\\" word\"", ["say", "a \"quoted\" word"]),
        ("say \"keep \\n as is\"", ["say", "keep \\n as is"]),
        ("a\\ b c", ["a b", "c"]),
        ("it''s", ["its"]),
        ("''", [""]),
        ("teacher add T1 --name 王老师", ["teacher", "add", "T1", "--name", "王老师"]),
        ("足球\u{3000}篮球", ["足球", "篮球"]),
        ("semester list # the rest is a comment", ["semester", "list"]),
        ("# only a comment", []),
        ("a#b", ["a#b"]),
        ("'#not a comment'", ["#not a comment"]),
        ("", []),
    ])
    func splitsWords(line: String, expected: [String]) throws {
        #expect(try Tokenizer.split(line) == expected)
    }

    @Test func unterminatedSingleQuoteNamesItsColumn() {
        #expect(throws: TokenizeError(kind: .unterminatedQuote("'"), column: 7)) {
            try Tokenizer.split("title 'Chess club")
        }
    }

    @Test func unterminatedDoubleQuoteCountsChineseCharactersAsOneColumn() {
        #expect(throws: TokenizeError(kind: .unterminatedQuote("\""), column: 4)) { try Tokenizer.split("足球 \"abc") }
    }

    @Test func trailingBackslashIsAnError() {
        #expect(throws: TokenizeError(kind: .trailingBackslash, column: 3)) { try Tokenizer.split("ab\\") }
    }

    @Test func errorMessagesInBothLanguages() throws {
        let error = TokenizeError(kind: .unterminatedQuote("'"), column: 7)
        #expect(error.message.text(.en) == "unterminated ' quote at column 7")
        #expect(error.message.text(.zh) == "第 7 列的引号 ' 没有闭合")
    }
}
