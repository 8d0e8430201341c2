import Foundation
import Model

/// Failed PINs and survey codes at one terminal, across every account: past `allowed` failures
/// in a minute, or `allowedPerHour` in an hour, the terminal refuses every PIN and code for a
/// while, twice as long each time, so
/// that trying one PIN on every account, or code after code, gets nowhere. Each account has its
/// own lock besides (three wrong PINs in a row). See docs/kiosk.md for what this means for a
/// guesser.
public struct GuessLimit: Sendable {
    /// Failures allowed within `window` before the terminal waits.
    public static let allowed = 5
    public static let window: TimeInterval = 60
    /// Failures allowed within an hour: a slow, steady guesser is held back too.
    public static let allowedPerHour = 30
    /// The first wait; each further one is twice as long, up to an hour.
    public static let firstWait: TimeInterval = 30
    public static let longestWait: TimeInterval = 3600

    private var failures: [Date] = []
    private var waitUntil: Date?
    private var nextWait = GuessLimit.firstWait

    public init() {}

    /// Refuses while the terminal is waiting after too many failures.
    public func check(now: Date) throws {
        guard let waitUntil, waitUntil > now else { return }
        let seconds = Int(waitUntil.timeIntervalSince(now).rounded(.up))
        throw Refusal(
            LocalizedText(zh: "尝试次数太多，请 \(seconds) 秒后再试", en: "too many attempts; try again in \(seconds) seconds"),
            hint: LocalizedText(zh: "忘记 PIN 或问卷码请找协调员", en: "the coordinator can help with a forgotten PIN or code"))
    }

    /// Counts a wrong PIN or code; the `allowed`-th within a minute, or the `allowedPerHour`-th
    /// within an hour, starts a wait.
    public mutating func failed(now: Date) {
        failures = failures.filter { now.timeIntervalSince($0) < 3600 } + [now]
        let lastMinute = failures.filter { now.timeIntervalSince($0) < Self.window }.count
        guard lastMinute >= Self.allowed || failures.count >= Self.allowedPerHour else { return }
        waitUntil = now.addingTimeInterval(nextWait)
        nextWait = min(nextWait * 2, Self.longestWait)
        failures = []
    }
}
