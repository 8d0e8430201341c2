import Foundation
import Model
import Reports
import School
import Store
import Testing

/// The survey import and a report's figures run straight on a `SchoolContext`: an in-memory
/// database, the repository's catalog and a stopped clock, with no shell in between.
@Suite struct SurveyImportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let form = "parent-satisfaction"
    static let semester = "2026-autumn"
    static let roster = """
        student_id,name,grade,class,guardian_id,guardian_name
        A01,林一,2,2-1,P01,林父
        A02,林二,4,4-1,P01,林父
        A03,周三,2,2-2,P02,周母
        A04,吴四,3,3-1,P03,吴父
        """

    /// A school whose clock stopped on 12 October 2026 at 16:40 in the policy's zone, with a
    /// roster and the policy's survey open.
    static func school() throws -> (SchoolContext, AppDatabase) {
        let database = try AppDatabase.inMemory()
        let date = try #require(CalendarDate("2026-10-12"))
        let time = try #require(TimeOfDay("16:40"))
        let clock = try #require(FixedClock(date: date, time: time, timeZone: "Asia/Shanghai"))
        let school = SchoolContext(
            databasePath: ":memory:", pluginsPath: repository.appendingPathComponent("Plugins").path,
            catalogPath: repository.appendingPathComponent("Catalog").path, identity: .coordinator,
            clock: clock, database: database)
        try database.openSemester(
            Semester(
                id: semester, from: try #require(CalendarDate("2026-09-01")),
                to: try #require(CalendarDate("2027-01-22"))))
        _ = try database.importRoster(try RosterFile(try CSVDocument(parsing: roster)), dryRun: false)
        try database.openSurvey(semester: semester, form: form, version: try school.form(form).version, digest: "d")
        return (school, database)
    }

    /// `text` in a file of its own, removed by `body`'s end.
    static func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString).csv")
            .path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func importsEveryRowOfTheDayByTheContextsClockAndCountsSatisfaction() throws {
        let (school, database) = try Self.school()
        try Self.withFile("student,aware,overall\nA01,yes,5\nA03,yes,2\nA04,no,4\n") { path in
            var heard: [String] = []
            let imported = try school.importSurveyAnswers(form: Self.form, path: path) { heard.append($0.text(.en)) }
            #expect(imported == 3)
            #expect(heard.first == "checking 3 rows of answers…")
        }
        let responses = try database.responses(semester: Self.semester, form: Self.form)
        #expect(responses.count == 3)
        #expect(responses.allSatisfy { $0.day == CalendarDate("2026-10-12") })

        // The policy counts 4 or 5 overall as satisfied: two of the three.
        let report = try FigureReport(school, measure: .satisfaction, by: nil, semester: nil)
        guard case .whole(let figure) = report.figure else {
            Issue.record("expected one figure, not a breakdown")
            return
        }
        #expect(figure.k == 2)
        #expect(figure.n == 3)
        #expect(figure.rate == 2.0 / 3.0)
        #expect(figure.responses == 3)
        #expect(report.countedAs == "${overall} >= 4")
        #expect(report.notes.isEmpty)
    }

    @Test func anImportAskedToStopIsCancelledAndStoresNothing() throws {
        let (school, database) = try Self.school()
        try Self.withFile("student,aware,overall\nA01,yes,5\nA03,yes,2\n") { path in
            school.interrupter.interrupt()
            #expect(throws: AppDatabase.cancelled) {
                try school.importSurveyAnswers(form: Self.form, path: path) { _ in }
            }
            let stored = try database.responses(semester: Self.semester, form: Self.form)
            #expect(stored.isEmpty)
            // The next command starts afresh.
            school.interrupter.reset()
            let imported = try school.importSurveyAnswers(form: Self.form, path: path) { _ in }
            #expect(imported == 2)
        }
    }

    @Test func aBadCellRefusesTheWholeFileWithItsLineAndColumn() throws {
        let (school, database) = try Self.school()
        try Self.withFile("student,aware,overall\nA01,yes,5\nA03,yes,7\n") { path in
            let refusal = #expect(throws: ProblemList.self) {
                try school.importSurveyAnswers(form: Self.form, path: path)
            }
            #expect(
                refusal?.problems.map { $0.text(file: path, .en) } == ["\(path):3: overall: '7' is not between 1 and 5"]
            )
            #expect(refusal?.summary.text(.en) == "1 problem in '\(path)'; nothing was imported")
        }
        #expect(try database.responses(semester: Self.semester, form: Self.form).isEmpty)

        // With nothing stored there is no rate, and the report says so.
        let report = try FigureReport(school, measure: .satisfaction, by: nil, semester: nil)
        #expect(
            report.notes.map { $0.text(.en) } == [
                "'parent-satisfaction' has no responses in '2026-autumn' yet: there is no rate to show"
            ])
    }
}
