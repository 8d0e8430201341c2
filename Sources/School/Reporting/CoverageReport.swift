import Foundation
import Model
import Reports
import Store

/// Who takes part (`report coverage`): students enrolled out of the roster, by grade, class, day
/// and segment; how full the clubs are; and how the students fared against their choices.
public struct CoverageReport {
    /// The coverage of one grade.
    public struct Grade: Sendable, Equatable {
        public let grade: Int
        public let coverage: CoverageCell
    }

    /// The coverage of one class.
    public struct SchoolClass: Sendable, Equatable {
        public let className: String
        public let grade: Int
        public let roster: Int
        public let enrolled: Int
        /// Enrolled out of the roster; nil for an empty class.
        public let rate: Double?
    }

    /// The students enrolled on one service day in one segment: their days include the day and
    /// their enrolment reaches the segment.
    public struct Slot: Sendable, Equatable {
        public let day: Weekday
        public let segment: String
        public let enrolled: Int
        /// Their share of the whole roster.
        public let rate: Double?
    }

    /// The clubs of one module and their seats.
    public struct ModuleSeats: Sendable, Equatable {
        public let module: String
        /// The module's name; nil when the catalog no longer has it.
        public let name: LocalizedText?
        public let clubs: Int
        /// Clubs the allocation cancelled for ending under their minimum.
        public let cancelled: Int
        /// The seats of the clubs that were not cancelled.
        public let seats: Int
        /// Seats filled; nil when no allocation is counted.
        public let filled: Int?
        /// Filled out of seats; nil when no allocation is counted or there are no seats.
        public let fillRate: Double?
    }

    /// How the students of the allocation counted fared against their choices.
    public struct ChoicesMet: Sendable, Equatable {
        public let outcomes: PlacementOutcomes
        /// Out of the students who ranked a club.
        public let firstChoiceRate: Double?
        public let anyChoiceRate: Double?
        /// Out of the students placed.
        public let studyGroupOnlyRate: Double?
    }

    public let semester: String
    /// Students on the roster and students enrolled, in the whole school.
    public let roster: Int
    public let enrolled: Int
    /// Enrolled out of the roster, with its interval.
    public let coverage: Proportion
    /// The allocation seats and choices are counted by: the published one, else the draft; nil before any.
    public let allocation: AllocationState?
    public let grades: [Grade]
    /// Every class, by grade then class name in number order.
    public let classes: [SchoolClass]
    /// Every service day and segment of the policy, in its order.
    public let slots: [Slot]
    /// Every module with clubs, by id.
    public let modules: [ModuleSeats]
    /// Nil before any allocation.
    public let choices: ChoicesMet?
    /// What to say beside the figures: the roster is empty, or no allocation has been run.
    public let notes: [LocalizedText]

    /// The coverage of semester `semesterID` (nil: the current one), read from one state of the file.
    public init(_ school: SchoolContext, semester semesterID: String?) throws {
        self = try school.reading { try Self(reading: school, semester: semesterID) }
    }

    private init(reading school: SchoolContext, semester semesterID: String?) throws {
        let semester = try school.reportSemester(semesterID)
        let database = try school.database()
        let policy = try school.policy()
        let classes = try database.classCoverage(semester: semester.id)
        self.semester = semester.id
        roster = classes.reduce(0) { $0 + $1.roster }
        enrolled = classes.reduce(0) { $0 + $1.enrolled }
        coverage = Figures.coverage(enrolled: enrolled, roster: roster)
        let state = try database.reportedAllocationState(semester: semester.id)
        allocation = state
        var notes: [LocalizedText] = []
        if roster == 0 {
            notes.append(LocalizedText(zh: "名册为空，无法计算覆盖度", en: "the roster is empty: there is no coverage to show"))
        }
        if state == nil {
            notes.append(
                LocalizedText(
                    zh: "学期 '\(semester.id)' 还没有运行分配，不统计名额和志愿",
                    en: "no allocation has been run for '\(semester.id)': seats and choices are not counted"))
        }
        self.notes = notes
        grades = Self.grades(classes)
        self.classes = classes.sorted { a, b in
            a.grade != b.grade
                ? a.grade < b.grade : a.className.compare(b.className, options: .numeric) == .orderedAscending
        }.map {
            SchoolClass(
                className: $0.className, grade: $0.grade, roster: $0.roster, enrolled: $0.enrolled,
                rate: Figures.ratio($0.enrolled, over: $0.roster))
        }
        slots = Self.slots(try database.enrolments(semester: semester.id), policy: policy, roster: roster)
        let catalog = school.catalog()
        modules = Dictionary(grouping: try database.clubSeats(semester: semester.id, state: state), by: \.module).sorted
        { $0.key < $1.key }
        .map { module, clubs in
            let open = clubs.filter { !$0.cancelled }
            let seats = open.reduce(0) { $0 + $1.capacity }
            let filled = open.reduce(0) { $0 + ($1.filled ?? 0) }
            let counted = state != nil
            return ModuleSeats(
                module: module, name: catalog.module(id: module)?.name, clubs: clubs.count,
                cancelled: clubs.count - open.count,
                seats: seats, filled: counted ? filled : nil,
                fillRate: counted ? Figures.ratio(filled, over: seats) : nil)
        }
        choices = try state.map { state in
            let outcomes = try database.placementOutcomes(semester: semester.id, state: state)
            return ChoicesMet(
                outcomes: outcomes, firstChoiceRate: Figures.ratio(outcomes.firstChoice, over: outcomes.ranked),
                anyChoiceRate: Figures.ratio(outcomes.anyChoice, over: outcomes.ranked),
                studyGroupOnlyRate: Figures.ratio(outcomes.studyGroupOnly, over: outcomes.placed))
        }
    }

    /// The coverage of each grade of `classes`, lowest first.
    static func grades(_ classes: [ClassCoverage]) -> [Grade] {
        Dictionary(grouping: classes, by: \.grade).sorted { $0.key < $1.key }.map { grade, classes in
            Grade(
                grade: grade,
                coverage: CoverageCell(
                    key: String(grade), enrolled: classes.reduce(0) { $0 + $1.enrolled },
                    roster: classes.reduce(0) { $0 + $1.roster }))
        }
    }

    private static func slots(_ enrolments: [Enrolment], policy: Policy, roster: Int) -> [Slot] {
        let segmentIndex = Dictionary(
            policy.segments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return policy.days.flatMap { day in
            policy.segments.enumerated().map { index, segment in
                let count = enrolments.count { $0.days.contains(day) && (segmentIndex[$0.until] ?? -1) >= index }
                return Slot(day: day, segment: segment.id, enrolled: count, rate: Figures.ratio(count, over: roster))
            }
        }
    }
}
