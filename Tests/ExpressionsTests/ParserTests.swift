import Testing

@testable import Expressions

@Suite struct ParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("1 - (2 - 3)", "(- 1 (- 2 3))"),
        ("8 div 4 div 2", "(div (div 8 4) 2)"),
        ("7 mod 4 * 2", "(* (mod 7 4) 2)"),
        ("-1 + 2", "(+ (- 1) 2)"),
        ("-2 * -3", "(* (- 2) (- 3))"),
        ("- - 1", "(- (- 1))"),
        ("-(1 + 2)", "(- (+ 1 2))"),
        ("1 + 2 < 3 * 4", "(< (+ 1 2) (* 3 4))"),
        ("${a} = 1 and ${b} = 2", "(and (= ${a} 1) (= ${b} 2))"),
        ("${a} or ${b} and ${c}", "(or ${a} (and ${b} ${c}))"),
        ("${a} and ${b} or ${c}", "(or (and ${a} ${b}) ${c})"),
        ("(${a} or ${b}) and ${c}", "(and (or ${a} ${b}) ${c})"),
        ("${a} or ${b} or ${c}", "(or (or ${a} ${b}) ${c})"),
        ("${a} != 'x' or ${g} >= 3", "(or (!= ${a} 'x') (>= ${g} 3))"),
        ("1 <= 2", "(<= 1 2)"),
        ("1 > 2", "(> 1 2)"),
        ("1 >= 2", "(>= 1 2)"),
        ("not(. = 'a')", "(not (= . 'a'))"),
        ("if(${a}, 'y', 'n')", "(if ${a} 'y' 'n')"),
        ("coalesce(${a}, 0) + 1", "(+ (coalesce ${a} 0) 1)"),
        ("true() and false()", "(and (true) (false))"),
        ("selected(${d}, 'mon')", "(selected ${d} 'mon')"),
        ("count-selected(.) <= 2", "(<= (count-selected .) 2)"),
        ("string-length('it''s')", "(string-length 'it''s')"),
        ("regex(., '^[0-9]+$')", "(regex . /^[0-9]+$/)"),
        ("regex(., ${p})", "(regex . ${p})"),
        ("((((1))))", "1"),
    ])
    func grouping(source: String, expected: String) throws {
        #expect(try tree(source) == expected)
    }

    @Test func referencesInOrderOfFirstAppearance() throws {
        let e = try Expression(parsing: "${b} + ${a} * ${b} + ${c}")
        #expect(e.references.map(\.name) == ["b", "a", "c"])
        #expect(e.references.map(\.column) == [1, 8, 22])
        #expect(!e.usesDot)
    }

    @Test func dotIsNoticed() throws {
        #expect(try Expression(parsing: "count-selected(.) <= 2").usesDot)
        #expect(try Expression(parsing: ".5 + 1").usesDot == false)
        #expect(try Expression(parsing: "'.'").usesDot == false)
    }

    @Test func expressionsAreEqualByTheirText() throws {
        let a = try Expression(parsing: "1 + 2")
        let b = try Expression(parsing: "1 + 2")
        let c = try Expression(parsing: "1+2")
        #expect(a == b)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
        #expect(a.description == "1 + 2")
        #expect(a.source == "1 + 2")
    }

    @Test func deepButReasonableNestingParses() throws {
        let nested = String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)
        #expect(try evaluate(nested) == .number(1))
        let chain = (1...60).map(String.init).joined(separator: " + ")
        #expect(try evaluate(chain) == .number(1830))
    }

    @Test func hostileNestingIsRefusedNotCrashed() {
        let nested = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(parseError(nested)?.kind == .nestedTooDeeply)
        let minus = String(repeating: "-", count: 100_000) + "1"
        #expect(parseError(minus)?.kind == .nestedTooDeeply)
        let chain = Array(repeating: "1", count: 100_000).joined(separator: "+")
        #expect(parseError(chain)?.kind == .nestedTooDeeply)
        let calls = String(repeating: "not(", count: 100_000)
        #expect(parseError(calls)?.kind == .nestedTooDeeply)
    }
}
