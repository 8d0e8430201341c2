import GRDB
import Model

extension AppDatabase {
    /// The semester's holidays and make-up days, by date.
    public func calendarEntries(semester: String) throws -> [CalendarEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT date, kind, follows, reason FROM calendar_day WHERE semester_id = ? ORDER BY date",
                arguments: [semester]
            )
            .compactMap { row in
                guard let date = CalendarDate(row["date"] as String),
                    let kind = CalendarEntry.Kind(rawValue: row["kind"])
                else { return nil }
                let follows = (row["follows"] as Int?).flatMap { Weekday(index: $0) }
                return CalendarEntry(date: date, kind: kind, follows: follows, reason: row["reason"])
            }
        }
    }

    /// Closes every date from `from` through `to` (a holiday: no service, no registers). Refused,
    /// with nothing changed, when a register or a departure has already been recorded on one of them.
    public func closeDays(from: CalendarDate, through to: CalendarDate, reason: String?, semester: String) throws {
        try write { db in
            let arguments: StatementArguments = [semester, from.description, to.description]
            if let date = try String.fetchOne(
                db,
                sql: """
                    SELECT date FROM register WHERE semester_id = ? AND date BETWEEN ? AND ?
                    UNION SELECT date FROM departure WHERE semester_id = ? AND date BETWEEN ? AND ? ORDER BY date LIMIT
                    1
                    """, arguments: arguments + arguments)
            {
                throw Refusal(
                    zh: "\(date) 已经有点名或离校记录，不能设为停课",
                    en: "registers or departures are already recorded on \(date); it cannot be closed",
                    hintZh: "停课日没有课后服务；请先确认日期", hintEn: "a closed day has no service; check the dates")
            }
            let statement = try BulkStatement(
                db,
                sql: """
                    INSERT INTO calendar_day(semester_id, date, kind, follows, reason) VALUES (?, ?, 'closed', NULL, ?)
                    ON CONFLICT(semester_id, date) DO UPDATE SET kind = 'closed', follows = NULL, reason =
                    excluded.reason
                    """)
            for number in from.dayNumber...to.dayNumber {
                try statement.execute(
                    .text(semester), .text(CalendarDate(dayNumber: number).description), .text(reason))
            }
        }
    }

    /// Makes `date` a school day that follows the timetable of `follows`; nil returns the date
    /// to its ordinary state.
    public func openDay(_ date: CalendarDate, follows: Weekday?, reason: String?, semester: String) throws {
        try write { db in
            try db.execute(
                sql: "DELETE FROM calendar_day WHERE semester_id = ? AND date = ?",
                arguments: [semester, date.description])
            if let follows {
                try db.execute(
                    sql:
                        "INSERT INTO calendar_day(semester_id, date, kind, follows, reason) VALUES (?, ?, 'makeup', "
                        + "?, ?)",
                    arguments: [semester, date.description, follows.index, reason])
            }
        }
    }

    /// Records who supervises a study group or a club, and where; replaces an earlier assignment.
    public func assignStaff(_ staff: GroupStaff, semester: String) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO group_staff(semester_id, group_id, teacher_id, room) VALUES (?, ?, ?, ?)
                    ON CONFLICT(semester_id, group_id) DO UPDATE SET teacher_id = excluded.teacher_id, room =
                    excluded.room
                    """, arguments: [semester, staff.group, staff.teacher, staff.room])
        }
    }

    /// Every staff assignment of the semester.
    public func staff(semester: String) throws -> [GroupStaff] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT group_id, teacher_id, room FROM group_staff WHERE semester_id = ? ORDER BY group_id",
                arguments: [semester]
            )
            .map { GroupStaff(group: $0[0], teacher: $0[1], room: $0[2]) }
        }
    }
}
