import TestSupport
import Testing

@testable import Expressions

@Suite struct RobustnessTests {
    static let fragments = [
        "${a}", "${b}", "${days}", "${", "}", "$", ".", ".5", "0", "1", "2.5", "007", "'x'", "'体育'", "''", "'",
        "'it''s'", "+", "-", "*", " div ", " mod ", " and ", " or ", "=", "!=", "!", "<", "<=", ">", ">=",
        "(", ")", ",", "not(", "selected(", "count-selected(", "string-length(", "regex(", "'[a-'", "'^a'",
        "if(", "coalesce(", "true()", "false()", "foo(", " ", "\t", "（", "#", "\"", "é", "\u{301}",
        "9999999999999999999999",
    ]

    static let values: [Value] = [
        .empty, .number(0), .number(-3.5), .number(1e308), .string(""), .string("12"), .string("abc"),
        .string("a b"), .boolean(true), .boolean(false), .multi([]), .multi(["mon"]), .multi(["mon", "wed"]),
    ]

    @Test func randomTokenSoupNeverTraps() {
        var random = SeededGenerator(seed: 20_240_901)
        var parsed = 0
        for _ in 0..<50_000 {
            let count = Int.random(in: 0...12, using: &random)
            let source = (0..<count).map { _ in Self.fragments.randomElement(using: &random) ?? "" }.joined()
            let length = source.unicodeScalars.count
            do {
                let e = try Expression(parsing: source)
                parsed += 1
                let value = Self.values.randomElement(using: &random) ?? .empty
                let dot = Self.values.randomElement(using: &random) ?? .empty
                let result = e.evaluate({ _ in value }, dot: dot)
                #expect(e.holds({ _ in value }, dot: dot) == result.isTruthy)
                #expect(e.evaluate({ _ in value }, dot: dot) == result || result.isNaN)
                for reference in e.references {
                    #expect((1...length).contains(reference.column))
                }
                do {
                    try e.check(names: ["a", "days"], allowDot: Bool.random(using: &random))
                } catch {
                    #expect((1...length).contains(error.column), "\(source)")
                }
            } catch {
                #expect((1...length + 1).contains(error.column), "\(source)")
                #expect(!error.message(.en).isEmpty && !error.message(.zh).isEmpty)
            }
        }
        // The soup should not be all errors, or the evaluator would go untested.
        #expect(parsed > 1_500)
    }

    @Test func randomWellFormedExpressionsGroupAsWritten() throws {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let (source, expected) = Self.generate(depth: 4, using: &random)
            #expect(try tree(source) == expected, "\(source)")
        }
    }

    /// A random expression written fully parenthesised, and the prefix form it must parse to.
    static func generate(depth: Int, using random: inout SeededGenerator) -> (String, String) {
        let leaves = [("${a}", "${a}"), (".", "."), ("3", "3"), ("'s'", "'s'"), ("true()", "(true)")]
        if depth == 0 || Int.random(in: 0..<4, using: &random) == 0 {
            return leaves.randomElement(using: &random) ?? ("1", "1")
        }
        let (a, pa) = generate(depth: depth - 1, using: &random)
        let (b, pb) = generate(depth: depth - 1, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            let op =
                ["+", "-", "*", "div", "mod", "=", "!=", "<", "<=", ">", ">=", "and", "or"]
                .randomElement(using: &random) ?? "+"
            return ("(\(a) \(op) \(b))", "(\(op) \(pa) \(pb))")
        case 1:
            return ("-(\(a))", "(- \(pa))")
        case 2:
            return ("coalesce(\(a), \(b))", "(coalesce \(pa) \(pb))")
        case 3:
            let (c, pc) = generate(depth: depth - 1, using: &random)
            return ("if(\(a), \(b), \(c))", "(if \(pa) \(pb) \(pc))")
        default:
            return ("not(\(a))", "(not \(pa))")
        }
    }
}

extension Value {
    /// NaN never equals itself; no result should carry one, but a test must not fail on it for that reason.
    var isNaN: Bool {
        if case .number(let n) = self { return n.isNaN }
        return false
    }
}
