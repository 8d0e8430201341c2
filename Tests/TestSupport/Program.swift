import Foundation

/// The built `afterschool` program, run as a child process the way a user runs it.
public enum Program {
    /// The program was not found where the tests are built.
    public struct NotFound: Error, CustomStringConvertible {
        public let looked: [String]
        public var description: String {
            "the afterschool program is not built; looked at:\n" + looked.joined(separator: "\n")
                + "\n(swift build builds it)"
        }
    }

    /// The program ran longer than a test may wait.
    public struct TimedOut: Error, CustomStringConvertible {
        public let arguments: [String]
        public var description: String { "afterschool \(arguments.joined(separator: " ")) did not finish" }
    }

    /// The build products folders of the running tests: on Linux the tests are themselves an
    /// executable there; on macOS they are a bundle there, loaded by a runner that lives elsewhere.
    public static var testProducts: [URL] {
        var folders: [URL] = []
        if let binary = Bundle.main.executableURL { folders.append(binary.deletingLastPathComponent()) }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        folders += Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }.map {
            $0.bundleURL.deletingLastPathComponent()
        }
        return folders.map { $0.resolvingSymlinksInPath() }
    }

    /// The built program: beside the running tests (the ShellTests target depends on it, so that
    /// building the tests builds it there), else in the repository's `.build/debug`.
    public static func executable() throws -> URL {
        let folders = testProducts + [Repository.root.appendingPathComponent(".build/debug").resolvingSymlinksInPath()]
        let candidates = folders.map { $0.appendingPathComponent("afterschool") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotFound(looked: candidates.map(\.path))
        }
        return found
    }

    /// What one run printed and its exit code (128 + the signal when a signal ended it).
    public struct Result: Sendable {
        public var stdout: String
        public var stderr: String
        public var exitCode: Int32
    }

    /// Runs the program with `arguments` from the repository root, `input` as the lines of its
    /// standard input, and an environment holding only `PATH`, `HOME` = `home` and `LANG=C`.
    /// Standard input and output go through files in `folder`.
    public static func run(
        arguments: [String], input: [String], home: String, in folder: TemporaryFolder,
        seconds: Double = 120
    ) throws -> Result {
        let run = UUID().uuidString
        let inputPath = folder.file("\(run).stdin")
        let outputPath = folder.file("\(run).stdout")
        let errorPath = folder.file("\(run).stderr")
        try Data(input.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: inputPath))
        for path in [outputPath, errorPath] { try Data().write(to: URL(fileURLWithPath: path)) }
        let stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        let stdout = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer {
            try? stdin.close()
            try? stdout.close()
            try? stderr.close()
        }

        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C"]
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            finished.wait()
            throw TimedOut(arguments: arguments)
        }
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        func text(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        }
        return Result(stdout: try text(outputPath), stderr: try text(errorPath), exitCode: status)
    }
}
