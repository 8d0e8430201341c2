import Testing

@testable import Expressions

@Suite struct LexerTests {
    @Test func everyToken() throws {
        let tokens = try Lexer.tokenize("${a} . 12 3.5 .5 'x' + - * div mod and or = != < <= > >= ( ) , not")
        #expect(
            tokens.map(\.kind) == [
                .reference("a"), .dot, .number(12), .number(3.5), .number(0.5), .string("x"),
                .plus, .minus, .star, .word("div"), .word("mod"), .word("and"), .word("or"),
                .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
                .leftParen, .rightParen, .comma, .word("not"), .end,
            ])
        #expect(
            tokens.map(\.column) == [
                1, 6, 8, 11, 15, 18, 22, 24, 26, 28, 32, 36, 40, 43, 45, 48, 50, 53, 55, 58, 60, 62, 64, 67,
            ])
    }

    @Test func tokensKeepTheirWrittenText() throws {
        let tokens = try Lexer.tokenize("${grade_min} >= 'it''s' <= 4.")
        #expect(tokens.map(\.text) == ["${grade_min}", ">=", "'it''s'", "<=", "4.", ""])
    }

    @Test func operatorsNeedNoSpaces() throws {
        #expect(try kinds("${a}>=3") == [.reference("a"), .greaterEqual, .number(3)])
        #expect(try kinds("1<2") == [.number(1), .less, .number(2)])
        #expect(try kinds("1!=2") == [.number(1), .notEqual, .number(2)])
        #expect(try kinds("-1") == [.minus, .number(1)])
        #expect(try kinds("(.)") == [.leftParen, .dot, .rightParen])
    }

    @Test func doubledQuoteInsideAString() throws {
        #expect(try kinds("'it''s'") == [.string("it's")])
        #expect(try kinds("''") == [.string("")])
        #expect(try kinds("''''") == [.string("'")])
        #expect(try kinds("'体育 课'") == [.string("体育 课")])
    }

    @Test func namesMayHoldDigitsHyphensAndUnderscores() throws {
        #expect(try kinds("${grade-min_2}") == [.reference("grade-min_2")])
        #expect(try kinds("${_x}") == [.reference("_x")])
    }

    @Test func aHyphenContinuesAWordOnlyBeforeALetter() throws {
        #expect(try kinds("count-selected(.)") == [.word("count-selected"), .leftParen, .dot, .rightParen])
        #expect(try kinds("3 div-1") == [.number(3), .word("div"), .minus, .number(1)])
        #expect(try kinds("1 mod -2") == [.number(1), .word("mod"), .minus, .number(2)])
    }

    @Test func whitespaceOfAnyKindSeparates() throws {
        #expect(try kinds("1\t+\n2\u{3000}") == [.number(1), .plus, .number(2)])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let tokens = try Lexer.tokenize("'体育' = ${a}")
        #expect(tokens.map(\.column) == [1, 6, 8, 12])
    }

    @Test func theEndTokenIsOnePastTheText() throws {
        #expect(try Lexer.tokenize("1 + ").last?.column == 5)
        #expect(try Lexer.tokenize("").last?.column == 1)
    }
}
