import Foundation
import Model
import Store

/// A date written yyyy-mm-dd in a test was not a date.
public struct NotADate: Error, CustomStringConvertible {
    public let text: String
    public var description: String { "'\(text)' is not a yyyy-mm-dd date" }
}

extension CalendarDate {
    /// The date written `text` (yyyy-mm-dd), or a thrown error that names it.
    public static func parse(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else { throw NotADate(text: text) }
        return date
    }
}

extension Semester {
    /// The semester `id` from `from` to `to`, both written yyyy-mm-dd.
    public static func make(_ id: String, from: String, to: String) throws -> Semester {
        Semester(id: id, from: try .parse(from), to: try .parse(to))
    }
}

/// One made-up survey response: where it was given, its answers and its breakdown keys.
public struct MadeResponse: Sendable {
    public var semester: String
    public var form: String
    public var answers: [String: String]
    public var groups: [String: [String]]

    public init(semester: String, form: String, answers: [String: String], groups: [String: [String]]) {
        self.semester = semester
        self.form = form
        self.answers = answers
        self.groups = groups
    }
}

/// The sample rosters that tests import.
public enum SampleRoster {
    /// The header line of a roster file.
    public static let header = "student_id,name,grade,class,guardian_id,guardian_name\n"

    /// `count` families of one child each: S0 with guardian G0, S1 with G1, … over grades 1 to 5.
    public static func families(_ count: Int) -> String {
        header + (0..<count).map { "S\($0),Child \($0),\(1 + $0 % 5),\(1 + $0 % 5)-1,G\($0),Parent \($0)\n" }.joined()
    }
}

extension AppDatabase {
    /// Opens the semester `id` (dates yyyy-mm-dd), with a survey of each of `forms` open in it at version 1.
    public func openSemester(_ id: String, from: String, to: String, surveys forms: [String] = []) throws {
        try openSemester(Semester.make(id, from: from, to: to))
        for form in forms { try openSurvey(semester: id, form: form, version: 1, digest: "d") }
    }

    /// Imports the roster file `text`, which must have no problems.
    public func importRoster(csv text: String) throws {
        _ = try importRoster(try RosterFile(try CSVDocument(parsing: text)), dryRun: false)
    }

    /// Stores each made response as the answer of its own family (holders H0, H1, …).
    public func store(_ made: [MadeResponse]) throws {
        for (index, response) in made.enumerated() {
            let stored = SurveyResponse(
                version: 1, day: CalendarDate(dayNumber: 20_400), answers: response.answers, groups: response.groups)
            try storeResponse(
                stored, semester: response.semester, form: response.form, turn: .holder("H\(index)"),
                holder: "H\(index)")
        }
    }
}
