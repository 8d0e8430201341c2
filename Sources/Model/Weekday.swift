/// A day of the week, written `mon` … `sun` in declarations and commands.
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    case mon, tue, wed, thu, fri, sat, sun

    /// 0 for Monday through 6 for Sunday, as `CalendarDate.weekdayIndex` counts.
    public var index: Int {
        switch self {
        case .mon: 0
        case .tue: 1
        case .wed: 2
        case .thu: 3
        case .fri: 4
        case .sat: 5
        case .sun: 6
        }
    }

    /// The weekday with `index` (0 = Monday); nil outside 0-6.
    public init?(index: Int) {
        guard (0..<7).contains(index) else { return nil }
        self = Weekday.allCases[index]
    }

    /// The day's name for people: 周一 … 周日, Monday … Sunday.
    public func name(_ language: Language) -> String {
        switch language {
        case .zh: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][index]
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
        }
    }

    /// The short form used in files and commands: `mon`.
    public var description: String { rawValue }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}
