import Allocation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The seconds each phase of one run took.
struct PhaseTimes {
    var lottery = 0.0
    var packing = 0.0
    var matching = 0.0
    var studyGroups = 0.0
    var total = 0.0

    mutating func record(_ phase: AllocationPhase, _ seconds: Double) {
        switch phase {
        case .lottery: lottery += seconds
        case .packing: packing += seconds
        case .matching: matching += seconds
        case .studyGroups: studyGroups += seconds
        }
    }
}

/// What the benchmark prints after the timed runs.
struct BenchReport {
    let options: BenchOptions
    let problem: AllocationProblem
    let result: AllocationResult
    let timings: [PhaseTimes]

    func median(_ key: KeyPath<PhaseTimes, Double>) -> Double {
        let values = timings.map { $0[keyPath: key] }.sorted()
        return values[values.count / 2]
    }

    func print(rssAfterInstance: Int, peak: Int) {
        let total = median(\.total)
        let matching = median(\.lottery) + median(\.packing) + median(\.matching)
        let best = timings.map(\.total).min() ?? total
        let proposals = result.statistics.totalProposals
        let placed = problem.students.indices.count { !result.clubs(of: $0).isEmpty }
        Swift.print(
            """
            runs: \(timings.count) (figures are medians)
            engine: \(format(total)) s in all (best \(format(best)) s): lottery \(format(median(\.lottery))) s, \
            packing \(format(median(\.packing))) s, deferred acceptance \(format(median(\.matching))) s, \
            study groups and weeks \(format(median(\.studyGroups))) s
            proposals: \(proposals) over \(result.statistics.passes) pass(es), \(result.statistics.rounds) round(s); \
            \(format(Double(proposals) / max(total, 1e-12), digits: 0)) proposals/s of the whole engine, \
            \(format(Double(proposals) / max(matching, 1e-12), digits: 0)) proposals/s of the draw and the matching, \
            \(format(Double(proposals) / max(median(\.matching), 1e-12), digits: 0)) \
            proposals/s of deferred acceptance alone
            placed: \(placed) students in a club, \(result.studyGroups.count) study groups, \
            \(result.cancellations.count) cancellations, \(result.skippedChoices.count) skipped choices
            memory: peak RSS \(megabytes(peak)) MB (\(megabytes(rssAfterInstance)) MB once the instance was built)
            engine_seconds=\(total)
            matching_seconds=\(matching)
            acceptance_seconds=\(median(\.matching))
            """)
    }
}

/// Seconds of a duration.
extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

/// A number with a fixed count of decimals, without Foundation.
func format(_ value: Double, digits: Int = 6) -> String {
    if digits == 0 { return String(Int(value.rounded())) }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = scaled % Int(scale)
    let text = String(fraction)
    return "\(whole).\(String(repeating: "0", count: digits - text.count))\(text)"
}

func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, digits: 1) }

/// The process's peak resident set size in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
    #endif
}

func printError(_ message: String) {
    let line = message + "\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

/// Writes `text` to `path`, or says why it could not.
func writeFile(_ path: String, _ text: String) {
    guard let file = fopen(path, "w") else {
        printError("error: cannot write '\(path)'")
        exit(1)
    }
    fputs(text, file)
    fclose(file)
}
