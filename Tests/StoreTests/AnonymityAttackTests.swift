import Foundation
import GRDB
import Model
import TestSupport
import Testing

@testable import Store

/// An attacker with the database file and a page reader tries to learn, from where rows sit,
/// which family gave which response and in what order responses arrived. Families answer one by
/// one through their codes, in a known (shuffled) order; the attack must do no better than chance.
@Suite struct AnonymityAttackTests {
    static let families = 200

    /// What the attacker reads from the closed file, and the truth to score it against.
    struct Attack {
        let pages: SQLitePages
        /// Each response's arrival (0, 1, …) by its key; each family's arrival by its id.
        let arrivalOfResponse: [Int: Int]
        let arrivalOfFamily: [String: Int]
        let roots: [String: Int]
        /// Whether the write-ahead log was empty right after the last response was stored.
        let logEmptyAfterLastAnswer: Bool
    }

    static func marker(_ arrival: Int) -> String { "RX" + String(1000 + arrival) + "X" }

    /// Families answer through codes, one commit each, in a shuffled order.
    static func answerOneByOne(seed: UInt64) throws -> Attack {
        let folder = try TemporaryFolder("anonymity")
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        let database = try AppDatabase.open(path: path)
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22", surveys: ["f"])
        try database.importRoster(csv: SampleRoster.families(families))
        let issued = try database.issueCodes(
            semester: "s", form: "f", holders: (0..<families).map { "G\($0)" }, reissue: nil)
        var generator = SeededGenerator(seed: seed)
        let order = issued.shuffled(using: &generator)
        var arrivalOfFamily: [String: Int] = [:]
        for (arrival, item) in order.enumerated() {
            arrivalOfFamily[item.holder] = arrival
            let response = SurveyResponse(
                version: 1, day: CalendarDate(dayNumber: 20_400),
                answers: ["overall": String(1 + arrival % 5), "comment": marker(arrival)], groups: ["grade": ["1"]])
            try database.storeResponse(response, semester: "s", form: "f", turn: .code(item.code), holder: item.holder)
        }
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        let roots = try database.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db, sql: "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"
                )
                .map { row -> (String, Int) in (row["name"], row["rootpage"]) })
        }
        let answers = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, answers FROM survey_response").map { row -> (Int, String) in
                (row["id"], row["answers"])
            }
        }
        try database.close()
        var arrivalOfResponse: [Int: Int] = [:]
        for (id, text) in answers {
            guard let range = text.range(of: #"RX1\d\d\dX"#, options: .regularExpression),
                let number = Int(text[range].dropFirst(2).dropLast())
            else { continue }
            arrivalOfResponse[id] = number - 1000
        }
        return Attack(
            pages: try SQLitePages(file: path), arrivalOfResponse: arrivalOfResponse, arrivalOfFamily: arrivalOfFamily,
            roots: roots, logEmptyAfterLastAnswer: log == 0)
    }

    /// The best guess of arrival from position: within a page, a cell placed later sits lower.
    /// Returns the rank correlation of position with the true arrival, over every page's cells.
    static func orderRecovered(_ cells: [(cell: SQLitePages.Cell, arrival: Int)]) -> Double {
        let position = cells.map { Double($0.cell.page * 1_000_000 - $0.cell.offset) }
        return rankCorrelation(position, cells.map { Double($0.arrival) })
    }

    /// Within each page on its own (where the order of cells is most telling), averaged by cells.
    static func orderWithinPages(_ cells: [(cell: SQLitePages.Cell, arrival: Int)]) -> Double {
        let pages = Dictionary(grouping: cells, by: \.cell.page).values.filter { $0.count >= 3 }
        let total = pages.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        return pages.reduce(0) { sum, page in
            sum + Double(page.count) * orderRecovered(page) / Double(total)
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func noOrderOfArrivalAndNoLinkToAFamilyAtRest(seed: UInt64) throws {
        let attack = try Self.answerOneByOne(seed: seed)
        #expect(attack.arrivalOfResponse.count == Self.families)
        // Two standard deviations of a rank correlation over 200 unrelated pairs are about 0.14.
        let limit = 0.25
        func integer(_ value: SQLitePages.Value) -> Int? {
            if case .integer(let number) = value { number } else { nil }
        }
        func text(_ value: SQLitePages.Value) -> String? { if case .text(let string) = value { string } else { nil } }

        let responses = try #require(attack.roots["survey_response"])
        let responseCells = attack.pages.cells(root: responses).compactMap { cell in
            integer(cell.values[0]).flatMap { attack.arrivalOfResponse[$0] }.map { (cell, $0) }
        }
        #expect(responseCells.count == Self.families)
        #expect(abs(Self.orderRecovered(responseCells)) < limit)
        #expect(abs(Self.orderWithinPages(responseCells)) < limit)

        // The index over (semester, form, response) keeps no order either.
        let byForm = try #require(attack.roots["survey_response_by_form"])
        let indexCells = attack.pages.cells(root: byForm).compactMap { cell in
            integer(cell.values[2]).flatMap { attack.arrivalOfResponse[$0] }.map { (cell, $0) }
        }
        #expect(indexCells.count == Self.families)
        #expect(abs(Self.orderWithinPages(indexCells)) < limit)

        let groups = try #require(attack.roots["survey_group_by_dimension"])
        let groupCells = attack.pages.cells(root: groups).compactMap { cell in
            integer(cell.values[1]).flatMap { attack.arrivalOfResponse[$0] }.map { (cell, $0) }
        }
        #expect(groupCells.count == Self.families)
        #expect(abs(Self.orderWithinPages(groupCells)) < limit)

        // Who answered is kept, but not when: the marks keep no order of arrival ...
        let answered = try #require(attack.roots["survey_answered"])
        let markCells = attack.pages.cells(root: answered).compactMap { cell in
            text(cell.values[2]).flatMap { attack.arrivalOfFamily[$0] }.map { (cell, $0) }
        }
        #expect(markCells.count == Self.families)
        #expect(abs(Self.orderWithinPages(markCells)) < limit)
        // ... so pairing the marks with the responses by position links no more than chance does
        // (one family in expectation).
        let marksByPosition = markCells.sorted { ($0.0.page, -$0.0.offset) < ($1.0.page, -$1.0.offset) }.map(\.1)
        let responsesByPosition = responseCells.sorted { ($0.0.page, -$0.0.offset) < ($1.0.page, -$1.0.offset) }
            .map(\.1)
        let linked = zip(marksByPosition, responsesByPosition).filter { $0 == $1 }.count
        #expect(linked < 8)

        // No copy of a response is left behind in free space or free pages, and the log was
        // emptied as soon as the last response was stored.
        for arrival in [0, 1, Self.families / 2, Self.families - 1] {
            #expect(attack.pages.occurrences(of: Self.marker(arrival)) == 1)
        }
        #expect(attack.logEmptyAfterLastAnswer)
    }
}
