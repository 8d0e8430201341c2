import Foundation
import Model
import Store
import TestSupport
import Testing

@testable import Shell

/// The report commands checked against figures computed here from the responses as they were
/// made, with an interval and a suppression rule written out again, not taken from `Reports`.
@Suite struct ReportTests {
    typealias Made = MadeResponse

    static let form = "parent-satisfaction"
    /// The line by which a page shows it was written by this program (`HTMLReport.generatorMark`).
    static let generatorMark = "<meta name=\"generator\" content=\"afterschool\">"

    // MARK: Independent arithmetic

    /// The 95% Wilson score interval, from its textbook formula.
    static func wilson(_ k: Int, _ n: Int) -> (Double, Double) {
        let z = 1.959963984540054
        let p = Double(k) / Double(n)
        let nn = Double(n)
        let centre = p + z * z / (2 * nn)
        let spread = z * ((p * (1 - p) + z * z / (4 * nn)) / nn).squareRoot()
        let scale = 1 + z * z / nn
        return ((centre - spread) / scale, (centre + spread) / scale)
    }

    /// Which keys a breakdown hides: under 5, and the smallest other (by n, then key) when only one is.
    static func hidden(_ cells: [String: (k: Int, n: Int)]) -> Set<String> {
        var hidden = Set(cells.filter { $0.value.n < 5 }.map(\.key))
        if hidden.count == 1,
            let next = cells.filter({ !hidden.contains($0.key) }).min(by: {
                ($0.value.n, $0.key) < ($1.value.n, $1.key)
            })
        {
            hidden.insert(next.key)
        }
        return hidden
    }

    // MARK: Making schools

    /// A database with a semester of made responses (and an earlier one), as the store keeps them.
    static func school(_ database: AppDatabase, responses: Int, seed: UInt64, current: String = "2026-autumn") throws
        -> [Made]
    {
        var random = SeededGenerator(seed: seed)
        try database.openSemester("2026-spring", from: "2026-02-16", to: "2026-06-30", surveys: [form])
        try database.openSemester("2026-autumn", from: "2026-09-01", to: "2027-01-22", surveys: [form])
        _ = try database.useSemester(id: current)
        var made: [Made] = []
        for _ in 0..<responses {
            let semester = random.next(4) == 0 ? "2026-spring" : "2026-autumn"
            var answers: [String: String] = [:]
            // Skewed so that small and large cells both occur.
            answers["overall"] = String([1, 2, 3, 4, 4, 5, 5, 5][random.next(8)])
            if random.next(6) != 0 { answers["aware"] = random.next(5) == 0 ? "no" : "yes" }
            if random.next(3) == 0 { answers["recommend"] = random.next(2) == 0 ? "yes" : "no" }
            let grades = Set([1 + random.next(6) % 5] + (random.next(7) == 0 ? [1 + random.next(5)] : []))
            var groups = ["grade": grades.map(String.init), "class": grades.map { "\($0)-\(1 + random.next(4))" }]
            if random.next(3) != 0 {
                groups["module"] = [["arts", "sports", "science", "labor"][random.next(4) % (1 + random.next(4))]]
            }
            made.append(Made(semester: semester, form: form, answers: answers, groups: groups))
        }
        try database.store(made)
        return made
    }

    static func session(_ database: AppDatabase?, catalog: String = Repository.catalog) -> TestShell {
        TestShell(database: database, catalog: catalog, format: .json)
    }

