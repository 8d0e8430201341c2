import Foundation
import GRDB
import Model
import TestSupport
import Testing

@testable import Store

@Suite struct StayingStoreTests {
    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    /// A database with a semester and two pupils of one family.
    static func school() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        try database.importRoster(csv: SampleRoster.header + "A01,林一,2,2-1,P01,林父\nA02,林二,4,4-1,P01,林父\n")
        return database
    }

    static func register(_ marks: [String: AttendanceMark], at time: String) throws -> Register {
        Register(
            group: "study-2-mon-activity-1", kind: "study", date: try date("2027-01-18"), segment: 0, version: 0,
            takenBy: "T01",
            takenAt: try #require(TimeOfDay(time)), marks: marks)
    }

    @Test func theMigrationIsApplied() throws {
        #expect(try AppDatabase.inMemory().appliedMigrations().contains("v7-staying-leaving"))
    }

    @Test func aRegisterFindsItsChildrenThroughThePublishedIndexes() throws {
        let plan = try AppDatabase.inMemory().read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.expectedMembersQuery,
                arguments: ["s", 1, "g", "s", 1, "g"]
            )
            .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("placement_published_by_club"), "\(plan)")
        #expect(plan.contains("placement_published_by_group"), "\(plan)")
    }

    @Test func aCorrectionIsANewVersionAndTheOldOneIsKept() throws {
        let database = try Self.school()
        #expect(
            try database.saveRegister(try Self.register(["A01": .absent, "A02": .present], at: "15:35"), semester: "s")
                == 1)
        #expect(
            try database.saveRegister(
                try Self.register(["A01": .present, "A02": .present], at: "15:50"), semester: "s") == 2)
        let day = try Self.date("2027-01-18")
        let current = try database.registers(semester: "s", from: day, through: day)
        #expect(current.count == 1)
        #expect(current.first?.version == 2)
        #expect(current.first?.marks == ["A01": .present, "A02": .present])
        let history = try database.registers(semester: "s", from: day, through: day, history: true)
        #expect(history.map(\.version) == [1, 2])
        #expect(history.first?.marks["A01"] == .absent)
        #expect(history.first?.takenBy == "T01")
        #expect(history.first?.takenAt.description == "15:35")
    }

    @Test func aSecondDepartureIsRefusedAndTheFirstIsKept() throws {
        let database = try Self.school()
        let day = try Self.date("2027-01-18")
        let first = Departure(
            student: "A01", date: day, at: try #require(TimeOfDay("17:00")), by: "林父", relation: "guardian",
            override: false, note: nil, recordedBy: "T01")
        try database.recordDeparture(first, semester: "s")
        var second = first
        second.at = try #require(TimeOfDay("17:30"))
        second.by = "张三"
        #expect(throws: Refusal.self) { try database.recordDeparture(second, semester: "s") }
        #expect(try database.departures(semester: "s", from: day, through: day) == [first])
    }

    @Test func aDayWithRegistersCannotBeClosed() throws {
        let database = try Self.school()
        try database.saveRegister(try Self.register(["A01": .present], at: "15:35"), semester: "s")
        #expect(throws: Refusal.self) {
            try database.closeDays(
                from: try Self.date("2027-01-15"), through: try Self.date("2027-01-19"), reason: "x", semester: "s")
        }
        #expect(try database.calendarEntries(semester: "s").isEmpty)
        try database.closeDays(
            from: try Self.date("2027-01-01"), through: try Self.date("2027-01-01"), reason: "元旦", semester: "s")
        #expect(
            try database.calendarEntries(semester: "s") == [
                CalendarEntry(date: try Self.date("2027-01-01"), kind: .closed, reason: "元旦")
            ])
    }

    @Test func overlappingLeaveIsRefusedUntilTheFirstIsCancelled() throws {
        let database = try Self.school()
        let leave = try database.requestLeave(
            student: "A01", from: try Self.date("2027-01-18"), to: try Self.date("2027-01-20"), reason: nil, by: "P01",
            semester: "s")
        #expect(throws: Refusal.self) {
            try database.requestLeave(
                student: "A01", from: try Self.date("2027-01-20"), to: try Self.date("2027-01-21"), reason: nil,
                by: "P01", semester: "s")
        }
        // Another child of the family is not affected.
        _ = try database.requestLeave(
            student: "A02", from: try Self.date("2027-01-20"), to: try Self.date("2027-01-20"), reason: nil, by: "P01",
            semester: "s")
        try database.cancelLeave(id: leave.id, by: "admin")
        #expect(throws: Refusal.self) { try database.cancelLeave(id: leave.id, by: "admin") }
        let again = try database.requestLeave(
            student: "A01", from: try Self.date("2027-01-20"), to: try Self.date("2027-01-21"), reason: nil, by: "P01",
            semester: "s")
        #expect(again.id != leave.id)
        let day = try Self.date("2027-01-20")
        #expect(Set(try database.leaves(semester: "s", from: day, through: day).map(\.student)) == ["A01", "A02"])
        #expect(try database.leaves(semester: "s", includeCancelled: true).count == 3)
    }
}
