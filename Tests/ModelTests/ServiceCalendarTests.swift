import Model
import Testing

@Suite struct ServiceCalendarTests {
    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    static func calendar() throws -> ServiceCalendar {
        let semester = Semester(id: "2026-autumn", from: try date("2026-09-01"), to: try date("2027-01-22"))
        return ServiceCalendar(
            semester: semester, days: [.mon, .tue, .wed, .thu, .fri],
            entries: [
                CalendarEntry(date: try date("2026-10-01"), kind: .closed, reason: "国庆节"),
                CalendarEntry(date: try date("2026-10-10"), kind: .makeup, follows: .wed, reason: "调休"),
            ])
    }

    @Test func anOrdinaryWeekdayFollowsItsOwnTimetable() throws {
        #expect(try Self.calendar().day(Self.date("2026-11-30")) == .open(timetable: .mon))
    }

    @Test func aWeekendIsNotASchoolDayUnlessMadeUp() throws {
        let calendar = try Self.calendar()
        #expect(calendar.day(try Self.date("2026-11-29")) == .notSchoolDay)
        #expect(calendar.day(try Self.date("2026-10-10")) == .open(timetable: .wed))
    }

    @Test func aClosedDayKeepsItsReason() throws {
        #expect(try Self.calendar().day(Self.date("2026-10-01")) == .closed(reason: "国庆节"))
    }

    @Test func datesOutsideTheSemesterHaveNoService() throws {
        let calendar = try Self.calendar()
        #expect(calendar.day(try Self.date("2026-08-31")) == .outsideSemester)
        #expect(calendar.day(try Self.date("2027-01-25")) == .outsideSemester)
    }

    @Test func serviceDaysOfAMonthCountHolidaysAndMakeUpDays() throws {
        let days = try Self.calendar().serviceDays(from: Self.date("2026-10-01"), through: Self.date("2026-10-31"))
        // October 2026 has 22 weekdays; the 1st is closed and Saturday the 10th is made up.
        #expect(days.count == 22)
        #expect(days.first?.date == (try Self.date("2026-10-02")))
        #expect(days.contains { $0.date == (try? Self.date("2026-10-10")) && $0.timetable == .wed })
    }

    @Test func serviceDaysAreClippedToTheSemester() throws {
        let days = try Self.calendar().serviceDays(from: Self.date("2027-01-18"), through: Self.date("2027-01-31"))
        #expect(days.map(\.date.description) == ["2027-01-18", "2027-01-19", "2027-01-20", "2027-01-21", "2027-01-22"])
    }
}

@Suite struct PickupReasonTests {
    static func departure(at text: String, override: Bool = false) throws -> Departure {
        Departure(
            student: "A01", date: try #require(CalendarDate("2027-01-18")), at: try #require(TimeOfDay(text)), by: "林父",
            relation: "guardian", override: override, note: nil, recordedBy: "admin")
    }

    static let latestEnd = TimeOfDay(hour: 18, minute: 0)!
    static let activityEnd = TimeOfDay(hour: 16, minute: 30)!

    @Test func onTimeAtTheLatestEndExactly() throws {
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "18:00"), enrolledUntil: Self.latestEnd, latestEnd: Self.latestEnd
            ).isEmpty)
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "16:30"), enrolledUntil: Self.activityEnd, latestEnd: Self.latestEnd
            ).isEmpty)
    }

    @Test func lateAfterTheLatestEnd() throws {
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "18:01"), enrolledUntil: Self.latestEnd, latestEnd: Self.latestEnd) == [
                    .late
                ])
        // Late wins over after-enrolment: one reason for the time.
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "18:20"), enrolledUntil: Self.activityEnd, latestEnd: Self.latestEnd) == [
                    .late
                ])
    }

    @Test func afterTheEnrolledSegment() throws {
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "16:31"), enrolledUntil: Self.activityEnd, latestEnd: Self.latestEnd) == [
                    .afterEnrolment
                ])
    }

    @Test func anOverrideIsAlwaysReported() throws {
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "16:00", override: true), enrolledUntil: Self.latestEnd,
                latestEnd: Self.latestEnd) == [.override])
        #expect(
            PickupReason.reasons(
                for: try Self.departure(at: "18:30", override: true), enrolledUntil: Self.latestEnd,
                latestEnd: Self.latestEnd) == [.late, .override])
    }
}