    static func json(_ shell: TestShell, _ command: String) throws -> Any {
        let before = shell.out.text.count
        #expect(shell.session.execute(command), "\(command): \(shell.err.text)")
        let text = String(shell.out.text.dropFirst(before))
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static func expectClose(_ value: Any?, _ expected: Double?, _ what: String) {
        guard let expected else {
            #expect(value is NSNull, "\(what): expected null, got \(String(describing: value))")
            return
        }
        guard let number = value as? Double ?? (value as? Int).map(Double.init) else {
            Issue.record("\(what): expected \(expected), got \(String(describing: value))")
            return
        }
        #expect(abs(number - expected) < 1e-9, "\(what): \(number) against \(expected)")
    }

    /// `k` of `n` per key, counted straight from the made responses.
    static func counts(_ made: [Made], semester: String?, dimension: String?, holds: ([String: String]) -> Bool?)
        -> [String: (k: Int, n: Int)]
    {
        var cells: [String: (k: Int, n: Int)] = [:]
        for response in made where semester == nil || response.semester == semester {
            let keys =
                dimension == "semester" ? [response.semester] : dimension.map { response.groups[$0] ?? [] } ?? [""]
            // A key with responses is listed even when none of them answers what the expression reads (n = 0).
            let result = holds(response.answers)
            for key in Set(keys) {
                if result != nil { cells[key, default: (0, 0)].n += 1 } else { cells[key] = cells[key] ?? (0, 0) }
                if result == true { cells[key, default: (0, 0)].k += 1 }
            }
        }
        return cells
    }

    static func satisfied(_ answers: [String: String]) -> Bool? { answers["overall"].flatMap(Int.init).map { $0 >= 4 } }
    static func aware(_ answers: [String: String]) -> Bool? { answers["aware"].map { $0 == "yes" } }

    // MARK: Tests

    @Test(arguments: [(seed: UInt64(1), responses: 60), (seed: 2, responses: 250), (seed: 3, responses: 9)])
    func everyRateCountAndIntervalMatchesAnIndependentComputation(seed: UInt64, responses: Int) throws {
        let database = try AppDatabase.inMemory()
        let made = try Self.school(database, responses: responses, seed: seed)
        let shell = Self.session(database)
        for (measure, holds) in [("satisfaction", Self.satisfied(_:)), ("awareness", Self.aware(_:))] {
            let whole = try #require(try Self.json(shell, "report \(measure)") as? [String: Any])
            let total = Self.counts(made, semester: "2026-autumn", dimension: nil, holds: holds)[""] ?? (0, 0)
            #expect(whole["n"] as? Int == total.n)
            #expect(whole["responses"] as? Int == made.count { $0.semester == "2026-autumn" })
            Self.expectClose(whole["rate"], total.n > 0 ? Double(total.k) / Double(total.n) : nil, "\(measure) rate")
            Self.expectClose(whole["low"], total.n > 0 ? Self.wilson(total.k, total.n).0 : nil, "\(measure) low")
            Self.expectClose(whole["high"], total.n > 0 ? Self.wilson(total.k, total.n).1 : nil, "\(measure) high")
            for dimension in ["grade", "class", "module", "semester"] {
                let rows = try #require(try Self.json(shell, "report \(measure) --by \(dimension)") as? [[String: Any]])
                let expected = Self.counts(
                    made, semester: dimension == "semester" ? nil : "2026-autumn", dimension: dimension, holds: holds)
                let hidden = Self.hidden(expected)
                #expect(
                    Set(rows.compactMap { $0["key"] as? String }) == Set(expected.keys), "\(measure) by \(dimension)")
                for row in rows {
                    let key = try #require(row["key"] as? String)
                    let cell = try #require(expected[key])
                    let what = "\(measure) by \(dimension) \(key)"
                    #expect(row["n"] as? Int == cell.n, "\(what) n")
                    #expect(row["suppressed"] as? Bool == hidden.contains(key), "\(what) suppressed")
                    let shown = !hidden.contains(key) && cell.n > 0
                    Self.expectClose(row["rate"], shown ? Double(cell.k) / Double(cell.n) : nil, "\(what) rate")
                    Self.expectClose(row["low"], shown ? Self.wilson(cell.k, cell.n).0 : nil, "\(what) low")
                    Self.expectClose(row["high"], shown ? Self.wilson(cell.k, cell.n).1 : nil, "\(what) high")
                }
            }
        }
    }

