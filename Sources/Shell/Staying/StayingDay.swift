import Model
import School
import Store

/// Everything recorded about one service day: who stays (enrolment and the calendar), leave,
/// registers, departures and the published places; and from them, where each child is at a moment.
struct StayingDay {
    /// Where a child is, or why they are not in their group.
    enum Whereabouts {
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
        var code: String {
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

    let date: CalendarDate
    let service: ServiceDay
    let policy: Policy
    let enrolments: [String: Enrolment]
    let leaves: [String: LeaveRequest]
    let departures: [String: Departure]
    /// Each child's marks in the day's current registers, by segment.
    let marks: [String: [Int: AttendanceMark]]
    /// Each child's places on the weekday the date follows.
    let placements: [String: [Int: StoredPlacement]]

    /// The day `date` of `semester`; places come from the allocation in `state` (none when nil).
    init(date: CalendarDate, semester: Semester, state: AllocationState?, session: Session) throws {
        let database = try session.school.database()
        self.date = date
        policy = try session.school.policy()
        service = try session.school.serviceCalendar(semester).day(date)
        enrolments = Dictionary(try database.enrolments(semester: semester.id).map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
        leaves = Dictionary(try database.leaves(semester: semester.id, from: date, through: date).map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
        departures = Dictionary(try database.departures(semester: semester.id, from: date, through: date).map { ($0.student, $0) },
                                uniquingKeysWith: { first, _ in first })
        var marks: [String: [Int: AttendanceMark]] = [:]
        for register in try database.registers(semester: semester.id, from: date, through: date) {
            for (student, mark) in register.marks { marks[student, default: [:]][register.segment] = mark }
        }
        self.marks = marks
        var placements: [String: [Int: StoredPlacement]] = [:]
        if let state, let weekday = service.timetable {
            for placement in try database.placements(semester: semester.id, state: state) where placement.day == weekday.index {
                placements[placement.student, default: [:]][placement.segment] = placement
            }
        }
        self.placements = placements
    }

    /// Whether the child stays after class that day: enrolled on the weekday the date follows.
    func stays(_ student: String) -> Bool {
        guard let weekday = service.timetable, let enrolment = enrolments[student] else { return false }
        return enrolment.days.contains(weekday)
    }

    /// The end of the last segment the child is enrolled until.
    func enrolledUntil(_ student: String) -> TimeOfDay? {
        enrolments[student].flatMap { policy.segment(id: $0.until)?.end }
    }

    /// The child's mark in the latest register taken for a segment up to `segment` (every segment when nil).
    func lastMark(_ student: String, upTo segment: Int?) -> AttendanceMark? {
        guard let marks = marks[student] else { return nil }
        let candidates = segment.map { limit in marks.filter { $0.key <= limit } } ?? marks
        return candidates.max { $0.key < $1.key }?.value
    }

    /// The segment under way at `time`: the last that has started, nil before the first and after the last has ended.
    func segmentIndex(at time: TimeOfDay) -> Int? {
        guard let last = policy.segments.last, time < last.end else { return nil }
        return policy.segments.lastIndex { $0.start <= time }
    }

    /// Where `student` is at `time`.
    func whereabouts(of student: String, at time: TimeOfDay) -> Whereabouts {
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

    /// The words `where` shows for a whereabouts.
    func describe(_ whereabouts: Whereabouts, _ language: Language) -> String {
        let zh = language == .zh
        switch whereabouts {
        case .noService(let day):
            if case .closed(let reason) = day {
                return zh ? "无课后服务（停课\(reason.map { "：\($0)" } ?? "")）" : "no service (closed\(reason.map { ": \($0)" } ?? ""))"
            }
            return zh ? "无课后服务（非上学日）" : "no service (not a school day)"
        case .notStarted: return zh ? "课后服务尚未开始" : "service not started"
        case .gone(let departure):
            if let by = departure.by { return zh ? "\(departure.at) 由\(by)接走离校" : "gone home at \(departure.at) with \(by)" }
            return zh ? "\(departure.at) 自行回家" : "gone home alone at \(departure.at)"
        case .notStaying: return zh ? "不留校（未报名这个时段）" : "not staying (not enrolled then)"
        case .onLeave(let leave, _):
            return zh ? "请假\(leave.reason.map { "（\($0)）" } ?? "")" : "on leave\(leave.reason.map { " (\($0))" } ?? "")"
        case .absent: return zh ? "缺席" : "absent"
        case .placed(let placement):
            return placement.club != nil ? (zh ? "社团" : "club") : (zh ? "学习组" : "study group")
        case .unrecorded(let serviceOver, let end):
            if serviceOver { return zh ? "课后服务已结束，未登记离校" : "service over; no departure recorded" }
            let time = end?.description ?? ""
            return zh ? "\(time) 后不留校，未登记离校" : "not staying after \(time); no departure recorded"
        }
    }
}
