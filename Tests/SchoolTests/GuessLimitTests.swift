import Foundation
import Model
import School
import Testing

/// Past five failures a minute, a terminal waits, twice as long each time.
@Suite struct GuessLimitTests {
    @Test func fiveFailuresInAMinuteStartAWaitThatDoublesEachTime() throws {
        var limit = GuessLimit()
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        for _ in 0..<4 {
            limit.failed(now: now)
            now += 5
        }
        try limit.check(now: now)
        limit.failed(now: now)
        #expect(throws: Refusal.self) { try limit.check(now: now + 29) }
        try limit.check(now: now + 30)
        now += 30
        for _ in 0..<5 { limit.failed(now: now) }
        #expect(throws: Refusal.self) { try limit.check(now: now + 59) }
        try limit.check(now: now + 60)
    }

    @Test func aSlowSteadyGuesserWaitsToo() throws {
        var limit = GuessLimit()
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        // Four a minute never trips the minute's limit, but the thirtieth within the hour waits.
        for _ in 0..<29 {
            limit.failed(now: now)
            try limit.check(now: now)
            now += 15
        }
        limit.failed(now: now)
        #expect(throws: Refusal.self) { try limit.check(now: now) }
    }
}
