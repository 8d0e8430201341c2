import Testing

@testable import Model

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 1999, 2000, 4001, 100_003])
    func keepsTheOrderOfAMap(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.concurrentMap(minimumChunk: 2000) { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
    }

    @Test func hexIsTwoLowercaseDigitsAByte() {
        #expect(Hex.text([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
        #expect(Hex.text([UInt8]()) == "")
    }
}
