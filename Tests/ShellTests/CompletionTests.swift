import Model
import School
import TestSupport
import Testing

@testable import Shell

/// Tab offers ids and values as far as the person at the terminal may see them.
@Suite struct CompletionTests {
    static func shell() throws -> TestShell {
        try SmallSchool.shell(then: [
            "teacher add T01 --name 王老师",
            "club publish --module sports --title 跳绳 --grades 1-5 --capacity 9 --days mon --segment activity "
                + "--teacher T01 --set venue=gym --id rope",
        ])
    }

    @Test func theCoordinatorIsOfferedEveryStudentAndAParentOnlyTheirOwn() throws {
        let session = try Self.shell().session
        #expect(Completion.words(after: ["week"], session: session).filter { $0.hasPrefix("A") }.count == 8)
        session.school.identity = Identity(role: .parent, id: "P01", name: "林父")
        #expect(Completion.words(after: ["week"], session: session) == ["A01", "A02"])
        session.school.identity = nil
        #expect(Completion.words(after: ["week"], session: session).isEmpty)
    }

    @Test func flagsAndTheirValuesAreOffered() throws {
        let session = try Self.shell().session
        #expect(Completion.words(after: ["club"], session: session).contains("publish"))
        #expect(Completion.words(after: ["club", "show"], session: session) == ["rope"])
        #expect(Completion.words(after: ["club", "list"], session: session).contains("--module"))
        #expect(Completion.words(after: ["club", "list", "--segment"], session: session) == ["activity", "latecare"])
        #expect(Completion.words(after: ["enrol", "A01", "--days"], session: session).contains("wed"))
        #expect(Completion.words(after: ["report", "satisfaction", "--by"], session: session).contains("class"))
    }
}
