import Testing

@testable import Expressions

@Suite struct EvaluationTests {
    @Test func arithmetic() throws {
        #expect(try evaluate("1 + 2") == .number(3))
        #expect(try evaluate("5 - 7") == .number(-2))
        #expect(try evaluate("2 * 3.5") == .number(7))
        #expect(try evaluate("7 div 2") == .number(3.5))
        #expect(try evaluate("7 mod 3") == .number(1))
        #expect(try evaluate("-7 mod 3") == .number(-1))
        #expect(try evaluate("7.5 mod 2") == .number(1.5))
        #expect(try evaluate("-(2 + 3)") == .number(-5))
        #expect(try evaluate("--4") == .number(4))
        #expect(try evaluate(".5 + 4.") == .number(4.5))
    }

    @Test func divisionByZeroIsEmpty() throws {
        #expect(try evaluate("1 div 0") == .empty)
        #expect(try evaluate("1 mod 0") == .empty)
        #expect(try evaluate("0 div 0") == .empty)
        #expect(try evaluate("(1 div 0) = (1 div 0)") == .boolean(false))
    }

    @Test func overflowIsEmpty() throws {
        let big = String(repeating: "9", count: 300)
        #expect(try evaluate("\(big) * \(big)") == .empty)
    }

    @Test func arithmeticOnEmptyIsEmpty() throws {
        for op in ["+", "-", "*", "div", "mod"] {
            #expect(try evaluate("${x} \(op) 1") == .empty)
            #expect(try evaluate("1 \(op) ${x}") == .empty)
        }
        #expect(try evaluate("-${x}") == .empty)
        #expect(try evaluate("${x} + 1 > 0") == .boolean(false))
    }

    @Test func arithmeticOnTextIsNumericOrEmpty() throws {
        #expect(try evaluate("${n} + 1", ["n": .string("41")]) == .number(42))
        #expect(try evaluate("${n} * 2", ["n": .string(" 2.5 ")]) == .number(5))
        #expect(try evaluate("${n} + 1", ["n": .string("abc")]) == .empty)
        #expect(try evaluate("'' + 1") == .empty)
        #expect(try evaluate("-'x'") == .empty)
        #expect(try evaluate("true() + 1") == .number(2))
        for text in ["inf", "nan", "0x10", "1e3", "1.2.3", "-", "."] {
            #expect(try evaluate("${n} + 0", ["n": .string(text)]) == .empty, "\(text)")
        }
    }

    @Test func comparisonWithEmptyIsFalse() throws {
        for op in ["=", "!=", "<", "<=", ">", ">="] {
            #expect(try evaluate("${x} \(op) 1") == .boolean(false), "\(op)")
            #expect(try evaluate("'a' \(op) ${x}") == .boolean(false), "\(op)")
            #expect(try evaluate("${x} \(op) ${y}") == .boolean(false), "\(op)")
        }
    }

    @Test func comparisonOfNumbers() throws {
        #expect(try holds("1 = 1"))
        #expect(try holds("1 = 1.0"))
        #expect(try holds("1 != 2"))
        #expect(try holds("1 < 2"))
        #expect(try holds("2 <= 2"))
        #expect(try holds("3 > 2"))
        #expect(try holds("2 >= 2"))
        #expect(try !holds("2 < 2"))
        #expect(try !holds("1 > 2"))
        #expect(try !holds("3 <= 2"))
        #expect(try !holds("1 >= 2"))
    }

    @Test func numericTextComparesWithNumbers() throws {
        let answers: [String: Value] = ["overall": .string("5"), "low": .string("10"), "high": .string("9")]
        #expect(try holds("${overall} >= 4", answers))
        #expect(try holds("${overall} = 5", answers))
        #expect(try holds("5 = ${overall}", answers))
        #expect(try holds("${overall} = 5.0", answers))
        #expect(try !holds("${overall} != 5", answers))
        #expect(try holds("${low} > ${high}", answers))
        #expect(try holds("'10' > 9"))
        #expect(try !holds("'abc' = 1"))
        #expect(try holds("'abc' != 1"))
        #expect(try !holds("'abc' < 1"))
        #expect(try !holds("'abc' >= 1"))
    }

    @Test func stringsCompareByUnicodeScalars() throws {
        #expect(try holds("'a' = 'a'"))
        #expect(try !holds("'a' = 'A'"))
        #expect(try holds("'abc' < 'abd'"))
        #expect(try holds("'ab' < 'abc'"))
        #expect(try holds("'Z' < 'a'"))
        #expect(try holds("'体育' = '体育'"))
        #expect(try holds("'一' < '丁'"))
        #expect(try holds("'2024-09-01' < '2024-10-01'"))
        // é precomposed (U+00E9) and decomposed (e + U+0301) are different text here.
        let composed = Value.string("\u{E9}")
        let decomposed = Value.string("e\u{301}")
        #expect(try !holds("${a} = ${b}", ["a": composed, "b": decomposed]))
        #expect(try holds("${a} != ${b}", ["a": composed, "b": decomposed]))
        #expect(try holds("${b} < ${a}", ["a": composed, "b": decomposed]))
        #expect(try holds("'' < 'a'"))
        #expect(try holds("'' = ''"))
    }

    @Test func emptyStringIsAnAnswer() throws {
        #expect(try holds("${x} != ''", ["x": .string("a")]))
        #expect(try !holds("${x} != ''"))
        #expect(try holds("${x} = ''", ["x": .string("")]))
    }

    @Test func booleans() throws {
        #expect(try holds("true() = true()"))
        #expect(try holds("true() != false()"))
        #expect(try holds("${x} = true()", ["x": .boolean(true)]))
        #expect(try holds("1 = true()"))
        #expect(try holds("0 = false()"))
        #expect(try holds("false() < true()"))
    }

    @Test func andOrUseTruthiness() throws {
        #expect(try evaluate("1 and 'a'") == .boolean(true))
        #expect(try evaluate("1 and 0") == .boolean(false))
        #expect(try evaluate("0 or ''") == .boolean(false))
        #expect(try evaluate("0 or 2") == .boolean(true))
        #expect(try evaluate("${x} or true()") == .boolean(true))
        #expect(try evaluate("${x} and true()") == .boolean(false))
        #expect(try evaluate("${x} or ${y}") == .boolean(false))
    }

    @Test func literalsAndReferencesEvaluateToThemselves() throws {
        #expect(try evaluate("'体育'") == .string("体育"))
        #expect(try evaluate("42") == .number(42))
        #expect(try evaluate("${x}", ["x": .multi(["a"])]) == .multi(["a"]))
        #expect(try evaluate("${x}") == .empty)
        #expect(try evaluate(".", dot: .number(3)) == .number(3))
    }

    @Test func holdsIsTruthiness() throws {
        #expect(try holds("1"))
        #expect(try !holds("0"))
        #expect(try holds("'x'"))
        #expect(try !holds("''"))
        #expect(try !holds("${x}"))
        #expect(try holds("${x}", ["x": .multi(["a"])]))
        #expect(try !holds("${x}", ["x": .multi([])]))
        #expect(try !holds("1 div 0"))
    }

    @Test func theLookupSeesEachName() throws {
        var asked: [String] = []
        let e = try Expression(parsing: "${a} + ${b} + ${a}")
        let result = e.evaluate(
            { name in
                asked.append(name)
                return .number(1)
            }, dot: .empty)
        #expect(result == .number(3))
        #expect(asked == ["a", "b", "a"])
    }
}
