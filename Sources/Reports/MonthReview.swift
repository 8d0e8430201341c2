import Model

/// A school's month of staying and leaving, for the monthly review of experience and problems
/// (P15): attendance of every group, leave, late pickups, overrides, how full the clubs are, and
/// every note written in the month. Counted by the shell from the registers and departures.
public struct MonthReview: Sendable, Hashable {
    /// One club or study group over the month.
    public struct GroupLine: Sendable, Hashable {
        public var id: String
        /// `club` or `study`.
        public var kind: String
        public var title: String
        public var segment: String
        public var teacher: String?
        /// Days the group met in the month (service days it is timetabled on).
        public var meetings: Int
        /// Registers taken (current versions).
        public var registers: Int
        public var present: Int
        public var absent: Int
        public var leave: Int

        public init(
            id: String, kind: String, title: String, segment: String, teacher: String?, meetings: Int, registers: Int,
            present: Int, absent: Int, leave: Int
        ) {
            self.id = id
            self.kind = kind
            self.title = title
            self.segment = segment
            self.teacher = teacher
            self.meetings = meetings
            self.registers = registers
            self.present = present
            self.absent = absent
            self.leave = leave
        }

        /// Present out of present and absent: children on leave are not expected.
        public var attendance: Proportion { Proportion(k: present, n: present + absent) }
    }

    /// A club's seats and the children placed in it.
    public struct ClubLine: Sendable, Hashable {
        public var id: String
        public var title: String
        public var capacity: Int
        public var members: Int

        public init(id: String, title: String, capacity: Int, members: Int) {
            self.id = id
            self.title = title
            self.capacity = capacity
            self.members = members
        }

        public var fill: Proportion { Proportion(k: members, n: capacity) }
    }

    /// A family that collected a child late in the month.
    public struct FamilyLine: Sendable, Hashable {
        public var family: String
        public var guardian: String
        public var students: [String]
        public var latePickups: Int

        public init(family: String, guardian: String, students: [String], latePickups: Int) {
            self.family = family
            self.guardian = guardian
            self.students = students
            self.latePickups = latePickups
        }
    }

    /// A free-text note written in the month: a leave reason, a departure note, a register's
    /// remark, or the reason of a calendar change.
    public struct Note: Sendable, Hashable {
        public var date: CalendarDate
        /// `leave`, `departure`, `override`, `register`, `calendar`.
        public var kind: String
        /// The student or group it concerns.
        public var subject: String
        public var text: String
        public var by: String?

        public init(date: CalendarDate, kind: String, subject: String, text: String, by: String?) {
            self.date = date
            self.kind = kind
            self.subject = subject
            self.text = text
            self.by = by
        }
    }

    public var school: Policy.School
    public var semester: String
    /// `YYYY-MM`.
    public var month: String
    public var serviceDays: Int
    public var closedDays: Int
    public var groups: [GroupLine]
    public var clubs: [ClubLine]
    public var leaveRequests: Int
    public var departures: Int
    public var latePickups: Int
    public var afterEnrolment: Int
    public var overrides: Int
    public var families: [FamilyLine]
    public var notes: [Note]
    /// Segment names for people, by segment id; a segment without one is shown by its id.
    public var segmentNames: [String: String] = [:]

    public init(
        school: Policy.School, semester: String, month: String, serviceDays: Int, closedDays: Int, groups: [GroupLine],
        clubs: [ClubLine],
        leaveRequests: Int, departures: Int, latePickups: Int, afterEnrolment: Int, overrides: Int,
        families: [FamilyLine], notes: [Note]
    ) {
        self.school = school
        self.semester = semester
        self.month = month
        self.serviceDays = serviceDays
        self.closedDays = closedDays
        self.groups = groups
        self.clubs = clubs
        self.leaveRequests = leaveRequests
        self.departures = departures
        self.latePickups = latePickups
        self.afterEnrolment = afterEnrolment
        self.overrides = overrides
        self.families = families
        self.notes = notes
    }

    public var present: Int { groups.reduce(0) { $0 + $1.present } }
    public var absent: Int { groups.reduce(0) { $0 + $1.absent } }
    public var leaveMarks: Int { groups.reduce(0) { $0 + $1.leave } }
    public var registers: Int { groups.reduce(0) { $0 + $1.registers } }
    public var meetings: Int { groups.reduce(0) { $0 + $1.meetings } }
    /// Every register of the month together.
    public var attendance: Proportion { Proportion(k: present, n: present + absent) }
    /// Seats taken across every club.
    public var fill: Proportion {
        Proportion(k: clubs.reduce(0) { $0 + $1.members }, n: clubs.reduce(0) { $0 + $1.capacity })
    }
}
