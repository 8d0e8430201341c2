import Foundation

/// Where the test data lives, found from this file's real location: the test folder may be
/// reached through a symbolic link, and `#filePath` names the link.
enum FixturePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures").path

    static func fixture(_ relative: String) -> String { fixtures + "/" + relative }

    /// `text` with the fixtures folder's path taken off the front of every file name.
    static func relative(_ text: String) -> String {
        text.replacingOccurrences(of: fixtures + "/", with: "")
    }
}
