import Foundation

/// Where the repository's folders are, found from this file's real location so that a test reads
/// the same files wherever it runs from (`#filePath` names a symbolic link if one led here).
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped activity modules.
    public static let plugins = root.appendingPathComponent("Plugins").path
    /// The shipped policy and forms.
    public static let catalog = root.appendingPathComponent("Catalog").path
    /// The shell tests' rosters, survey files and broken catalogs.
    public static let fixtures = root.appendingPathComponent("Tests/ShellTests/Fixtures").path
    /// The shell transcripts.
    public static let transcripts = root.appendingPathComponent("Tests/ShellTests/Transcripts")
}

/// A fresh folder under the system's temporary folder, removed again by `remove()`.
public struct TemporaryFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(_ prefix: String = "afterschool") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
