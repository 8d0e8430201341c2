import Allocation
import Testing

/// Small schools whose outcome can be read off by hand.
@Suite struct AllocationExampleTests {
    @Test func theEarlierDrawnStudentGetsTheLastSeat() throws {
        var school = School()
        school.club("chess", capacity: 1)
        school.club("drawing")
        school.student("A", wants: ["chess", "drawing"])
        school.student("B", wants: ["chess", "drawing"])
        let result = try school.run()
        let drawn = school.drawn(result)
        #expect(school.clubs(of: drawn[0], in: result) == ["chess"])
        #expect(school.clubs(of: drawn[1], in: result) == ["drawing"])
        let second = school.index(drawn[1])
        let explained = result.explain(student: second)
        #expect(
            explained.map(\.outcome) == [
                .full(FullClub(round: 1, filledInRound: 1, cutoff: 1, position: 2)),
                .given(round: 1),
            ])
        #expect(result.week(of: second).first == Placement(day: 0, segment: 0, assignment: .club(1, rank: 2)))
    }

    @Test func unsuitableChoicesAreSkippedAndExplained() throws {
        var school = School()
        school.club("grade5", grades: 5...6)
        school.club("friday", days: .fri)
        school.club("late", segment: 1)
        school.club("open")
        school.student(
            "A", grade: 3, days: [.mon, .tue], until: 0, wants: ["grade5", "friday", "late", "open", "open"])
        school.student("B", days: nil, wants: ["open"])
        var problem = school.problem
        problem.choices = Preferences([problem.choices.list(of: 0) + [42], [3]])
        let result = try Allocator.run(problem)
        #expect(
            result.skippedChoices.map(\.reason) == [
                .grade(3, 5...6), .days(missing: .fri), .segment(club: 1, until: 0), .duplicate(ofRank: 4),
                .unknownClub,
                .notEnrolled,
            ])
        #expect(result.skippedChoices.map(\.rank) == [1, 2, 3, 5, 6, 1])
        #expect(
            result.explain(student: 0).map(\.outcome) == [
                .ineligible(.grade(3, 5...6)), .ineligible(.days(missing: .fri)),
                .ineligible(.segment(club: 1, until: 0)),
                .given(round: 1), .ineligible(.duplicate(ofRank: 4)), .ineligible(.unknownClub),
            ])
        #expect(result.clubs(of: 1).isEmpty)
        #expect(result.week(of: 1).isEmpty)
    }

    /// Every student's first club comes before anyone's second: a later-drawn student's first
    /// choice can fill the club an earlier-drawn student ranked second.
    @Test func roundsGiveFirstClubsBeforeSecondOnes() throws {
        var school = School()
        school.clubsPerStudent = 2
        school.club("x", days: .mon)
        school.club("y", days: .tue, capacity: 1)
        school.student("A", wants: ["x", "y"])
        school.student("B", wants: ["y"])
        for seed in UInt64(1)...20 {
            school.seed = seed
            let result = try school.run()
            #expect(school.clubs(of: "A", in: result) == ["x"])
            #expect(school.clubs(of: "B", in: result) == ["y"])
            let b = result.lottery.position(of: school.index("B")) ?? 0
            let a = result.lottery.position(of: school.index("A")) ?? 0
            #expect(
                result.explain(student: school.index("A"))[1].outcome
                    == .full(FullClub(round: 2, filledInRound: 1, cutoff: b, position: a)))
        }
    }

    @Test func clashingChoicesAreSkippedInLaterRounds() throws {
        var school = School()
        school.clubsPerStudent = 2
        school.club("chess", days: [.mon, .wed])
        school.club("choir", days: .wed)
        school.club("football", days: .tue)
        school.student("A", wants: ["chess", "choir", "football"])
        let result = try school.run()
        #expect(school.clubs(of: "A", in: result) == ["chess", "football"])
        #expect(
            result.explain(student: 0).map(\.outcome) == [
                .given(round: 1), .clashes(withClub: 0, rank: 1), .given(round: 2),
            ])
        let afternoons = result.week(of: 0).filter { $0.segment == 0 }.map(\.assignment)
        #expect(Array(afternoons.prefix(3)) == [.club(0, rank: 1), .club(2, rank: 3), .club(0, rank: 1)])
        #expect(afternoons.dropFirst(3).allSatisfy { if case .studyGroup = $0 { true } else { false } })
    }

    @Test func choicesBelowTheLastClubAreNotReached() throws {
        var school = School()
        school.club("a")
        school.club("b")
        school.student("A", wants: ["a", "b"])
        let result = try school.run()
        #expect(result.explain(student: 0).map(\.outcome) == [.given(round: 1), .notReached])
    }

    /// The club furthest under its minimum goes first; its students then fill another club,
    /// which reaches its own minimum and runs.
    @Test func clubsUnderTheirMinimumAreCancelledOneAtATime() throws {
        var school = School()
        school.club("big", minimum: 4)
        school.club("small", minimum: 2)
        school.student("A", wants: ["big", "small"])
        school.student("B", wants: ["big", "small"])
        school.student("C", wants: ["small"])
        let result = try school.run()
        #expect(result.cancellations == [Cancellation(club: 0, members: 2, minimum: 4, pass: 1)])
        #expect(result.statistics.passes == 2)
        #expect(result.isCancelled(club: 0) && !result.isCancelled(club: 1))
        #expect(result.memberCount(ofClub: 1) == 3)
        #expect(result.explain(student: 0)[0].outcome == .ineligible(.cancelled))
        #expect(result.skippedChoices.filter { $0.reason == .cancelled }.count == 2)
    }

    @Test func aClubNobodyChoseIsCancelledWhenItHasAMinimum() throws {
        var school = School()
        school.club("lonely", minimum: 1)
        school.student("A")
        let result = try school.run()
        #expect(result.cancellations.map(\.club) == [0])
    }

    @Test func everyEnrolledSlotIsFilledOnce() throws {
        var school = School()
        school.club("chess", days: .mon, segment: 0)
        school.student("A", days: [.mon, .thu], until: 1, wants: ["chess"])
        let result = try school.run()
        let week = result.week(of: 0)
        #expect(week.map { [$0.day, $0.segment] } == [[0, 0], [0, 1], [3, 0], [3, 1]])
        #expect(week[0].assignment == .club(0, rank: 1))
        let keys = week.dropFirst().compactMap { p -> String? in
            guard case .studyGroup(let g) = p.assignment else { return nil }
            return result.studyGroups[g].key.id(segmentIDs: school.segments)
        }
        #expect(keys == ["study-3-mon-latecare-1", "study-3-thu-activity-1", "study-3-thu-latecare-1"])
    }

    @Test(arguments: [
        (
            AllocationProblem(segmentCount: 0, students: [], clubs: [], choices: Preferences()),
            AllocationError.segmentCount(0)
        ),
        (
            AllocationProblem(segmentCount: 1, students: [], clubs: [], choices: Preferences(), clubsPerStudent: 0),
            .clubsPerStudent(0)
        ),
        (
            AllocationProblem(segmentCount: 1, students: [], clubs: [], choices: Preferences(), studyGroupSize: 0),
            .studyGroupSize(0)
        ),
        (
            AllocationProblem(
                segmentCount: 1, students: [Student(id: "A", grade: 1, enrolment: nil)], clubs: [],
                choices: Preferences()),
            .preferenceShape(students: 1, lists: 0)
        ),
        (
            AllocationProblem(
                segmentCount: 1, students: [Student(id: "A", grade: 1, enrolment: Enrolment(days: .mon, until: 1))],
                clubs: [], choices: Preferences([[]])), .enrolmentSegment(student: "A", until: 1)
        ),
        (
            AllocationProblem(
                segmentCount: 1, students: [], clubs: [Club(grades: 1...2, days: .mon, segment: 2, capacity: 1)],
                choices: Preferences()), .clubSegment(club: 0, segment: 2)
        ),
        (
            AllocationProblem(
                segmentCount: 1, students: [], clubs: [Club(grades: 1...2, days: [], segment: 0, capacity: 1)],
                choices: Preferences()), .clubDays(club: 0)
        ),
        (
            AllocationProblem(
                segmentCount: 1, students: [], clubs: [Club(grades: 1...2, days: .mon, segment: 0, capacity: -1)],
                choices: Preferences()), .clubSize(club: 0, capacity: -1, minimum: 0)
        ),
    ])
    func brokenInputIsRefused(problem: AllocationProblem, error: AllocationError) {
        #expect(throws: error) { try Allocator.run(problem) }
        #expect(!error.description.isEmpty)
    }

    @Test func anEmptySchoolRuns() throws {
        let result = try Allocator.run(
            AllocationProblem(segmentCount: 2, students: [], clubs: [], choices: Preferences()))
        #expect(result.studyGroups.isEmpty && result.cancellations.isEmpty)
    }
}
