/// The benchmark's command line: `allocation-bench [--students N] [--clubs M] ...`.
struct BenchOptions {
    var students = 3_000
    var clubs = 100
    var choices = 5
    /// Zipf exponent of club popularity: 0 = every club equally likely, 1 = strongly skewed.
    var skew = 0.0
    var seed: UInt64 = 1
    var clubsPerStudent = 1
    var segments = 2
    var groupSize = 35
    /// Seats offered in all, as a share of students × clubs per student.
    var seatFactor = 1.0
    /// Share of clubs that declare a minimum (a fifth of their capacity).
    var minimumShare = 0.0
    /// Timed runs; 0 picks enough to fill about two seconds (at least 1, at most 1000).
    var repeats = 0
    var instancePath: String?
    var assignmentPath: String?

    static let usage = """
        usage: allocation-bench [--students N] [--clubs M] [--choices C] [--skew S] [--seed X]
                                [--clubs-per-student K] [--segments S] [--group-size G]
                                [--seat-factor F] [--minimum-share P] [--repeat R]
                                [--write-instance FILE] [--write-assignment FILE]
        Generates an instance, times the allocation engine on it, prints proposals per second
        and peak memory; optionally writes the instance and the assignment for a peer check.
        """

    /// Parses the arguments; returns nil (after printing why) when they are not understood.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        var i = 0
        while i < arguments.count {
            let flag = arguments[i]
            guard i + 1 < arguments.count else {
                printError("missing value for '\(flag)'")
                return nil
            }
            let value = arguments[i + 1]
            i += 2
            if !options.set(flag, value) {
                printError("bad option '\(flag) \(value)'")
                return nil
            }
        }
        return options
    }

    private mutating func set(_ flag: String, _ value: String) -> Bool {
        switch flag {
        case "--students": return assign(&students, Int(value), atLeast: 1)
        case "--clubs": return assign(&clubs, Int(value), atLeast: 1)
        case "--choices": return assign(&choices, Int(value), atLeast: 0)
        case "--clubs-per-student": return assign(&clubsPerStudent, Int(value), atLeast: 1)
        case "--segments": return assign(&segments, Int(value), atLeast: 1)
        case "--group-size": return assign(&groupSize, Int(value), atLeast: 1)
        case "--repeat": return assign(&repeats, Int(value), atLeast: 0)
        case "--skew": return assign(&skew, Double(value), atLeast: 0)
        case "--seat-factor": return assign(&seatFactor, Double(value), atLeast: 0)
        case "--minimum-share": return assign(&minimumShare, Double(value), atLeast: 0)
        case "--seed":
            guard let v = UInt64(value) else { return false }
            seed = v
            return true
        case "--write-instance":
            instancePath = value
            return true
        case "--write-assignment":
            assignmentPath = value
            return true
        default: return false
        }
    }

    private func assign<T: Comparable>(_ target: inout T, _ value: T?, atLeast minimum: T) -> Bool {
        guard let value, value >= minimum else { return false }
        target = value
        return true
    }
}
