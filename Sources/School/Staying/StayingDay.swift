import Model
import Store

/// Everything recorded about one service day: who stays (enrolment and the calendar), leave,
/// registers, departures and the published places; and from them, where each child is at a moment.
public struct StayingDay: Sendable {
    /// Where a child is, or why they are not in their group.
    public enum Whereabouts: Sendable {
        case noService(ServiceDay)
        case notStarted
        case gone(Departure)
        case notStaying
        case onLeave(LeaveRequest, StoredPlacement?)
        case absent(StoredPlacement?)
        case placed(StoredPlacement)
        /// Staying that day, no departure recorded, and the child's enrolled segments are over
        /// (`serviceOver`: the whole afternoon is).
        case unrecorded(serviceOver: Bool, enrolmentEnd: TimeOfDay?)

        /// A stable word for scripts.
        public var code: String {
            switch self {
            case .noService: "no_service"
            case .notStarted: "not_started"
            case .gone: "gone"
            case .notStaying: "not_staying"
            case .onLeave: "leave"
            case .absent: "absent"
            case .placed(let placement): placement.club != nil ? "club" : "study_group"
            case .unrecorded: "no_departure"
            }
        }
    }

    public let date: CalendarDate
    public let service: ServiceDay
    public let policy: Policy
    public let enrolments: [String: Enrolment]
    public let leaves: [String: LeaveRequest]
    public let departures: [String: Departure]
    /// Each child's marks in the day's current registers, by segment.
    public let marks: [String: [Int: AttendanceMark]]
    /// Each child's places on the weekday the date follows.
    public let placements: [String: [Int: StoredPlacement]]

    /// The day `date` of `semester`; places come from the allocation in `state` (none when nil).
    public init(date: CalendarDate, semester: Semester, state: AllocationState?, school: SchoolContext) throws {
        let database = try school.database()
        self.date = date
        policy = try school.policy()
        service = try school.serviceCalendar(semester).day(date)
        enrolments = Dictionary(
            try database.enrolments(semester: semester.id).map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
        leaves = Dictionary(
            try database.leaves(semester: semester.id, from: date, through: date).map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
        departures = Dictionary(
            try database.departures(semester: semester.id, from: date, through: date).map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
        var marks: [String: [Int: AttendanceMark]] = [:]
        for register in try database.registers(semester: semester.id, from: date, through: date) {
            for (student, mark) in register.marks { marks[student, default: [:]][register.segment] = mark }
        }
        self.marks = marks
        var placements: [String: [Int: StoredPlacement]] = [:]
        if let state, let weekday = service.timetable {
            for placement in try database.placements(semester: semester.id, state: state)
            where placement.day == weekday.index {
                placements[placement.student, default: [:]][placement.segment] = placement
            }
        }
        self.placements = placements
    }

    /// Whether the child stays after class that day: enrolled on the weekday the date follows.
    public func stays(_ student: String) -> Bool {
        guard let weekday = service.timetable, let enrolment = enrolments[student] else { return false }
        return enrolment.days.contains(weekday)
    }

    /// The end of the last segment the child is enrolled until.
    public func enrolledUntil(_ student: String) -> TimeOfDay? {
        enrolments[student].flatMap { policy.segment(id: $0.until)?.end }
    }

    /// The child's mark in the latest register taken for a segment up to `segment` (every segment when nil).
    public func lastMark(_ student: String, upTo segment: Int?) -> AttendanceMark? {
        guard let marks = marks[student] else { return nil }
        let candidates = segment.map { limit in marks.filter { $0.key <= limit } } ?? marks
        return candidates.max { $0.key < $1.key }?.value
    }

    /// The segment under way at `time`: the last that has started, nil before the first and after the last has ended.
    public func segmentIndex(at time: TimeOfDay) -> Int? {
        guard let last = policy.segments.last, time < last.end else { return nil }
        return policy.segments.lastIndex { $0.start <= time }
    }

    /// Where `student` is at `time`.
    public func whereabouts(of student: String, at time: TimeOfDay) -> Whereabouts {
        guard service.timetable != nil else { return .noService(service) }
        if let departure = departures[student], departure.at <= time { return .gone(departure) }
        if let first = policy.segments.first, time < first.start { return .notStarted }
        guard stays(student) else { return .notStaying }
        let segment = segmentIndex(at: time)
        let placement = segment.flatMap { placements[student]?[$0] }
        if let leave = leaves[student] { return .onLeave(leave, placement) }
        if lastMark(student, upTo: segment) == .absent { return .absent(placement) }
        guard segment != nil else { return .unrecorded(serviceOver: true, enrolmentEnd: enrolledUntil(student)) }
        if let placement { return .placed(placement) }
        return .unrecorded(serviceOver: false, enrolmentEnd: enrolledUntil(student))
    }
}
