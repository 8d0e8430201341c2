/// How a child is marked in a register.
public enum AttendanceMark: String, Sendable, Hashable, CaseIterable {
    case present, absent, leave

    public var name: LocalizedText {
        switch self {
        case .present: LocalizedText(zh: "出席", en: "present")
        case .absent: LocalizedText(zh: "缺席", en: "absent")
        case .leave: LocalizedText(zh: "请假", en: "on leave")
        }
    }
}

/// One group's register for one day. A correction is a new version; earlier versions are kept
/// with who took them and when.
public struct Register: Sendable, Hashable {
    public var group: String
    /// `club` or `study`.
    public var kind: String
    public var date: CalendarDate
    /// The segment's index in the policy.
    public var segment: Int
    public var version: Int
    /// Who took it: a teacher's id, or `admin`.
    public var takenBy: String
    public var takenAt: TimeOfDay
    public var note: String?
    public var marks: [String: AttendanceMark]

    public init(
        group: String, kind: String, date: CalendarDate, segment: Int, version: Int, takenBy: String,
        takenAt: TimeOfDay,
        note: String? = nil, marks: [String: AttendanceMark]
    ) {
        self.group = group
        self.kind = kind
        self.date = date
        self.segment = segment
        self.version = version
        self.takenBy = takenBy
        self.takenAt = takenAt
        self.note = note
        self.marks = marks
    }

    /// How many children carry `mark`.
    public func count(_ mark: AttendanceMark) -> Int { marks.values.count(where: { $0 == mark }) }
}
