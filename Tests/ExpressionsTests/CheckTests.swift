import Testing

@testable import Expressions

@Suite struct CheckTests {
    static let clubFacts = ["grade_min", "grade_max", "title", "capacity"]

    @Test func knownNamesPass() throws {
        let e = try Expression(parsing: "${grade_min} >= 3 and ${capacity} > 0")
        try e.check(names: Set(Self.clubFacts), allowDot: false)
        try e.check(names: Self.clubFacts, allowDot: false)
    }

    @Test func unknownNameWithHintInDeclarationOrder() throws {
        let e = try Expression(parsing: "${capacity} > 0 and ${gradee} >= 3")
        let error = try #require(throws: ExpressionError.self) {
            try e.check(names: Self.clubFacts, allowDot: true)
        }
        #expect(error.column == 21)
        #expect(error.kind == .unknownName("gradee", suggestion: "grade_min"))
        #expect(error.message(.en) == "unknown name 'gradee'")
        #expect(error.message(.zh) == "未知的名称 'gradee'")
        #expect(error.hint(.en) == "did you mean 'grade_min'?")
        #expect(error.hint(.zh) == "您是不是要写 'grade_min'？")
    }

    @Test func aSetOfNamesGivesAStableHint() throws {
        let e = try Expression(parsing: "${gradee} >= 3")
        let error = try #require(throws: ExpressionError.self) {
            try e.check(names: Set(Self.clubFacts), allowDot: true)
        }
        #expect(error.column == 1)
        #expect(error.message(.en) == "unknown name 'gradee'")
        // Without declaration order the tie goes to the first name in sorted order, every time.
        #expect(error.hint(.en) == "did you mean 'grade_max'?")
        #expect(
            try Expression(parsing: "${titel}").checkError(Set(Self.clubFacts))?.hint(.en) == "did you mean 'title'?")
    }

    @Test func farNamesGetNoHint() throws {
        let error = try #require(try Expression(parsing: "1 + ${zzzzzzzz}").checkError(Set(Self.clubFacts)))
        #expect(error.column == 5)
        #expect(error.message(.en) == "unknown name 'zzzzzzzz'")
        #expect(error.hint(.en) == nil)
        #expect(error.hint(.zh) == nil)
    }

    @Test func theFirstUnknownNameIsReported() throws {
        let e = try Expression(parsing: "${title} = ${x} or ${y} = 1")
        #expect(e.checkError(["title"])?.kind == .unknownName("x", suggestion: nil))
        #expect(e.checkError(["title"])?.column == 12)
    }

    @Test func dotOutsideAConstraint() throws {
        let e = try Expression(parsing: "count-selected(.) <= 2")
        try e.check(names: [], allowDot: true)
        let error = try #require(throws: ExpressionError.self) { try e.check(names: [String](), allowDot: false) }
        #expect(error.column == 16)
        #expect(error.message(.en) == "'.' is only allowed in a constraint")
        #expect(error.message(.zh) == "'.' 只能用在约束条件中")
        #expect(error.hint(.en) == nil)
    }

    @Test func whicheverProblemComesFirstIsReported() throws {
        let dotFirst = try Expression(parsing: ". = ${nope}")
        #expect(dotFirst.checkError([], allowDot: false)?.kind == .dotNotAllowed)
        #expect(dotFirst.checkError([], allowDot: true)?.kind == .unknownName("nope", suggestion: nil))
        let nameFirst = try Expression(parsing: "${nope} = .")
        #expect(nameFirst.checkError([], allowDot: false)?.kind == .unknownName("nope", suggestion: nil))
    }
}

extension Expression {
    /// The error `check` throws, or nothing.
    func checkError(_ names: Set<String>, allowDot: Bool = true) -> ExpressionError? {
        do {
            try check(names: names, allowDot: allowDot)
            return nil
        } catch {
            return error
        }
    }
}
