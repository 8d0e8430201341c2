import Foundation
import Model
import Testing

@testable import Declarations

/// One invalid (or valid) declaration and the exact output expected for it.
///
/// Each `<group>/<case>.expected` file is a case. Its input is `<group>/<case>.yaml`, or the folder
/// `<group>/<case>/`: a folder holding `Catalog/` loads as a whole catalog, any other folder is
/// checked as `module check` checks it, against the catalog in `context/`.
struct FixtureCase: Sendable, CustomTestStringConvertible {
    let name: String

    var testDescription: String { name }

    static let groups = ["modules", "policies", "forms", "catalogs"]

    static func all() -> [FixtureCase] {
        groups.flatMap { group in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.fixture(group))) ?? []
            return names.filter { $0.hasSuffix(".expected") }.sorted()
                .map { FixtureCase(name: group + "/" + $0.dropLast(".expected".count)) }
        }
    }

    var expected: String {
        get throws {
            try String(contentsOfFile: FixturePaths.fixture(name + ".expected"), encoding: .utf8)
                .trimmingCharacters(in: .newlines)
        }
    }

    /// What the loader prints for this case, paths relative to the fixtures folder.
    func actual(context: LoadedCatalog) -> String {
        let base = FixturePaths.fixture(name)
        let report: String
        if FileManager.default.fileExists(atPath: base + "/Catalog") {
            report = CatalogLoader.load(plugins: base + "/Plugins", catalog: base + "/Catalog").report(.en)
        } else {
            let path = FileManager.default.fileExists(atPath: base + ".yaml") ? base + ".yaml" : base
            report = Diagnostic.report(CatalogLoader.check(paths: [path], against: context), .en)
        }
        return FixturePaths.relative(report)
    }
}

@Suite struct FixtureTests {
    static let context = CatalogLoader.load(
        plugins: FixturePaths.fixture("context/Plugins"),
        catalog: FixturePaths.fixture("context/Catalog"))

    @Test func contextLoadsClean() {
        #expect(FixtureTests.context.diagnostics.map(\.description) == [])
        #expect(FixtureTests.context.modules.map(\.id) == ["arts", "labor", "sports", "study"])
        #expect(FixtureTests.context.forms.map(\.id) == ["parent-satisfaction"])
    }

    @Test func thereAreEnoughInvalidCases() {
        let invalid = FixtureCase.all().filter { !$0.name.hasSuffix("-valid") }
        #expect(invalid.count >= 30)
    }

    @Test(arguments: FixtureCase.all())
    func fixture(_ fixture: FixtureCase) throws {
        let actual = fixture.actual(context: FixtureTests.context)
        let expected = try fixture.expected
        #expect(actual == expected, "\(fixture.name): got\n\(actual)")
    }
}
