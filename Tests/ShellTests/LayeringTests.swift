import Foundation
import TestSupport
import Testing

/// The shell parses, asks and prints; the school's rules and its database live below it. These
/// checks keep it that way: the shell's sources reach neither the store nor SQL.
@Suite struct LayeringTests {
    static func shellSources() throws -> [(name: String, text: String)] {
        let folder = Repository.root.appendingPathComponent("Sources/Shell")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func theShellImportsNeitherTheStoreNorGRDB() throws {
        let sources = try Self.shellSources()
        #expect(sources.count > 20)
        for (name, text) in sources {
            let imports = text.split(separator: "\n").filter {
                $0.hasPrefix("import ") || $0.hasPrefix("@testable import ")
            }
            #expect(
                !imports.contains { $0.hasSuffix(" Store") || $0.contains("GRDB") || $0.contains("SQLite") },
                "\(name): \(imports)")
        }
    }

    @Test func theShellHoldsNoSQL() throws {
        for (name, text) in try Self.shellSources() {
            for keyword in ["SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE", ".database()"] {
                #expect(!text.contains(keyword), "\(name) holds '\(keyword)'")
            }
        }
    }
}
