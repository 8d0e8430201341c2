import Allocation

/// A readable way to write small example schools: students by id, clubs by name.
struct School {
    var segments = ["activity", "latecare"]
    var clubNames: [String] = []
    var clubs: [Club] = []
    var students: [Student] = []
    var lists: [[String]] = []
    var clubsPerStudent = 1
    var studyGroupSize = 35
    var seed: UInt64 = 1

    mutating func club(
        _ name: String, grades: ClosedRange<Int> = 1...6, days: Weekdays = .mon, segment: Int = 0,
        capacity: Int = 10, minimum: Int = 0
    ) {
        clubNames.append(name)
        clubs.append(Club(grades: grades, days: days, segment: segment, capacity: capacity, minimum: minimum))
    }

    mutating func student(
        _ id: String, grade: Int = 3, classIndex: Int = 0, days: Weekdays? = .schoolWeek, until: Int = 1,
        wants: [String] = []
    ) {
        students.append(
            Student(
                id: id, grade: grade, classIndex: classIndex,
                enrolment: days.map { Enrolment(days: $0, until: until) }))
        lists.append(wants)
    }

    func index(_ id: String) -> Int { students.firstIndex { $0.id == id } ?? -1 }
    func clubIndex(_ name: String) -> Int { clubNames.firstIndex(of: name) ?? 999 }

    var problem: AllocationProblem {
        AllocationProblem(
            segmentCount: segments.count, students: students, clubs: clubs,
            choices: Preferences(lists.map { $0.map(clubIndex) }), clubsPerStudent: clubsPerStudent,
            studyGroupSize: studyGroupSize, seed: seed)
    }

    func run() throws -> AllocationResult { try Allocator.run(problem) }

    /// Student ids in draw order.
    func drawn(_ result: AllocationResult) -> [String] { result.lottery.order.map { students[Int($0)].id } }

    /// The names of the clubs a student holds.
    func clubs(of id: String, in result: AllocationResult) -> [String] {
        result.clubs(of: index(id)).map { clubNames[$0.club] }
    }
}
