import Foundation
import Model
import Store
import TestSupport
import Testing

@testable import School

/// A response keeps only breakdown keys that at least five invited families would keep too.
@Suite struct BreakdownKeysTests {
    /// 41 families: 30 with one child in class 3-1 or 3-2, six with one child in class 5-1, four
    /// with children in grades 3 and 4, one with children in grades 1 and 5.
    static let roster = """
        student_id,name,grade,class,guardian_id,guardian_name
        \((0..<15).map { "A\($0),a\($0),3,3-1,F\($0),p\($0)" }.joined(separator: "\n"))
        \((15..<30).map { "A\($0),a\($0),3,3-2,F\($0),p\($0)" }.joined(separator: "\n"))
        \((30..<36).map { "A\($0),a\($0),5,5-1,F\($0),p\($0)" }.joined(separator: "\n"))
        \((36..<40).map { "A\($0),a\($0),3,3-1,F\($0),p\($0)\nB\($0),b\($0),4,4-1,F\($0),p\($0)" }
            .joined(separator: "\n"))
        A40,a40,1,1-1,F40,p40
        B40,b40,5,5-1,F40,p40
        """

    static func school() throws -> (SchoolContext, SchoolRoster, Form) {
        let school = SchoolContext(
            databasePath: ":memory:", pluginsPath: Repository.plugins, catalogPath: Repository.catalog,
            identity: .coordinator, database: try AppDatabase.inMemory())
        let semester = try school.openSemester(
            id: "2026-autumn", from: try .parse("2026-09-01"), to: try .parse("2027-01-22"))
        try school.database().importRoster(csv: roster)
        return (school, try SchoolRoster(school, semester: semester), try school.form("parent-satisfaction"))
    }

    @Test func everyKeptCombinationIsSharedByFiveInvitedFamilies() throws {
        let (_, roster, form) = try Self.school()
        let keys = BreakdownKeys(roster: roster, form: form)
        var kept: [String: [String]] = [:]
        for holder in roster.invitedHolders(form: form) {
            let combination = keys.kept(by: Respondent.forHolder(holder, form: form, roster: roster))
            kept[holder] = combination.keys.sorted().filter { !(combination[$0] ?? []).isEmpty }.map {
                "\($0)=\(combination[$0] ?? [])"
            }
        }
        #expect(kept.count == 41)
        let families = Dictionary(grouping: kept.keys, by: { kept[$0] ?? [] })
        for (combination, sharing) in families {
            #expect(sharing.count >= BreakdownKeys.k, "\(combination) is kept by \(sharing.count) families")
        }
        // A family with one child in a class of fifteen keeps the class ...
        #expect(kept["F0"] == ["class=[\"3-1\"]", "grade=[\"3\"]"])
        // ... so do the six families of class 5-1 ...
        #expect(kept["F30"] == ["class=[\"5-1\"]", "grade=[\"5\"]"])
        // ... and the five families with children in two grades keep only that.
        #expect(kept["F36"] == ["grade=[\"several\"]"])
        #expect(kept["F40"] == ["grade=[\"several\"]"])
    }

    @Test func theReportsCountACoarsenedResponseOnlyUnderWhatItKept() throws {
        let (school, _, _) = try Self.school()
        try school.database().openSurvey(semester: "2026-autumn", form: "parent-satisfaction", version: 1, digest: "d")
        for student in ["A0", "A1", "A36"] {
            let submission = try SurveySubmission(school, form: "parent-satisfaction", code: nil, student: student)
            try submission.store(try submission.check(["aware": "yes", "overall": "5"]))
        }
        let grades = try FigureReport(school, measure: .satisfaction, by: "grade", semester: nil)
        guard case .breakdown(let breakdown) = grades.figure else {
            Issue.record("no breakdown")
            return
        }
        // Every grade of the roster has its line; the response that kept `several` counts there alone.
        #expect(breakdown.cells.map(\.key) == ["1", "3", "4", "5", "several"])
        #expect(breakdown.cells.map(\.n) == [0, 2, 0, 0, 1])
    }
}
