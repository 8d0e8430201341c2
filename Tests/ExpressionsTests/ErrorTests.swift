import Model
import Testing

@testable import Expressions

/// Every error of the contract, with its exact English text, its Chinese twin and its column.
@Suite struct ErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let source: String
        let column: Int
        let en: String
        let zh: String
        var hintEn: String? = nil
        var hintZh: String? = nil
        var description: String { source }
    }

    static let syntaxCases: [Case] = [
        Case(source: "${grade_min", column: 1, en: "unterminated '${'", zh: "'${' 没有结束"),
        Case(source: "1 + ${", column: 5, en: "unterminated '${'", zh: "'${' 没有结束"),
        Case(source: "${a} = 'abc", column: 8, en: "unterminated string", zh: "字符串没有结束"),
        Case(source: "'it''s", column: 1, en: "unterminated string", zh: "字符串没有结束"),
        Case(source: "1 # 2", column: 3, en: "unexpected character '#'", zh: "无法识别的字符 '#'"),
        Case(source: "${a} = \"x\"", column: 8, en: "unexpected character '\"'", zh: "无法识别的字符 '\"'"),
        Case(
            source: "not（.）", column: 4, en: "unexpected character '（'", zh: "无法识别的字符 '（'",
            hintEn: "did you mean '('?", hintZh: "您是不是要写 '('？"),
        Case(
            source: "1 && 2", column: 3, en: "unexpected character '&'", zh: "无法识别的字符 '&'",
            hintEn: "did you mean 'and'?", hintZh: "您是不是要写 'and'？"),
        Case(
            source: "1 / 2", column: 3, en: "unexpected character '/'", zh: "无法识别的字符 '/'",
            hintEn: "did you mean 'div'?", hintZh: "您是不是要写 'div'？"),
        Case(source: "! 1", column: 1, en: "unexpected character '!'", zh: "无法识别的字符 '!'"),
        Case(source: "$a", column: 1, en: "unexpected character '$'", zh: "无法识别的字符 '$'"),
        Case(source: "${grade min}", column: 8, en: "unexpected character ' '", zh: "无法识别的字符 ' '"),
        Case(source: "${1a}", column: 3, en: "unexpected character '1'", zh: "无法识别的字符 '1'"),
        Case(source: "${}", column: 3, en: "unexpected character '}'", zh: "无法识别的字符 '}'"),
        Case(source: "1 +", column: 4, en: "unexpected end of expression", zh: "表达式意外结束"),
        Case(source: "1 + ", column: 5, en: "unexpected end of expression", zh: "表达式意外结束"),
        Case(source: "-", column: 2, en: "unexpected end of expression", zh: "表达式意外结束"),
        Case(source: "${a} and", column: 9, en: "unexpected end of expression", zh: "表达式意外结束"),
        Case(source: "1 + 2)", column: 6, en: "unexpected ')'", zh: "此处不应出现 ')'"),
        Case(source: ")", column: 1, en: "unexpected ')'", zh: "此处不应出现 ')'"),
        Case(source: "1 2", column: 3, en: "unexpected '2'", zh: "此处不应出现 '2'"),
        Case(source: "1 + * 2", column: 5, en: "unexpected '*'", zh: "此处不应出现 '*'"),
        Case(source: "1 < 2 < 3", column: 7, en: "unexpected '<'", zh: "此处不应出现 '<'"),
        Case(source: "(1 = 2 != 3)", column: 8, en: "unexpected '!='", zh: "此处不应出现 '!='"),
        Case(source: "and 1", column: 1, en: "unexpected 'and'", zh: "此处不应出现 'and'"),
        Case(source: "1 ${a}", column: 3, en: "unexpected '${a}'", zh: "此处不应出现 '${a}'"),
        Case(source: "'a' 'b'", column: 5, en: "unexpected ''b''", zh: "此处不应出现 ''b''"),
        Case(source: ". .", column: 3, en: "unexpected '.'", zh: "此处不应出现 '.'"),
        Case(
            source: "1 == 1", column: 4, en: "unexpected '='", zh: "此处不应出现 '='",
            hintEn: "did you mean '='?", hintZh: "您是不是要写 '='？"),
        Case(
            source: "grade_min >= 3", column: 1, en: "unexpected 'grade_min'", zh: "此处不应出现 'grade_min'",
            hintEn: "did you mean '${grade_min}'?", hintZh: "您是不是要写 '${grade_min}'？"),
        Case(
            source: "true or 1", column: 1, en: "unexpected 'true'", zh: "此处不应出现 'true'",
            hintEn: "did you mean 'true()'?", hintZh: "您是不是要写 'true()'？"),
        Case(source: "(1 + 2", column: 7, en: "expected ')'", zh: "此处应为 ')'"),
        Case(source: "(1 + 2 3", column: 8, en: "expected ')'", zh: "此处应为 ')'"),
        Case(source: "not(1 2)", column: 7, en: "expected ')'", zh: "此处应为 ')'"),
        Case(source: "not(1", column: 6, en: "expected ')'", zh: "此处应为 ')'"),
        Case(source: "selected(${d} 'mon')", column: 15, en: "expected ','", zh: "此处应为 ','"),
        Case(source: "if(1, 2 3)", column: 9, en: "expected ','", zh: "此处应为 ','"),
        Case(
            source: "nto(.)", column: 1, en: "unknown function 'nto'", zh: "未知的函数 'nto'",
            hintEn: "did you mean 'not'?", hintZh: "您是不是要写 'not'？"),
        Case(
            source: "1 + count-selectd(.)", column: 5, en: "unknown function 'count-selectd'",
            zh: "未知的函数 'count-selectd'",
            hintEn: "did you mean 'count-selected'?", hintZh: "您是不是要写 'count-selected'？"),
        Case(source: "foo(1)", column: 1, en: "unknown function 'foo'", zh: "未知的函数 'foo'"),
        Case(
            source: "nott(1)", column: 1, en: "unknown function 'nott'", zh: "未知的函数 'nott'",
            hintEn: "did you mean 'not'?", hintZh: "您是不是要写 'not'？"),
        Case(source: "zzzzzz()", column: 1, en: "unknown function 'zzzzzz'", zh: "未知的函数 'zzzzzz'"),
        Case(source: "regex(., '[')", column: 1, en: "invalid regular expression '['", zh: "无效的正则表达式 '['"),
        Case(source: "", column: 1, en: "empty expression", zh: "表达式为空"),
        Case(source: "   ", column: 1, en: "empty expression", zh: "表达式为空"),
    ]

    @Test(arguments: syntaxCases)
    func syntaxError(_ c: Case) throws {
        let error = try #require(parseError(c.source))
        #expect(error.column == c.column)
        #expect(error.message(.en) == c.en)
        #expect(error.message(.zh) == c.zh)
        #expect(error.description == c.en)
        #expect(error.hint(.en) == c.hintEn)
        #expect(error.hint(.zh) == c.hintZh)
    }

    static let arityCases: [(String, String, String)] = [
        ("not()", "'not' takes 1 argument, got 0", "'not' 需要 1 个参数，实际有 0 个"),
        ("not(1, 2)", "'not' takes 1 argument, got 2", "'not' 需要 1 个参数，实际有 2 个"),
        ("selected(.)", "'selected' takes 2 arguments, got 1", "'selected' 需要 2 个参数，实际有 1 个"),
        ("selected(., 'a', 'b')", "'selected' takes 2 arguments, got 3", "'selected' 需要 2 个参数，实际有 3 个"),
        ("count-selected()", "'count-selected' takes 1 argument, got 0", "'count-selected' 需要 1 个参数，实际有 0 个"),
        ("count-selected(., .)", "'count-selected' takes 1 argument, got 2", "'count-selected' 需要 1 个参数，实际有 2 个"),
        ("string-length()", "'string-length' takes 1 argument, got 0", "'string-length' 需要 1 个参数，实际有 0 个"),
        ("string-length('a', 'b')", "'string-length' takes 1 argument, got 2", "'string-length' 需要 1 个参数，实际有 2 个"),
        ("regex(.)", "'regex' takes 2 arguments, got 1", "'regex' 需要 2 个参数，实际有 1 个"),
        ("regex(., 'a', 'b')", "'regex' takes 2 arguments, got 3", "'regex' 需要 2 个参数，实际有 3 个"),
        ("if(1, 2)", "'if' takes 3 arguments, got 2", "'if' 需要 3 个参数，实际有 2 个"),
        ("if(1, 2, 3, 4)", "'if' takes 3 arguments, got 4", "'if' 需要 3 个参数，实际有 4 个"),
        ("coalesce(1)", "'coalesce' takes 2 arguments, got 1", "'coalesce' 需要 2 个参数，实际有 1 个"),
        ("coalesce(1, 2, 3)", "'coalesce' takes 2 arguments, got 3", "'coalesce' 需要 2 个参数，实际有 3 个"),
        ("true(1)", "'true' takes 0 arguments, got 1", "'true' 需要 0 个参数，实际有 1 个"),
        ("false(1, 2)", "'false' takes 0 arguments, got 2", "'false' 需要 0 个参数，实际有 2 个"),
    ]

    @Test(arguments: arityCases)
    func wrongArgumentCount(source: String, en: String, zh: String) throws {
        let error = try #require(parseError("1 + " + source))
        #expect(error.column == 5)
        #expect(error.message(.en) == en)
        #expect(error.message(.zh) == zh)
        #expect(error.hint(.en) == nil)
    }

    @Test func theFirstProblemInReadingOrderWins() throws {
        // The unterminated string comes after the stray parenthesis.
        #expect(parseError(") + 'abc")?.column == 1)
        #expect(parseError("1 + # 'abc")?.message(.en) == "unexpected character '#'")
        #expect(parseError("foo(1 +")?.message(.en) == "unknown function 'foo'")
    }

    @Test func aTrailingCommaIsAnUnexpectedParenthesis() throws {
        let error = try #require(parseError("not(1,)"))
        #expect(error.message(.en) == "unexpected ')'")
        #expect(error.column == 7)
    }

    @Test func errorsReadTheSameThroughTheUserFacingProtocol() throws {
        let error = try #require(parseError("nto(1)"))
        let facing: any UserFacingError = error
        #expect(facing.message.text(.en) == "unknown function 'nto'")
        #expect(facing.message.text(.zh) == "未知的函数 'nto'")
        #expect(facing.hint?.text(.en) == "did you mean 'not'?")
        let concrete: LocalizedText = error.message
        #expect(concrete.text(.zh) == "未知的函数 'nto'")
        #expect(error.hint?.text(.zh) == "您是不是要写 'not'？")
        #expect(try #require(parseError("1 +")).hint == nil)
    }
}
