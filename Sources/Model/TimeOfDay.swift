/// A time of day, kept as minutes since midnight and written `HH:MM`.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0 through 1439.
    public let minutes: Int

    /// A time from minutes since midnight; nil outside 00:00-23:59.
    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// A time from hours and minutes; nil outside 00:00-23:59.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (or `H:MM`); nil for anything else, including `25:00` and `15:60`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The hour, 0-23.
    public var hour: Int { minutes / 60 }
    /// The minute within the hour, 0-59.
    public var minute: Int { minutes % 60 }

    /// `HH:MM`, zero-padded.
    public var description: String {
        let h = hour < 10 ? "0\(hour)" : String(hour)
        let m = minute < 10 ? "0\(minute)" : String(minute)
        return "\(h):\(m)"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a time of day: \(text)"))
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
