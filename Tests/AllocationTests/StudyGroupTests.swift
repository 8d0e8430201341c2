import PropertyBased
import Testing

@testable import Allocation

@Suite struct StudyGroupTests {
    /// Seven third-graders without a club, in classes of 2, 2 and 3, groups of at most 4:
    /// two groups (4 and 3), and no class is split.
    @Test func classesStayTogetherWhenSizesAllow() throws {
        var school = School()
        school.segments = ["activity"]
        school.studyGroupSize = 4
        for (i, classIndex) in [1, 1, 2, 2, 3, 3, 3].enumerated() {
            school.student("S\(i)", classIndex: classIndex, days: .mon, until: 0)
        }
        let result = try school.run()
        #expect(result.studyGroups.map(\.size).sorted() == [3, 4])
        let rosters = result.studyGroupRosters()
        for classIndex in 1...3 {
            let members = school.students.indices.filter { school.students[$0].classIndex == classIndex }
            #expect(rosters.filter { !Set($0).isDisjoint(with: members) }.count == 1)
        }
        #expect(rosters[0].contains(school.index("S0")))  // group 1 holds the first class
        #expect(
            result.studyGroups.map(\.key) == [
                StudyGroupKey(grade: 3, day: 0, segment: 0, index: 1),
                StudyGroupKey(grade: 3, day: 0, segment: 0, index: 2),
            ])
    }

    /// Sparse class numbers and far-apart grades take the engine's other bookkeeping; the
    /// groups must come out the same.
    @Test func sparseNumbersGroupAlike() throws {
        func school(classScale: Int, gradeOffset: Int) throws -> [[String]] {
            var school = School()
            school.segments = ["activity"]
            school.studyGroupSize = 4
            for (i, classIndex) in [1, 1, 2, 2, 3, 3, 3].enumerated() {
                school.student(
                    "S\(i)", grade: i == 6 ? 3 + gradeOffset : 3, classIndex: classIndex * classScale, days: .mon,
                    until: 0)
            }
            let result = try school.run()
            return result.studyGroupRosters().map { $0.map { school.students[$0].id } }
        }
        let plain = try school(classScale: 1, gradeOffset: 0)
        #expect(try school(classScale: 100_000_000, gradeOffset: 0) == plain)
        let apart = try school(classScale: 1, gradeOffset: 10_000)
        #expect(try school(classScale: 100_000_000, gradeOffset: 10_000) == apart)
        #expect(apart.count == 3 && apart.last == ["S6"])
    }

    @Test func aLargeClassIsSplitEvenly() throws {
        var school = School()
        school.segments = ["activity"]
        school.studyGroupSize = 4
        for i in 0..<10 { school.student("S\(i)", days: .mon, until: 0) }
        let result = try school.run()
        #expect(result.studyGroups.map(\.size) == [4, 3, 3])
        #expect(result.studyGroups.allSatisfy { $0.count == 3 })
    }

    @Test func gradesNeverShareAGroup() throws {
        var school = School()
        school.segments = ["activity"]
        school.student("A", grade: 1, days: .mon, until: 0)
        school.student("B", grade: 2, days: .mon, until: 0)
        let result = try school.run()
        #expect(result.studyGroups.map(\.grade) == [1, 2])
        #expect(result.studyGroupRosters() == [[0], [1]])
    }

    @Test func idsAreReadable() {
        let key = StudyGroupKey(grade: 3, day: 0, segment: 0, index: 2)
        #expect(key.id(segmentIDs: ["activity", "latecare"]) == "study-3-mon-activity-2")
        #expect(key.description == "study-3-mon-s0-2")
    }

    /// The packer's promise on any runs: ceil(n / size) groups, sizes within one, every member
    /// placed once, pieces in run order.
    @Test func packingKeepsItsPromises() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...30).array(of: 1...12), Gen.int(in: 1...12)) {
            runs, size in
            var packer = ClassPacker()
            let packing = packer.pack(runs: runs, size: size)
            let total = runs.reduce(0, +)
            #expect(packing.groupSizes.count == (total + size - 1) / size)
            #expect(packing.groupSizes.reduce(0, +) == total)
            #expect((packing.groupSizes.max() ?? 0) - (packing.groupSizes.min() ?? 0) <= 1)
            #expect((packing.groupSizes.max() ?? 0) <= size)
            #expect(packing.pieces.map(\.run) == packing.pieces.map(\.run).sorted())
            for (r, length) in runs.enumerated() {
                #expect(packing.pieces.filter { $0.run == r }.reduce(0) { $0 + $1.count } == length)
            }
            for (g, groupSize) in packing.groupSizes.enumerated() {
                #expect(packing.pieces.filter { $0.group == g }.reduce(0) { $0 + $1.count } == groupSize)
            }
            #expect(packing.pieces.first?.group == 0)
        }
    }

    /// Classes that exactly fill the groups are never split.
    @Test(arguments: [([3, 3, 2, 2], 5), ([4, 4, 4, 3, 3, 3], 7), ([2, 2, 2, 2, 2, 2], 4), ([35, 30, 5], 35)])
    func exactFitsAreKept(runs: [Int], size: Int) {
        var packer = ClassPacker()
        let packing = packer.pack(runs: runs, size: size)
        #expect(packing.pieces.count == runs.count)
    }
}
