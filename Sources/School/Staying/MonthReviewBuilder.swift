import Model
import Reports
import Store

/// Counts a month of the current semester into a `MonthReview` (P15), from the calendar, the
/// published groups, registers, leave requests and departures.
public struct MonthReviewBuilder {
    let school: SchoolContext
    let semester: Semester
    /// The language of the names the review carries (groups, clubs, segments, the coordinator).
    let language: Language

    public init(school: SchoolContext, semester: Semester, language: Language) {
        self.school = school
        self.semester = semester
        self.language = language
    }

    /// The month of `--month YYYY-MM` (default: this month), which must overlap the semester.
    public static func month(_ text: String?, semester: Semester, school: SchoolContext) throws -> (
        first: CalendarDate, last: CalendarDate
    ) {
        let first: CalendarDate
        if let text {
            guard let date = CalendarDate(text + "-01"), text.count == 7 else {
                throw Refusal(
                    zh: "--month：'\(text)' 不是月份（YYYY-MM）", en: "--month: '\(text)' is not a month (YYYY-MM)",
                    hintZh: "例如 2026-11", hintEn: "for example 2026-11")
            }
            first = date
        } else {
            let today = try school.today()
            first = CalendarDate(year: today.year, month: today.month, day: 1) ?? today
        }
        let last =
            CalendarDate(
                year: first.year, month: first.month, day: CalendarDate.daysIn(month: first.month, year: first.year))
            ?? first
        guard first <= semester.to, last >= semester.from else {
            let month = String(first.description.prefix(7))
            throw Refusal(
                LocalizedText(
                    zh: "\(month) 不在学期 '\(semester.id)'（\(semester.from) – \(semester.to)）之内",
                    en: "\(month) is outside the semester '\(semester.id)' (\(semester.from) – \(semester.to))"),
                hint: LocalizedText(zh: "用 --month 给出学期内的月份", en: "give a month of the semester with --month"))
        }
        return (first, last)
    }

    /// The review of the month from `first` to `last`, read from one state of the file.
    public func build(first: CalendarDate, last: CalendarDate) throws -> MonthReview {
        try school.reading { try review(first: first, last: last) }
    }

