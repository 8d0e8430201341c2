import GRDB
import Model

/// One class of the roster: its students, and those enrolled in the semester.
public struct ClassCoverage: Sendable, Hashable {
    public var grade: Int
    public var className: String
    public var roster: Int
    public var enrolled: Int

    public init(grade: Int, className: String, roster: Int, enrolled: Int) {
        self.grade = grade
        self.className = className
        self.roster = roster
        self.enrolled = enrolled
    }
}

/// One club of a semester as an allocation filled it.
public struct ClubSeats: Sendable, Hashable {
    public var club: String
    public var module: String
    public var capacity: Int
    /// Cancelled by the allocation for ending under its minimum.
    public var cancelled: Bool
    /// Distinct students placed in it; nil without an allocation.
    public var filled: Int?

    public init(club: String, module: String, capacity: Int, cancelled: Bool, filled: Int?) {
        self.club = club
        self.module = module
        self.capacity = capacity
        self.cancelled = cancelled
        self.filled = filled
    }
}

/// How the students of an allocation fared against their choices.
public struct PlacementOutcomes: Sendable, Hashable {
    /// Students placed anywhere (every enrolled student is, P2).
    public var placed = 0
    /// Students who ranked at least one club.
    public var ranked = 0
    /// Students holding a club they ranked first.
    public var firstChoice = 0
    /// Students holding any club.
    public var anyChoice = 0
    /// Students in study groups only.
    public var studyGroupOnly = 0

    public init(placed: Int = 0, ranked: Int = 0, firstChoice: Int = 0, anyChoice: Int = 0, studyGroupOnly: Int = 0) {
        self.placed = placed
        self.ranked = ranked
        self.firstChoice = firstChoice
        self.anyChoice = anyChoice
        self.studyGroupOnly = studyGroupOnly
    }
}

extension AppDatabase {
    /// Every class of the roster with its students and those enrolled in `semester`.
    public func classCoverage(semester: String) throws -> [ClassCoverage] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.grade, s.class_name, count(*), count(e.student_id) FROM student s
                    LEFT JOIN enrolment e ON e.semester_id = ? AND e.student_id = s.id
                    GROUP BY s.grade, s.class_name ORDER BY s.grade, s.class_name
                    """, arguments: [semester]
            )
            .map { ClassCoverage(grade: $0[0], className: $0[1], roster: $0[2], enrolled: $0[3]) }
        }
    }

    /// Students on the roster, and those enrolled in `semester`.
    public func coverageCounts(semester: String) throws -> (roster: Int, enrolled: Int) {
        try read { db in
            let roster = try Int.fetchOne(db, sql: "SELECT count(*) FROM student") ?? 0
            let enrolled =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM enrolment e JOIN student s ON s.id = e.student_id WHERE e.semester_id = ?
                        """, arguments: [semester]) ?? 0
            return (roster, enrolled)
        }
    }

    /// The allocation reports count: the published one when there is one, else the draft; nil when neither exists.
    public func reportedAllocationState(semester: String) throws -> AllocationState? {
        try read { db in
            let states = try String.fetchAll(
                db, sql: "SELECT state FROM allocation WHERE semester_id = ?", arguments: [semester])
            if states.contains(AllocationState.published.rawValue) { return .published }
            return states.contains(AllocationState.draft.rawValue) ? .draft : nil
        }
    }

    /// The semester's clubs that were not withdrawn, each with its seats filled in `state` (nil: none counted).
    public func clubSeats(semester: String, state: AllocationState?) throws -> [ClubSeats] {
        try read { db in
            var filled: [String: Int] = [:]
            var cancelled: Set<String> = []
            if let state {
                // One pass over the allocation's placements, not one per club.
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT club_id, count(DISTINCT student_id) FROM placement
                        WHERE semester_id = ? AND state = ? AND club_id IS NOT NULL GROUP BY club_id
                        """, arguments: [semester, state.rawValue])
                while let row = try rows.next() { filled[row[0]] = row[1] }
                cancelled = Set(
                    try String.fetchAll(
                        db, sql: "SELECT club_id FROM cancellation WHERE semester_id = ? AND state = ?",
                        arguments: [semester, state.rawValue]))
            }
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT id, module, capacity FROM club WHERE semester_id = ? AND NOT withdrawn ORDER BY module, id",
                arguments: [semester]
            )
            .map { row in
                let club: String = row[0]
                return ClubSeats(
                    club: club, module: row[1], capacity: row[2], cancelled: cancelled.contains(club),
                    filled: state == nil ? nil : filled[club] ?? 0)
            }
        }
    }

    /// How the students of an allocation fared against their choices.
    public func placementOutcomes(semester: String, state: AllocationState) throws -> PlacementOutcomes {
        try read { db in
            var outcomes = PlacementOutcomes()
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT p.student_id, min(p.rank), max(p.club_id IS NOT NULL),
                           EXISTS (SELECT 1 FROM choice c WHERE c.semester_id = p.semester_id AND c.student_id =
                           p.student_id)
                    FROM placement p WHERE p.semester_id = ? AND p.state = ? GROUP BY p.student_id
                    """, arguments: [semester, state.rawValue])
            while let row = try rows.next() {
                let best: Int? = row[1]
                let hasClub: Bool = row[2]
                let ranked: Bool = row[3]
                outcomes.placed += 1
                if ranked { outcomes.ranked += 1 }
                if best == 1 { outcomes.firstChoice += 1 }
                if hasClub { outcomes.anyChoice += 1 } else { outcomes.studyGroupOnly += 1 }
            }
            return outcomes
        }
    }

    /// Answers to `questions` this semester that are not empty (the free-text comments).
    public func answeredCount(semester: String, form: String, questions: [String]) throws -> Int {
        try answerCounts(semester: semester, form: form, questions: questions).values
            .reduce(0) { total, byText in total + byText.reduce(0) { $0 + ($1.key.isEmpty ? 0 : $1.value) } }
    }
}
