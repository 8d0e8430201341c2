import Allocation

/// The plain text files the peer comparison reads.
///
/// Instance: a header line, then `c CAPACITY` per club, then `s POSITION CLUB...` per student:
/// the draw position (0 = not enrolled) and the clubs the engine could place them in, in rank
/// order (unknown, unsuitable and repeated choices already left out, as the engine skips them).
/// Assignment: `STUDENT CLUB...` per student, the clubs in the order they were given (none: `-1`).
enum InstanceFile {
    static func instance(problem: AllocationProblem, result: AllocationResult) -> String {
        var skipped = Set<Int>()
        for choice in result.skippedChoices { skipped.insert(choice.student << 8 | choice.rank) }
        var lines = [
            "afterschool-allocation-instance 1 students \(problem.students.count) clubs \(problem.clubs.count) "
                + "clubs-per-student \(problem.clubsPerStudent)"
        ]
        lines.reserveCapacity(problem.students.count + problem.clubs.count + 1)
        for club in problem.clubs { lines.append("c \(club.capacity)") }
        for s in problem.students.indices {
            var line = "s \(result.lottery.position(of: s) ?? 0)"
            for (i, club) in problem.choices[s].enumerated() where !skipped.contains(s << 8 | (i + 1)) {
                line += " \(club)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func assignment(result: AllocationResult) -> String {
        var lines: [String] = []
        lines.reserveCapacity(result.problem.students.count)
        for s in result.problem.students.indices {
            let clubs = result.clubs(of: s).map { String($0.club) }
            lines.append("\(s) " + (clubs.isEmpty ? "-1" : clubs.joined(separator: " ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