    private func review(first: CalendarDate, last: CalendarDate) throws -> MonthReview {
        let database = try school.database()
        let policy = try school.policy()
        let calendar = try school.serviceCalendar(semester)
        let published = try database.isPublished(semester: semester.id)
        let students = Dictionary(try database.students().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let registers = try database.registers(semester: semester.id, from: first, through: last)
        let leaves = try database.leaves(semester: semester.id, from: first, through: last)
        let departures = try database.departures(semester: semester.id, from: first, through: last)
        let pickups = try pickupCounts(departures, students: students, policy: policy)
        let closedDays = calendar.entries.values.filter { entry in
            entry.kind == .closed && max(first, semester.from) <= entry.date && entry.date <= min(last, semester.to)
                && policy.days.contains { $0.index == entry.date.weekdayIndex }
        }.count
        var review = MonthReview(
            school: policy.school, semester: semester.id, month: String(first.description.prefix(7)),
            serviceDays: calendar.serviceDays(from: first, through: last).count, closedDays: closedDays,
            groups: published ? try groupLines(first: first, last: last, calendar: calendar, registers: registers) : [],
            clubs: published ? try clubLines() : [],
            leaveRequests: leaves.count, departures: departures.count, latePickups: pickups.late,
            afterEnrolment: pickups.afterEnrolment,
            overrides: pickups.overrides, families: try familyLines(pickups.familyLate, students: students),
            notes: notes(
                first: first, last: last, calendar: calendar, leaves: leaves, registers: registers,
                departures: departures, students: students))
        review.segmentNames = Dictionary(
            policy.segments.map { ($0.id, $0.name.text(language)) }, uniquingKeysWith: { first, _ in first })
        return review
    }

    /// Every group timetabled on a service day of the month, with its registers' counts. Registers
    /// on a day that has since been closed count nothing.
    private func groupLines(first: CalendarDate, last: CalendarDate, calendar: ServiceCalendar, registers: [Register])
        throws -> [MonthReview.GroupLine]
    {
        let policy = try school.policy()
        let context = try PlaceContext(school: school, semester: semester)
        var groupsByWeekday: [Weekday: [GroupReference]] = [:]
        var meetings: [String: Int] = [:]
        var groups: [GroupReference] = []
        for (_, weekday) in calendar.serviceDays(from: first, through: last) {
            if groupsByWeekday[weekday] == nil {
                groupsByWeekday[weekday] = try GroupReference.meeting(on: weekday, semester: semester, school: school)
            }
            for group in groupsByWeekday[weekday] ?? [] {
                if meetings[group.id] == nil { groups.append(group) }
                meetings[group.id, default: 0] += 1
            }
        }
        var taken: [String: [Register]] = [:]
        for register in registers where calendar.day(register.date).timetable != nil {
            taken[register.group, default: []].append(register)
        }
        return groups.sorted {
            ($0.segment, $0.kind == .study ? 1 : 0, $0.id) < ($1.segment, $1.kind == .study ? 1 : 0, $1.id)
        }.map { group in
            let registers = taken[group.id] ?? []
            return MonthReview.GroupLine(
                id: group.id, kind: group.kind.rawValue, title: group.title.text(language),
                segment: policy.segmentIDs.indices.contains(group.segment)
                    ? policy.segmentIDs[group.segment] : String(group.segment),
                teacher: context.teacher(of: group.id, isClub: group.kind == .club), meetings: meetings[group.id] ?? 0,
                registers: registers.count, present: registers.reduce(0) { $0 + $1.count(.present) },
                absent: registers.reduce(0) { $0 + $1.count(.absent) },
                leave: registers.reduce(0) { $0 + $1.count(.leave) })
        }
    }

    /// The clubs that run (not cancelled), with the children placed in them.
    private func clubLines() throws -> [MonthReview.ClubLine] {
        let database = try school.database()
        var members: [String: Set<String>] = [:]
        for placement in try database.placements(semester: semester.id, state: .published) {
            if let club = placement.club { members[club, default: []].insert(placement.student) }
        }
        let cancelled = Set(try database.cancellations(semester: semester.id, state: .published).map(\.club))
        return try database.clubs(semester: semester.id).filter { !cancelled.contains($0.id) }.map { club in
            MonthReview.ClubLine(
                id: club.id, title: club.title.text(language), capacity: club.capacity,
                members: members[club.id]?.count ?? 0)
        }
    }

    /// Late pickups, pickups after the enrolled segment and overrides, and late pickups by family.
    private func pickupCounts(_ departures: [Departure], students: [String: Student], policy: Policy) throws
        -> (late: Int, afterEnrolment: Int, overrides: Int, familyLate: [String: Int])
    {
        let enrolments = Dictionary(
            try school.database().enrolments(semester: semester.id).map { ($0.student, $0) },
            uniquingKeysWith: { first, _ in first })
        var counts = (late: 0, afterEnrolment: 0, overrides: 0, familyLate: [String: Int]())
        for departure in departures {
            let until = enrolments[departure.student].flatMap { policy.segment(id: $0.until)?.end }
            for reason in PickupReason.reasons(for: departure, enrolledUntil: until, latestEnd: policy.latestEnd) {
                switch reason {
                case .late:
                    counts.late += 1
                    if let family = students[departure.student]?.guardianID {
                        counts.familyLate[family, default: 0] += 1
                    }
                case .afterEnrolment: counts.afterEnrolment += 1
                case .override: counts.overrides += 1
                case .stillAtSchool: break
                }
            }
        }
        return counts
    }

    /// Families with late pickups, most first.
    private func familyLines(_ familyLate: [String: Int], students: [String: Student]) throws -> [MonthReview
        .FamilyLine]
    {
        let database = try school.database()
        return try familyLate.keys.map { family -> MonthReview.FamilyLine in
            let children = students.values.filter { $0.guardianID == family }.sorted { $0.id < $1.id }
            let guardian =
                try children.first.flatMap {
                    try database.student(id: $0.id)?.guardians.first { $0.id == family }?.name
                } ?? family
            return MonthReview.FamilyLine(
                family: family, guardian: guardian, students: children.map { "\($0.name) (\($0.id))" },
                latePickups: familyLate[family] ?? 0)
        }.sorted { ($1.latePickups, $0.family) < ($0.latePickups, $1.family) }
    }

    /// Every free-text note of the month: calendar reasons, leave reasons, registers' remarks and departure notes.
    private func notes(
        first: CalendarDate, last: CalendarDate, calendar: ServiceCalendar, leaves: [LeaveRequest],
        registers: [Register],
        departures: [Departure], students: [String: Student]
    ) -> [MonthReview.Note] {
        func name(_ id: String) -> String { students[id].map { "\($0.name) (\($0.id))" } ?? id }
        var notes: [MonthReview.Note] = []
        for entry in calendar.entries.values where first <= entry.date && entry.date <= last {
            if let reason = entry.reason {
                notes.append(
                    .init(date: entry.date, kind: "calendar", subject: entry.kind.rawValue, text: reason, by: nil))
            }
        }
        for leave in leaves {
            if let reason = leave.reason {
                notes.append(
                    .init(
                        date: max(leave.from, first), kind: "leave", subject: name(leave.student), text: reason,
                        by: SchoolContext.actorName(language, leave.requestedBy)))
            }
        }
        for register in registers {
            if let note = register.note {
                notes.append(
                    .init(
                        date: register.date, kind: "register", subject: register.group, text: note,
                        by: SchoolContext.actorName(language, register.takenBy)))
            }
        }
        for departure in departures {
            if let note = departure.note {
                notes.append(
                    .init(
                        date: departure.date, kind: departure.override ? "override" : "departure",
                        subject: name(departure.student), text: note,
                        by: SchoolContext.actorName(language, departure.recordedBy)))
            }
        }
        return notes.sorted { ($0.date, $0.kind, $0.subject) < ($1.date, $1.kind, $1.subject) }
    }
}
