import Allocation
import Model
import Store

/// The published allocation loaded back into the engine's `Roster`, so that the moves allowed
/// after publishing (a club left, a late enrolment placed, a child removed) follow the same
/// rules as the run, and only the students who move are rewritten.
public struct PublishedRoster {
    public let input: AllocationInput
    public var roster: Roster
    private let groupKeys: [String: StudyGroupKey]
    private let knownGroups: Set<String>

    public init(school: SchoolContext) throws {
        let semester = try school.currentSemester()
        let database = try school.database()
        guard try database.isPublished(semester: semester.id),
            let seed = try database.allocationSeed(semester: semester.id, state: .published)
        else {
            throw Refusal(
                zh: "分配还没有公布", en: "the allocation has not been published yet",
                hintZh: "公布后的变动才用这个命令；先 match run，再 match publish",
                hintEn: "this is for changes after publishing; run 'match run', then 'match publish'")
        }
        let input = try AllocationInput(school: school, seed: seed)
        self.input = input
        let groups = try database.studyGroups(semester: semester.id, state: .published)
        var keys: [String: StudyGroupKey] = [:]
        for group in groups {
            keys[group.id] = StudyGroupKey(
                grade: group.grade, day: group.day, segment: group.segment, index: group.number)
        }
        groupKeys = keys
        knownGroups = Set(keys.keys)
        var clubPlaces: [(student: Int, club: Int)] = []
        var studyPlaces: [(student: Int, group: StudyGroupKey)] = []
        var seen = Set<[Int]>()
        for placement in try database.placements(semester: semester.id, state: .published) {
            guard let s = input.studentIndex[placement.student] else { continue }
            if let club = placement.club, let c = input.clubIndex[club] {
                if seen.insert([s, c]).inserted { clubPlaces.append((s, c)) }
            } else if let group = placement.group, let key = keys[group] {
                studyPlaces.append((s, key))
            }
        }
        let cancelled = Set(
            try database.cancellations(semester: semester.id, state: .published).compactMap { input.clubIndex[$0.club] }
        )
        let left = try database.leftClubs(semester: semester.id).compactMap { pair -> (student: Int, club: Int)? in
            guard let s = input.studentIndex[pair.student], let c = input.clubIndex[pair.club] else { return nil }
            return (s, c)
        }
        roster = Roster(
            problem: input.problem, clubPlaces: clubPlaces, studyPlaces: studyPlaces, cancelledClubs: cancelled,
            leftClubs: left)
    }

    /// The engine index of a student, or why they cannot move.
    public func index(of student: Model.Student) throws -> Int {
        guard let index = input.studentIndex[student.id] else {
            throw Refusal(
                LocalizedText(zh: "\(student.id) 没有报名本学期的课后服务", en: "\(student.id) is not enrolled this semester"),
                hint: LocalizedText(zh: "先用 enrol 报名", en: "enrol first with 'enrol'"))
        }
        return index
    }

    /// Stores the moves: the moved students' weeks are rewritten and every move is logged.
    public func save(
        _ moves: [Move], cause: String, left: (student: String, club: String)?, removing: String?, school: SchoolContext
    ) throws -> [StoredChange] {
        let students = Set(moves.map(\.student))
        var placements: [String: [StoredPlacement]] = [:]
        for s in students { placements[input.students[s].id] = week(of: s) }
        var newGroups: [StoredStudyGroup] = []
        var lottery: [String: Int] = [:]
        for s in students {
            if let position = roster.lottery.position(of: s) { lottery[input.students[s].id] = position }
        }
        let changes = moves.map { move -> StoredChange in
            switch move {
            case .joinClub(let s, let c, _):
                return StoredChange(
                    sequence: 0, student: input.students[s].id, action: "join_club", club: input.clubs[c].id,
                    group: nil, cause: cause)
            case .leaveClub(let s, let c):
                return StoredChange(
                    sequence: 0, student: input.students[s].id, action: "leave_club", club: input.clubs[c].id,
                    group: nil, cause: cause)
            case .joinStudyGroup(let s, let key):
                let id = input.groupID(key)
                if !knownGroups.contains(id) {
                    newGroups.append(
                        StoredStudyGroup(
                            id: id, grade: key.grade, day: key.day, segment: key.segment, number: key.index,
                            count: key.index))
                }
                return StoredChange(
                    sequence: 0, student: input.students[s].id, action: "join_group", club: nil, group: id, cause: cause
                )
            case .leaveStudyGroup(let s, let key):
                return StoredChange(
                    sequence: 0, student: input.students[s].id, action: "leave_group", club: nil,
                    group: input.groupID(key), cause: cause)
            }
        }
        try school.database().applyChanges(
            semester: input.semester.id, replacing: placements, changes: changes, newStudyGroups: newGroups,
            leftClub: left, lottery: lottery, removing: removing)
        return changes
    }

    /// Where student `s` is now in every slot they enrolled for.
    public func week(of s: Int) -> [StoredPlacement] {
        guard let enrolment = input.problem.students[s].enrolment else { return [] }
        let id = input.students[s].id
        let held = roster.clubs(of: s)
        var result: [StoredPlacement] = []
        for day in enrolment.days.dayIndices {
            for segment in 0...enrolment.until {
                if let c = held.first(where: {
                    input.problem.clubs[$0].days.contains(day: day) && input.problem.clubs[$0].segment == segment
                }) {
                    let rank = input.problem.choices.rank(of: c, for: s).map {
                        input.originalRank(student: id, engineRank: $0)
                    }
                    result.append(
                        StoredPlacement(
                            student: id, day: day, segment: segment, club: input.clubs[c].id, group: nil, rank: rank))
                } else if let key = roster.studyGroup(of: s, day: day, segment: segment) {
                    result.append(
                        StoredPlacement(
                            student: id, day: day, segment: segment, club: nil, group: input.groupID(key), rank: nil))
                }
            }
        }
        return result
    }
}

extension RosterError: UserFacingError {
    public var message: LocalizedText {
        switch self {
        case .unknown: LocalizedText(zh: "分配中没有这个学生或社团", en: "no such student or club in the allocation")
        case .notMember(let student, _): LocalizedText(zh: "\(student) 不在这个社团中", en: "\(student) is not in that club")
        case .alreadyPlaced(let student): LocalizedText(zh: "\(student) 已经有安排", en: "\(student) is already placed")
        case .notEnrolled(let student): LocalizedText(zh: "\(student) 没有报名", en: "\(student) is not enrolled")
        }
    }
}

extension AllocationError: UserFacingError {
    public var message: LocalizedText {
        LocalizedText(zh: "分配的输入有问题：\(description)", en: "the allocation's input is broken: \(description)")
    }
}
