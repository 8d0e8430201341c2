import Foundation
import Model
import Store
import Testing
@testable import Shell

@Suite struct LauncherTests {
    @Test func theFileAloneHoldsEverythingOnceTheShellExits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("launcher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("school.sqlite").path
        let options = SessionOptions(databasePath: path, pluginsPath: Transcript.repository.appendingPathComponent("Plugins").path,
                                     catalogPath: Transcript.repository.appendingPathComponent("Catalog").path)
        let session = Session(options: options, out: BufferSink(), err: BufferSink())
        let commands = ["semester open 2026-autumn --from 2026-09-01 --to 2027-01-22", "roster import \(Transcript.fixtures)/roster/small-school.csv"]
        #expect(Launcher.run(session: session, commands: commands, script: nil) == 0)
        // The write-ahead log is folded into the file: a copy of the file alone misses nothing.
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(log == 0)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try AppDatabase.open(path: copy).students().count == 8)
    }
}
