import Testing

@testable import Model

@Suite struct CalendarDateTests {
    @Test(arguments: ["2021-02-22", "2024-02-29", "2000-02-29", "1999-12-31"])
    func parsesValidDates(text: String) throws {
        #expect(try #require(CalendarDate(text)).description == text)
    }

    @Test(arguments: [
        "2021-13-01", "2021-02-29", "1900-02-29", "2021-2-1", "21-02-01", "2021/02/01", "", "２０２１-01-01", "2021-01-01x",
    ])
    func refusesInvalidDates(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func weekdaysAndDayArithmetic() throws {
        let monday = try #require(CalendarDate("2021-02-22"))
        #expect(monday.weekdayIndex == 0)
        #expect(monday.adding(days: 6).weekdayIndex == 6)
        #expect(monday.adding(days: 7).description == "2021-03-01")
        #expect(CalendarDate(dayNumber: monday.dayNumber) == monday)
        #expect(try #require(CalendarDate("1970-01-01")).dayNumber == 0)
    }
}
