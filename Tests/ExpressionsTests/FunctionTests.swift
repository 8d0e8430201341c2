import Model
import Testing

@testable import Expressions

@Suite struct FunctionTests {
    @Test func notNegatesTruthiness() throws {
        #expect(try evaluate("not(true())") == .boolean(false))
        #expect(try evaluate("not(0)") == .boolean(true))
        #expect(try evaluate("not(${x})") == .boolean(true))
        #expect(try evaluate("not('a')") == .boolean(false))
    }

    @Test func trueAndFalse() throws {
        #expect(try evaluate("true()") == .boolean(true))
        #expect(try evaluate("false()") == .boolean(false))
    }

    @Test func selectedOnAMulti() throws {
        let days: [String: Value] = ["days": .multi(["mon", "wed"])]
        #expect(try holds("selected(${days}, 'mon')", days))
        #expect(try holds("selected(${days}, 'wed')", days))
        #expect(try !holds("selected(${days}, 'tue')", days))
        #expect(try !holds("selected(${days}, 'mo')", days))
        #expect(try !holds("selected(${days}, ${nothing})", days))
        #expect(try !holds("selected(${nothing}, 'mon')", days))
    }

    @Test func selectedOnASingleStringOrSpacedAnswer() throws {
        #expect(try holds("selected(${a}, 'yes')", ["a": .string("yes")]))
        #expect(try !holds("selected(${a}, 'no')", ["a": .string("yes")]))
        #expect(try holds("selected(${a}, 'b')", ["a": .string("a b c")]))
        #expect(try holds("selected(${a}, 2)", ["a": .multi(["1", "2"])]))
        #expect(try holds("selected(., 'safety')", dot: .multi(["content", "safety"])))
    }

    @Test func countSelected() throws {
        #expect(try evaluate("count-selected(${x})", ["x": .multi(["a", "b", "c"])]) == .number(3))
        #expect(try evaluate("count-selected(${x})", ["x": .multi([])]) == .number(0))
        #expect(try evaluate("count-selected(${x})") == .number(0))
        #expect(try evaluate("count-selected(${x})", ["x": .string("a b")]) == .number(2))
        #expect(try evaluate("count-selected(${x})", ["x": .string("")]) == .number(0))
        #expect(try evaluate("count-selected(3)") == .number(1))
    }

    @Test func stringLengthCountsCharacters() throws {
        #expect(try evaluate("string-length('abc')") == .number(3))
        #expect(try evaluate("string-length('张三')") == .number(2))
        #expect(try evaluate("string-length('')") == .number(0))
        #expect(try evaluate("string-length(${x})") == .number(0))
        #expect(try evaluate("string-length(12.5)") == .number(4))
        #expect(try evaluate("string-length(${n})", ["n": .string("13800138000")]) == .number(11))
    }

    @Test func regexSearchesTheText() throws {
        #expect(try holds("regex(., '^[0-9]{11}$')", dot: .string("13800138000")))
        #expect(try !holds("regex(., '^[0-9]{11}$')", dot: .string("1380013800")))
        #expect(try holds("regex(., 'b')", dot: .string("abc")))
        #expect(try holds("regex(., '^\\p{Han}+$')", dot: .string("张三")))
        #expect(try !holds("regex(., '.*')"))
        #expect(try holds("regex(., '^4$')", dot: .number(4)))
    }

    @Test func regexWithAComputedPatternFailsQuietly() throws {
        #expect(try holds("regex(., ${p})", ["p": .string("^a")], dot: .string("abc")))
        #expect(try !holds("regex(., ${p})", ["p": .string("[")], dot: .string("abc")))
        #expect(try !holds("regex(., ${p})", dot: .string("abc")))
        #expect(try evaluate("regex(., ${p})", ["p": .string("(")], dot: .string("(")) == .boolean(false))
    }