    @Test func anExpressionReadingTwoQuestionsCountsOnlyResponsesThatAnswerBoth() throws {
        let folder = try TemporaryFolder("catalog")
        defer { folder.remove() }
        let catalog = folder.url.appendingPathComponent("Catalog")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Catalog"), to: catalog)
        let policyFile = catalog.appendingPathComponent("policy.yaml")
        let policy = try String(contentsOf: policyFile, encoding: .utf8)
            .replacingOccurrences(
                of: "satisfied: \"${overall} >= 4\"", with: "satisfied: \"${overall} >= 4 and ${recommend} = 'yes'\"")
        #expect(policy.contains("${recommend}"))
        try Data(policy.utf8).write(to: policyFile)
        let database = try AppDatabase.inMemory()
        let made = try Self.school(database, responses: 120, seed: 9)
        let shell = Self.session(database, catalog: catalog.path)
        let whole = try #require(try Self.json(shell, "report satisfaction") as? [String: Any])
        let expected =
            Self.counts(made, semester: "2026-autumn", dimension: nil) { answers in
                guard let overall = answers["overall"].flatMap(Int.init), let recommend = answers["recommend"] else {
                    return nil
                }
                return overall >= 4 && recommend == "yes"
            }[""] ?? (0, 0)
        #expect(expected.n > 0 && expected.n < made.count { $0.semester == "2026-autumn" })
        #expect(whole["n"] as? Int == expected.n)
        #expect(whole["counted_as"] as? String == "${overall} >= 4 and ${recommend} = 'yes'")
        Self.expectClose(whole["rate"], Double(expected.k) / Double(expected.n), "rate")
        #expect(shell.err.text.contains("leave 'overall', 'recommend' unanswered"))
    }

