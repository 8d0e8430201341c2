import Testing

@testable import School

@Suite struct BackgroundWorkTests {
    struct Failure: Error, Equatable {}

    @Test func givesTheValueOrTheError() throws {
        let sum = BackgroundWork { (1...1000).reduce(0, +) }
        let failing = BackgroundWork { () throws -> Int in throw Failure() }
        #expect(try sum.value() == 500_500)
        #expect(try sum.value() == 500_500)
        #expect(throws: Failure()) { try failing.value() }
    }
}
