import Foundation
import Model
import School
import Testing

@Suite struct SchoolClockTests {
    @Test func aFixedClockGivesTheSameDayAndTimeInThePolicysZone() throws {
        let date = try #require(CalendarDate("2026-10-12"))
        let time = try #require(TimeOfDay("16:40"))
        let clock = try #require(FixedClock(date: date, time: time, timeZone: "Asia/Shanghai"))
        let now = clock.today(timeZone: "Asia/Shanghai")
        #expect(now.date == date)
        #expect(now.time == time)
        // The same moment is still the morning of the 12th in London.
        #expect(clock.today(timeZone: "Europe/London").time == TimeOfDay("09:40"))
    }
}
