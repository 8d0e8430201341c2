import Foundation
import Model
import School
import Store
import TestSupport
import Testing

@testable import Shell

/// `still_at_school` depends on the clock: it is reported only for today, once `latest_end` has passed.
@Suite struct PickupReportTests {
    static func session(clock: any SchoolClock) throws -> Session {
        try SmallSchool.shell(
            then: [
                "enrol A01 --days mon,wed --until latecare",
                "enrol A03 --days mon --until activity",
                "enrol A04 --days mon --until activity",
                "enrol A05 --days mon --until latecare",
                "match run --seed 7",
                "match publish",
                "leave request A03 --date 2027-01-18",
                "attend study-3-mon-activity-1 --date 2027-01-18 --at 15:35 --absent A05",
                "depart A04 --by 吴父 --date 2027-01-18 --at 16:35",
            ], clock: clock
        ).session
    }

    static let day = CalendarDate(year: 2027, month: 1, day: 18)!

    func reasons(now: (date: CalendarDate, time: TimeOfDay?)) throws -> [String: [String]] {
        // The school's clock stands at `now` in the policy's time zone.
        let clock = try #require(
            FixedClock(date: now.date, time: now.time ?? TimeOfDay(hour: 0, minute: 0)!, timeZone: "Asia/Shanghai"))
        let session = try Self.session(clock: clock)
        let report = try PickupReport(
            date: Self.day, semester: try session.school.currentSemester(), school: session.school)
        return Dictionary(grouping: report.rows, by: \.student.id).mapValues { $0.map(\.reason.rawValue) }
    }

    @Test func todayAfterTheLatestEndListsChildrenWithNoDeparture() throws {
        // A01 stays and has not left; A03 is on leave, A05 absent, A04 has gone (after its enrolled segment).
        let reasons = try reasons(now: (Self.day, TimeOfDay(hour: 18, minute: 30)))
        #expect(reasons == ["A01": ["still_at_school"], "A04": ["after_enrolment"]])
    }

    @Test func beforeTheLatestEndNobodyIsStillAtSchoolYet() throws {
        #expect(try reasons(now: (Self.day, TimeOfDay(hour: 17, minute: 0))) == ["A04": ["after_enrolment"]])
    }

    @Test func anotherDayListsOnlyWhatWasRecorded() throws {
        #expect(
            try reasons(now: (Self.day.adding(days: 1), TimeOfDay(hour: 9, minute: 0))) == ["A04": ["after_enrolment"]])
    }
}
