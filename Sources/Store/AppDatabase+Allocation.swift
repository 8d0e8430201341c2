import GRDB
import Model

extension AppDatabase {
    static let allocationTables = [
        "allocation", "lottery", "placement", "study_group", "cancellation", "choice_outcome",
    ]

    /// Replaces the semester's draft allocation with a new run, in one transaction.
    public func saveDraft(_ allocation: StoredAllocation, semester: String) throws {
        try write { db in
            let state = AllocationState.draft.rawValue
            for table in Self.allocationTables {
                try db.execute(
                    sql: "DELETE FROM \(table) WHERE semester_id = ? AND state = ?", arguments: [semester, state])
            }
            try db.execute(
                sql: "INSERT INTO allocation(semester_id, state, seed, proposals) VALUES (?, ?, ?, ?)",
                arguments: [semester, state, Int64(bitPattern: allocation.seed), allocation.proposals])
            let lottery = try BulkStatement(
                db, sql: "INSERT INTO lottery(semester_id, state, student_id, position) VALUES (?, ?, ?, ?)")
            for (student, position) in allocation.lottery {
                try lottery.execute(.text(semester), .text(state), .text(student), .integer(position))
            }
            try Self.insert(allocation.placements, semester: semester, state: state, db)
            let groups = try BulkStatement(
                db,
                sql: """
                    INSERT INTO study_group(semester_id, state, id, grade, day, segment, number, count) VALUES (?, ?, ?,
                    ?, ?, ?, ?, ?)
                    """)
            for group in allocation.studyGroups {
                try groups.execute(
                    .text(semester), .text(state), .text(group.id), .integer(group.grade), .integer(group.day),
                    .integer(group.segment), .integer(group.number), .integer(group.count))
            }
            for cancellation in allocation.cancellations {
                try db.execute(
                    sql:
                        "INSERT INTO cancellation(semester_id, state, club_id, members, minimum, pass) VALUES (?, "
                        + "?, ?, ?, ?, ?)",
                    arguments: [
                        semester, state, cancellation.club, cancellation.members, cancellation.minimum,
                        cancellation.pass,
                    ])
            }
            let outcomes = try BulkStatement(
                db,
                sql: """
                    INSERT INTO choice_outcome(semester_id, state, student_id, rank, club_id, outcome, round,
                    filled_round, cutoff, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            func optional(_ value: Int?) -> BulkStatement.Value { value.map { .integer($0) } ?? .text(nil) }
            for outcome in allocation.outcomes {
                try outcomes.execute(
                    .text(semester), .text(state), .text(outcome.student), .integer(outcome.rank), .text(outcome.club),
                    .text(outcome.outcome), optional(outcome.round), optional(outcome.filledRound),
                    optional(outcome.cutoff),
                    .text(outcome.detail))
            }
        }
    }

    static func insert(_ placements: [StoredPlacement], semester: String, state: String, _ db: Database) throws {
        let statement = try BulkStatement(
            db,
            sql: """
                INSERT INTO placement(semester_id, state, student_id, day, segment, club_id, group_id, rank) VALUES (?,
                ?, ?, ?, ?, ?, ?, ?)
                """)
        for placement in placements {
            try statement.execute(
                .text(semester), .text(state), .text(placement.student), .integer(placement.day),
                .integer(placement.segment),
                .text(placement.club), .text(placement.group), placement.rank.map { .integer($0) } ?? .text(nil))
        }
    }

    /// Turns the draft into the published allocation (P8). Publishing over a published one needs `force`.
    public func publishDraft(semester: String, force: Bool) throws {
        try write { db in
            let hasDraft =
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM allocation WHERE semester_id = ? AND state = 'draft'", arguments: [semester]
                ) ?? false
            let published = try Self.isPublished(semester, db)
            guard hasDraft else {
                if published {
                    throw Refusal(
                        zh: "分配已经公布，没有新的草稿", en: "the allocation is already published and there is no new draft",
                        hintZh: "先 match run 生成新草稿，再 match publish --force",
                        hintEn: "make a new draft with 'match run', then 'match publish --force'")
                }
                throw Refusal(
                    zh: "还没有分配草稿", en: "there is no draft allocation yet", hintZh: "先运行 match run",
                    hintEn: "run 'match run' first")
            }
            if published && !force {
                throw Refusal(
                    zh: "本学期的分配已经公布，班组已固定（P8）",
                    en: "this semester's allocation is already published; groups are fixed (P8)",
                    hintZh: "确实要用新草稿替换，请用 match publish --force",
                    hintEn: "to replace it with the new draft, use 'match publish --force'")
            }
            for table in Self.allocationTables {
                try db.execute(
                    sql: "DELETE FROM \(table) WHERE semester_id = ? AND state = 'published'", arguments: [semester])
                try Self.publishRows(of: table, semester: semester, db)
            }
            try db.execute(sql: "DELETE FROM allocation_change WHERE semester_id = ?", arguments: [semester])
            try db.execute(sql: "DELETE FROM left_club WHERE semester_id = ?", arguments: [semester])
            try db.execute(sql: "UPDATE semester SET allocation_published = 1 WHERE id = ?", arguments: [semester])
        }
    }

    /// Turns a table's draft rows into published ones: copied (in key order, as the draft is
    /// kept) and then deleted. Changing the state in place, a column of the key, moves the rows
    /// one by one and costs about twice as much.
    private static func publishRows(of table: String, semester: String, _ db: Database) throws {
        let columns = try db.columns(in: table).map(\.name)
        let values = columns.map { $0 == "state" ? "'published'" : $0 }
        try db.execute(
            sql: """
                INSERT INTO \(table)(\(columns.joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM
                \(table)
                WHERE semester_id = ? AND state = 'draft'
                """, arguments: [semester])
        try db.execute(sql: "DELETE FROM \(table) WHERE semester_id = ? AND state = 'draft'", arguments: [semester])
    }

    /// The allocation to show: the draft when there is one, else the published one; nil when neither exists.
    public func shownAllocationState(semester: String) throws -> AllocationState? {
        try read { db in
            let states = try String.fetchAll(
                db, sql: "SELECT state FROM allocation WHERE semester_id = ?", arguments: [semester])
            if states.contains("draft") { return .draft }
            return states.contains("published") ? .published : nil
        }
    }

    /// The seed of an allocation.
    public func allocationSeed(semester: String, state: AllocationState) throws -> UInt64? {
        try read { db in
            try Int64.fetchOne(
                db, sql: "SELECT seed FROM allocation WHERE semester_id = ? AND state = ?",
                arguments: [semester, state.rawValue]
            )
            .map { UInt64(bitPattern: $0) }
        }
    }

    /// Every placement of an allocation, by student, day and segment; optionally of one student or club.
    public func placements(semester: String, state: AllocationState, student: String? = nil, club: String? = nil) throws
        -> [StoredPlacement]
    {
        try read { db in
            var sql =
                "SELECT student_id, day, segment, club_id, group_id, rank FROM placement WHERE semester_id = ? AND "
                + "state = ?"
            var arguments: StatementArguments = [semester, state.rawValue]
            if let student {
                sql += " AND student_id = ?"
                arguments += [student]
            }
            if let club {
                sql += " AND club_id = ?"
                arguments += [club]
            }
            sql += " ORDER BY student_id, day, segment"
            var result: [StoredPlacement] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                result.append(
                    StoredPlacement(
                        student: row[0], day: row[1], segment: row[2], club: row[3], group: row[4], rank: row[5]))
            }
            return result
        }
    }

    /// Lottery positions of an allocation, by student id.
    public func lotteryPositions(semester: String, state: AllocationState) throws -> [String: Int] {
        try read { db in
            var positions: [String: Int] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT student_id, position FROM lottery WHERE semester_id = ? AND state = ?",
                arguments: [semester, state.rawValue])
            while let row = try rows.next() { positions[row[0]] = row[1] }
            return positions
        }
    }

    public func studyGroups(semester: String, state: AllocationState) throws -> [StoredStudyGroup] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, grade, day, segment, number, count FROM study_group WHERE semester_id = ? AND state "
                    + "= ? ORDER BY grade, day, segment, number",
                arguments: [semester, state.rawValue]
            )
            .map { StoredStudyGroup(id: $0[0], grade: $0[1], day: $0[2], segment: $0[3], number: $0[4], count: $0[5]) }
        }
    }

    public func cancellations(semester: String, state: AllocationState) throws -> [StoredCancellation] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT club_id, members, minimum, pass FROM cancellation WHERE semester_id = ? AND state = ? "
                    + "ORDER BY pass",
                arguments: [semester, state.rawValue]
            )
            .map { StoredCancellation(club: $0[0], members: $0[1], minimum: $0[2], pass: $0[3]) }
        }
    }

    public func outcomes(semester: String, state: AllocationState, student: String) throws -> [StoredOutcome] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT student_id, rank, club_id, outcome, round, filled_round, cutoff, detail FROM choice_outcome
                    WHERE semester_id = ? AND state = ? AND student_id = ? ORDER BY rank
                    """, arguments: [semester, state.rawValue, student]
            )
            .map {
                StoredOutcome(
                    student: $0[0], rank: $0[1], club: $0[2], outcome: $0[3], round: $0[4], filledRound: $0[5],
                    cutoff: $0[6], detail: $0[7])
            }
        }
    }

    /// Clubs students left since publishing: they are not offered those seats again.
    public func leftClubs(semester: String) throws -> [(student: String, club: String)] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT student_id, club_id FROM left_club WHERE semester_id = ?", arguments: [semester]
            ).map { ($0[0], $0[1]) }
        }
    }

    /// Applies moves to the published allocation in one transaction: the students' placements are
    /// replaced, the changes are logged, and a club left is remembered.
    public func applyChanges(
        semester: String, replacing placements: [String: [StoredPlacement]], changes: [StoredChange],
        newStudyGroups: [StoredStudyGroup], leftClub: (student: String, club: String)?, lottery: [String: Int],
        removing: String? = nil
    ) throws {
        try write { db in
            if let removing {
                // The child leaves the service: the enrolment and choices go with the places.
                try db.execute(
                    sql: "DELETE FROM choice WHERE semester_id = ? AND student_id = ?", arguments: [semester, removing])
                try db.execute(
                    sql: "DELETE FROM enrolment WHERE semester_id = ? AND student_id = ?",
                    arguments: [semester, removing])
                try db.execute(
                    sql: "DELETE FROM placement WHERE semester_id = ? AND state = 'published' AND student_id = ?",
                    arguments: [semester, removing])
            }
            for (student, rows) in placements {
                try db.execute(
                    sql: "DELETE FROM placement WHERE semester_id = ? AND state = 'published' AND student_id = ?",
                    arguments: [semester, student])
                try Self.insert(rows, semester: semester, state: AllocationState.published.rawValue, db)
            }
            for group in newStudyGroups {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO study_group(semester_id, state, id, grade, day, segment, number, count)
                        VALUES (?, 'published', ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [semester, group.id, group.grade, group.day, group.segment, group.number, group.count])
            }
            for (student, position) in lottery {
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO lottery(semester_id, state, student_id, position) VALUES (?, "
                        + "'published', ?, ?)",
                    arguments: [semester, student, position])
            }
            var sequence =
                try Int.fetchOne(
                    db, sql: "SELECT coalesce(max(seq), 0) FROM allocation_change WHERE semester_id = ?",
                    arguments: [semester]) ?? 0
            for change in changes {
                sequence += 1
                try db.execute(
                    sql:
                        "INSERT INTO allocation_change(semester_id, seq, student_id, action, club_id, group_id, "
                        + "cause) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        semester, sequence, change.student, change.action, change.club, change.group, change.cause,
                    ])
            }
            if let leftClub {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO left_club(semester_id, student_id, club_id) VALUES (?, ?, ?)",
                    arguments: [semester, leftClub.student, leftClub.club])
            }
        }
    }

    /// Every change since publishing, oldest first.
    public func changes(semester: String) throws -> [StoredChange] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT seq, student_id, action, club_id, group_id, cause FROM allocation_change WHERE "
                    + "semester_id = ? ORDER BY seq",
                arguments: [semester]
            )
            .map {
                StoredChange(sequence: $0[0], student: $0[1], action: $0[2], club: $0[3], group: $0[4], cause: $0[5])
            }
        }
    }
}
