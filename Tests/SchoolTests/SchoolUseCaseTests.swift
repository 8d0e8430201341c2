import Foundation
import Model
import School
import Store
import TestSupport
import Testing

/// The school's use cases run on a `SchoolContext` alone: plain values in, model values out, the
/// acting person and the clock set by the test. No shell, no tokens, no terminal.
@Suite struct SchoolUseCaseTests {
    /// The small school (A01-A08) in an autumn semester, on a clock stopped on Monday
    /// 12 October 2026 at 16:40 in the policy's time zone.
    static func school() throws -> SchoolContext {
        let date = try #require(CalendarDate("2026-10-12"))
        let time = try #require(TimeOfDay("16:40"))
        let clock = try #require(FixedClock(date: date, time: time, timeZone: "Asia/Shanghai"))
        let school = SchoolContext(
            databasePath: ":memory:", pluginsPath: Repository.plugins, catalogPath: Repository.catalog,
            identity: .coordinator, clock: clock, database: try AppDatabase.inMemory())
        let from = try #require(CalendarDate("2026-09-01"))
        let to = try #require(CalendarDate("2027-01-22"))
        _ = try school.openSemester(id: "2026-autumn", from: from, to: to)
        _ = try school.importRoster(path: Repository.fixtures + "/roster/small-school.csv", dryRun: false)
        _ = try school.addTeacher(id: "T01", name: "王老师")
        _ = try school.addTeacher(id: "T02", name: "李老师")
        return school
    }

    static func rope(teacher: String? = nil) -> ClubRequest {
        ClubRequest(
            module: "sports", title: "跳绳", grades: "2-5", capacity: "1", days: "mon", segment: "activity",
            id: "rope", teacher: teacher, assignments: ["venue=gym"])
    }

    @Test func aTeacherPublishesAndWithdrawsOnlyTheirOwnClubs() throws {
        let school = try Self.school()
        school.identity = Identity(role: .teacher, id: "T01", name: "王老师")
        #expect(throws: Refusal(zh: "教师只能发布自己的社团", en: "a teacher publishes only their own clubs")) {
            try school.publishClub(Self.rope(teacher: "T02"))
        }
        let club = try school.publishClub(Self.rope())
        #expect(club.teacher == "T01")
        school.identity = Identity(role: .teacher, id: "T02", name: "李老师")
        #expect(throws: Refusal(zh: "教师只能撤销自己的社团", en: "a teacher withdraws only their own clubs")) {
            try school.withdrawClub("rope")
        }
        school.identity = .coordinator
        #expect(try school.withdrawClub("rope").withdrawn)
    }

    @Test func everyProblemOfAClubIsRefusedAtOnce() throws {
        let school = try Self.school()
        var request = Self.rope(teacher: "T01")
        request.capacity = "99"
        request.days = "sun"
        request.assignments = ["fee=10"]
        #expect {
            try school.publishClub(request)
        } throws: { error in
            let refusals = (error as? RefusalList)?.refusals.map { $0.message.text(.en) } ?? []
            return refusals.contains("--days: Sunday is not a school day")
                && refusals.contains("--capacity: 99 is above module 'sports' maximum of 40")
                && refusals.contains("after-school clubs are free of charge (P7): 'fee' cannot be set")
        }
        #expect(try school.clubs(ClubFilter()).isEmpty, "nothing is stored")
    }

    @Test func theAllocationRunsIsPublishedExplainedAndMovesAfterwards() throws {
        let school = try Self.school()
        _ = try school.publishClub(Self.rope(teacher: "T01"))
        for id in ["A01", "A04"] {
            _ = try school.enrol(student: id, days: "mon", until: "activity")
            _ = try school.choose(student: id, clubs: ["rope"])
        }
        let run = try school.runAllocation(seed: 7)
        #expect(run.summary.students == 2)
        #expect(run.summary.withChoices == 2)
        #expect(run.summary.firstChoice == 1, "one seat for two families")
        #expect(run.summary.firstChoiceShare == 0.5)
        let (semester, seed) = try school.publishAllocation(force: false)
        #expect(semester.id == "2026-autumn")
        #expect(seed == 7)
        let holder = try school.choosers(club: "rope").map(\.studentID).first { id in
            try school.explain(student: id, language: .en).contains("given (round 1)")
        }
        let seated = try #require(holder)
        let waiting = seated == "A01" ? "A04" : "A01"
        #expect(try school.waitlist(club: "rope").map(\.student.id) == [waiting])
        // The seat passes down the waitlist when the child who holds it leaves.
        let changes = try school.leaveClub(student: seated, club: "rope")
        #expect(changes.contains { $0.student == waiting && $0.action == "join_club" && $0.club == "rope" })
        #expect(try school.allocationChanges().count == changes.count)
    }

    @Test func aFamilySeesOnlyItsOwnChildrenAndThePublishedAllocation() throws {
        let school = try Self.school()
        _ = try school.enrol(student: "A01", days: "mon", until: "activity")
        _ = try school.runAllocation(seed: 1)
        school.identity = Identity(role: .parent, id: "P01", name: "林父")
        #expect(throws: Refusal(zh: "分配还没有公布", en: "the allocation has not been published yet")) {
            try school.week(of: "A01")
        }
        #expect(throws: Refusal.self) { try school.week(of: "A04") }
        school.identity = Identity(role: .teacher, id: "T01", name: "王老师")
        #expect(try school.week(of: "A04").1.isEmpty, "a teacher may look at any student; A04 is not enrolled")
    }

    @Test func todayAndNowComeFromTheSchoolsClock() throws {
        let school = try Self.school()
        _ = try school.enrol(student: "A01", days: "mon", until: "latecare")
        _ = try school.runAllocation(seed: 1)
        _ = try school.publishAllocation(force: false)
        let semester = try school.currentSemester()
        #expect(try school.semesterDate(nil, in: semester) == CalendarDate("2026-10-12"))
        #expect(try school.timeOfDay(nil) == TimeOfDay("16:40"))
        let (_, departure, reasons) = try school.depart(DepartureRequest(student: "A01", by: "林父", alone: false))
        #expect(departure.date == CalendarDate("2026-10-12"))
        #expect(departure.at == TimeOfDay("16:40"))
        #expect(departure.recordedBy == "admin")
        #expect(reasons.isEmpty)
    }
}