    @Test func ifChoosesByTruthiness() throws {
        #expect(try evaluate("if(1 < 2, 'y', 'n')") == .string("y"))
        #expect(try evaluate("if(${x}, 'y', 'n')") == .string("n"))
        #expect(try evaluate("if('', 1, ${x})") == .empty)
        #expect(try evaluate("if(true(), 1, 1 div 0)") == .number(1))
    }

    @Test func coalesceSkipsEmpty() throws {
        #expect(try evaluate("coalesce(${x}, 3)") == .number(3))
        #expect(try evaluate("coalesce(${x}, 3)", ["x": .number(0)]) == .number(0))
        #expect(try evaluate("coalesce(${x}, 'none')", ["x": .string("")]) == .string("none"))
        #expect(try evaluate("coalesce(${x}, 'none')", ["x": .multi([])]) == .string("none"))
        #expect(try evaluate("coalesce(${x}, ${y})") == .empty)
        #expect(try evaluate("coalesce(${x} + 1, 0)") == .number(0))
    }

    @Test func functionsNest() throws {
        let answers: [String: Value] = ["reasons": .multi(["content", "safety"]), "overall": .string("2")]
        #expect(
            try holds(
                "${overall} <= 2 and count-selected(${reasons}) <= 2 and not(selected(${reasons}, 'fee'))", answers))
        #expect(
            try evaluate(
                "if(coalesce(${n}, 0) > 1, string-length('ab'), count-selected(${r}))",
                ["r": .multi(["a"])]) == .number(1))
    }
}

@Suite struct MultiValueTests {
    @Test func aMultiEqualsAStringWhenItHoldsExactlyThatOneValue() throws {
        #expect(try holds("${d} = 'mon'", ["d": .multi(["mon"])]))
        #expect(try holds("'mon' = ${d}", ["d": .multi(["mon"])]))
        #expect(try !holds("${d} = 'mon'", ["d": .multi(["mon", "wed"])]))
        #expect(try holds("${d} != 'mon'", ["d": .multi(["mon", "wed"])]))
        #expect(try !holds("${d} = 'mon'", ["d": .multi([])]))
        #expect(try holds("${d} = 3", ["d": .multi(["3"])]))
    }

    @Test func twoMultisAreEqualWhenTheyHoldTheSameValues() throws {
        let values: [String: Value] = [
            "a": .multi(["mon", "wed"]), "b": .multi(["wed", "mon"]), "c": .multi(["mon"]),
        ]
        #expect(try holds("${a} = ${b}", values))
        #expect(try holds("${a} != ${c}", values))
    }

    @Test func aConstraintOnTheAnswerBeingChecked() throws {
        let e = try Expression(parsing: "count-selected(.) <= 2")
        #expect(e.holds({ _ in .empty }, dot: .multi(["content", "safety"])))
        #expect(!e.holds({ _ in .empty }, dot: .multi(["content", "safety", "fee"])))
        #expect(e.holds({ _ in .empty }, dot: .empty))
        let range = try Expression(parsing: ". >= 1 and . <= 5")
        #expect(range.holds({ _ in .empty }, dot: .string("3")))
        #expect(!range.holds({ _ in .empty }, dot: .string("6")))
        #expect(!range.holds({ _ in .empty }, dot: .empty))
        #expect(!range.holds({ _ in .empty }, dot: .string("three")))
    }

    @Test func aClubsFactsThroughFieldValues() throws {
        let facts: [String: Value] = [
            "days": Value(FieldValue.days([.mon, .wed])),
            "grade_min": Value(FieldValue.integer(3)),
            "intensity": Value(FieldValue.text("high")),
            "fee": Value(FieldValue.decimal(12.5)),
            "outdoor": Value(FieldValue.boolean(true)),
            "tags": Value(FieldValue.multi(["ball"])),
        ]
        #expect(try holds("${intensity} != 'high' or ${grade_min} >= 3", facts))
        #expect(try holds("selected(${days}, 'wed') and count-selected(${days}) = 2", facts))
        #expect(try holds("${fee} > 12 and ${outdoor} and ${tags} = 'ball'", facts))
    }
}
