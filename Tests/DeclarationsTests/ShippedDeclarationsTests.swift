import Foundation
import Model
import TestSupport
import Testing

@testable import Declarations

/// The modules, policy and forms that ship, and every complete example in the docs, must load
/// without a single error: a declaration that users copy has to work.
@Suite struct ShippedDeclarationsTests {
    @Test func shippedCatalogLoadsClean() {
        let catalog = CatalogLoader.load(plugins: Repository.plugins, catalog: Repository.catalog)
        #expect(catalog.errors.map(\.description) == [])
        #expect(catalog.modules.map(\.id) == ["arts", "labor", "reading", "science", "sports", "study"])
        #expect(catalog.policy != nil)
        #expect(catalog.forms.contains { $0.id == catalog.policy?.survey.form })
    }

    @Test func contractFixtureLoadsClean() throws {
        let catalog = CatalogLoader.load(
            plugins: FixturePaths.fixture("contract/Plugins"),
            catalog: FixturePaths.fixture("contract/Catalog"))
        #expect(catalog.diagnostics.map(\.description) == [])
        #expect(catalog.modules.map(\.id) == ["homework", "music"])
        let policy = try #require(catalog.policy)
        #expect(policy.choicesMax == 3)
        #expect(policy.studyGroup == Policy.StudyGroup(module: "homework", size: 4))
        #expect(policy.allowsModule("homework", in: "latecare"))
        #expect(!policy.allowsModule("music", in: "latecare"))
        #expect(policy.school.id == "contract-fixture")
    }

    /// Each ```yaml block of docs/*.md, loaded on its own as a complete file.
    static func docBlocks() -> [DocBlock] {
        let folder = Repository.root.appendingPathComponent("docs").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".md")
        }.sorted()
        return names.flatMap { name -> [DocBlock] in
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { return [] }
            var blocks: [DocBlock] = []
            var current: (line: Int, lines: [String])?
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if var block = current {
                    if trimmed.hasPrefix("```") {
                        blocks.append(
                            DocBlock(file: "docs/\(name)", line: block.line, text: block.lines.joined(separator: "\n")))
                        current = nil
                    } else {
                        block.lines.append(line)
                        current = block
                    }
                } else if trimmed == "```yaml" {
                    current = (index + 2, [])
                }
            }
            return blocks
        }
    }

    @Test(arguments: docBlocks())
    func docExampleLoads(_ block: DocBlock) {
        let result = CatalogLoader.loadDeclaration(text: block.text, path: block.file)
        #expect(result.diagnostics.filter(\.isError).map(\.description) == [], "\(block.testDescription)")
        #expect(result.value != nil)
    }

    @Test func loadingIsFast() {
        // Warm up once (file system caches, lazy statics), then time a few loads.
        _ = CatalogLoader.load(plugins: Repository.plugins, catalog: Repository.catalog)
        let clock = ContinuousClock()
        let runs = 10
        let elapsed = clock.measure {
            for _ in 0..<runs { _ = CatalogLoader.load(plugins: Repository.plugins, catalog: Repository.catalog) }
        }
        // The budget is 5 ms in a release build; a debug build is several times slower, and a busy machine slower
        // still.
        #expect(elapsed / runs < .milliseconds(100))
    }
}

/// A fenced ```yaml block of the docs, and where it starts.
struct DocBlock: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let text: String

    var testDescription: String { "\(file):\(line)" }
}