    @Test func theDistrictPoolsSchoolsAndCountsThoseOfferingService() throws {
        let folder = try TemporaryFolder("district")
        defer { folder.remove() }
        struct Expected {
            var id: String
            var made: [Made]
            var roster: Int
            var enrolled: Int
            var offers: Bool
        }
        var expected: [Expected] = []
        var paths: [String] = []
        for (index, (roster, enrolled, offers)) in [(40, 31, true), (25, 0, false), (60, 52, true)].enumerated() {
            let path = folder.file("school-\(index).sqlite")
            let database = try AppDatabase.open(path: path)
            let made = try Self.school(database, responses: [70, 12, 130][index], seed: UInt64(20 + index))
            try database.importRoster(csv: SampleRoster.families(roster))
            for student in 0..<enrolled {
                try database.enrol(
                    Enrolment(student: "S\(student)", days: [.mon], until: "activity"), semester: "2026-autumn")
            }
            if offers {
                let placements = (0..<enrolled).map {
                    StoredPlacement(student: "S\($0)", day: 0, segment: 0, club: nil, group: "g", rank: nil)
                }
                try database.saveDraft(
                    StoredAllocation(
                        seed: 1, proposals: 0, lottery: [:], placements: placements, studyGroups: [],
                        cancellations: [], outcomes: []), semester: "2026-autumn")
                try database.publishDraft(semester: "2026-autumn", force: false)
            }
            try database.recordSchool(
                Policy.School(id: "school-\(index)", name: LocalizedText(zh: "第\(index)小学", en: "School \(index)")))
            expected.append(
                Expected(id: "school-\(index)", made: made, roster: roster, enrolled: enrolled, offers: offers))
            paths.append(path)
        }
        let shell = Self.session(nil)
        let report = try #require(
            try Self.json(shell, "report district " + paths.joined(separator: " ")) as? [String: Any])
        let schools = try #require(report["schools"] as? [[String: Any]])
        let district = try #require(report["district"] as? [String: Any])
        #expect(schools.map { $0["school"] as? String } == expected.map(\.id))
        var pooled = (aware: (k: 0, n: 0), satisfied: (k: 0, n: 0), responses: 0, roster: 0, enrolled: 0)
        for (row, school) in zip(schools, expected) {
            let satisfied =
                Self.counts(school.made, semester: "2026-autumn", dimension: nil, holds: Self.satisfied(_:))[""] ?? (
                    0, 0
                )
            let aware =
                Self.counts(school.made, semester: "2026-autumn", dimension: nil, holds: Self.aware(_:))[""] ?? (0, 0)
            let responses = school.made.count { $0.semester == "2026-autumn" }
            #expect(row["name"] as? String == "School \(school.id.suffix(1))")
            #expect(row["n"] as? Int == responses)
            #expect(row["offers_service"] as? Bool == school.offers)
            Self.expectClose(row["coverage"], Double(school.enrolled) / Double(school.roster), "\(school.id) coverage")
            Self.expectClose(
                row["satisfaction"], Double(satisfied.k) / Double(satisfied.n), "\(school.id) satisfaction")
            Self.expectClose(row["awareness"], Double(aware.k) / Double(aware.n), "\(school.id) awareness")
            Self.expectClose(
                row["satisfaction_low"], Self.wilson(satisfied.k, satisfied.n).0, "\(school.id) satisfaction low")
            pooled.aware.k += aware.k
            pooled.aware.n += aware.n
            pooled.satisfied.k += satisfied.k
            pooled.satisfied.n += satisfied.n
            pooled.responses += responses
            pooled.roster += school.roster
            pooled.enrolled += school.enrolled
        }
        #expect(district["school"] is NSNull)
        #expect(district["n"] as? Int == pooled.responses)
        Self.expectClose(district["coverage"], Double(pooled.enrolled) / Double(pooled.roster), "district coverage")
        Self.expectClose(
            district["satisfaction"], Double(pooled.satisfied.k) / Double(pooled.satisfied.n), "district satisfaction")
        Self.expectClose(district["awareness"], Double(pooled.aware.k) / Double(pooled.aware.n), "district awareness")
        Self.expectClose(
            district["satisfaction_high"], Self.wilson(pooled.satisfied.k, pooled.satisfied.n).1,
            "district satisfaction high")
        Self.expectClose(district["school_coverage"], 2.0 / 3.0, "school coverage")
        #expect(shell.err.text.isEmpty, "\(shell.err.text)")
    }

    @Test func anExportToAFileIsWrittenInTheCommandsFormat() throws {
        let folder = try TemporaryFolder("exports")
        defer { folder.remove() }
        let database = try AppDatabase.inMemory()
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        try database.importRoster(csv: SampleRoster.header + "A1,林一,2,2-1,G1,林父\n")
        let shell = TestShell(database: database)
        let csv = folder.file("students.csv")
        let json = folder.file("students.json")
        #expect(shell.session.execute("export students --format csv --out \(csv)"), "\(shell.err.text)")
        #expect(shell.session.execute("export students --out \(json) --format json"), "\(shell.err.text)")
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("id,name,grade,class,guardian_id,"))
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "林一")
        // The session's own format is untouched.
        #expect(shell.session.format == .table)
        #expect(shell.out.text.contains("rows"))
    }

    @Test func aPageIsReplacedButNoOtherFileIsOverwritten() throws {
        let folder = try TemporaryFolder("pages")
        defer { folder.remove() }
        let page = folder.file("summary.html")
        try ReportPage.write("<!DOCTYPE html>\n<html><head>\(Self.generatorMark)</head></html>\n", to: page)
        try ReportPage.write(
            "<!DOCTYPE html>\n<html><head>\(Self.generatorMark)<title>again</title></head></html>\n", to: page)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("again"))
        let other = folder.file("roster.csv")
        try Data("student_id\n".utf8).write(to: URL(fileURLWithPath: other))
        #expect(throws: Refusal.self) { try ReportPage.write("<!DOCTYPE html>", to: other) }
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "student_id\n")
    }
}
