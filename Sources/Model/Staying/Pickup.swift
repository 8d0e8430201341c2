/// Someone a family has authorised to collect a child, besides the roster's guardians; or the
/// family's permission for the child to go home alone.
public struct PickupPerson: Sendable, Hashable {
    public var id: Int
    public var student: String
    /// Nil for the permission to go home alone.
    public var name: String?
    public var relation: String?
    public var phone: String?
    public var addedBy: String

    public init(id: Int, student: String, name: String?, relation: String?, phone: String?, addedBy: String) {
        self.id = id
        self.student = student
        self.name = name
        self.relation = relation
        self.phone = phone
        self.addedBy = addedBy
    }

    public var isAlone: Bool { name == nil }
}

/// A child leaving the service on a day: when, and with whom (or alone).
public struct Departure: Sendable, Hashable {
    public var student: String
    public var date: CalendarDate
    public var at: TimeOfDay
    /// Who collected the child; nil when the child went home alone.
    public var by: String?
    public var relation: String?
    /// Recorded by a teacher or the coordinator for someone not on the list.
    public var override: Bool
    public var note: String?
    /// Who recorded it: a teacher's id, or `admin`.
    public var recordedBy: String

    public init(
        student: String, date: CalendarDate, at: TimeOfDay, by: String?, relation: String?, override: Bool,
        note: String?, recordedBy: String
    ) {
        self.student = student
        self.date = date
        self.at = at
        self.by = by
        self.relation = relation
        self.override = override
        self.note = note
        self.recordedBy = recordedBy
    }

    public var alone: Bool { by == nil }
}

/// Why a departure (or a child who has not left) is in the day's pickup report.
public enum PickupReason: String, Sendable, Hashable, CaseIterable {
    /// Collected after the policy's `latest_end`.
    case late
    /// Collected after the end of the segment the child was enrolled until (but by `latest_end`).
    case afterEnrolment = "after_enrolment"
    /// Collected by someone not on the list, recorded with an override.
    case override
    /// No departure recorded, and `latest_end` has passed.
    case stillAtSchool = "still_at_school"

    public var name: LocalizedText {
        switch self {
        case .late: LocalizedText(zh: "晚于结束时间接走", en: "collected after the service ended")
        case .afterEnrolment: LocalizedText(zh: "晚于报名时段接走", en: "collected after the enrolled segment")
        case .override: LocalizedText(zh: "名单外的人接走（特批）", en: "collected by someone not on the list (override)")
        case .stillAtSchool: LocalizedText(zh: "仍在学校，未登记离校", en: "still at school, no departure recorded")
        }
    }

    /// The reasons a departure at `at` is reported: `enrolledUntil` is the end of the child's last
    /// enrolled segment; at `latestEnd` or before is on time.
    public static func reasons(for departure: Departure, enrolledUntil: TimeOfDay?, latestEnd: TimeOfDay)
        -> [PickupReason]
    {
        var reasons: [PickupReason] = []
        if departure.at > latestEnd {
            reasons.append(.late)
        } else if let enrolledUntil, departure.at > enrolledUntil {
            reasons.append(.afterEnrolment)
        }
        if departure.override { reasons.append(.override) }
        return reasons
    }
}
