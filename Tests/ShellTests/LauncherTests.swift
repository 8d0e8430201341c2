import Foundation
import Model
import Store
import TestSupport
import Testing

@testable import Shell

@Suite struct LauncherTests {
    @Test func theFileAloneHoldsEverythingOnceTheShellExits() throws {
        let folder = try TemporaryFolder("launcher")
        defer { folder.remove() }
        let path = folder.file("school.sqlite")
        let shell = TestShell(databasePath: path)
        #expect(
            Launcher.run(session: shell.session, commands: SmallSchool.setup, script: nil) == 0, "\(shell.err.text)")
        // The write-ahead log is folded into the file: a copy of the file alone misses nothing.
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(log == 0)
        let copy = folder.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try AppDatabase.open(path: copy).students().count == 8)
    }
}
