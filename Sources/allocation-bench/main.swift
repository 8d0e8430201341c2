import Allocation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The allocation benchmark: generate an instance, time the engine alone, report.

if CommandLine.arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
    print(BenchOptions.usage)
    exit(0)
}

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    printError(BenchOptions.usage)
    exit(2)
}

let clock = ContinuousClock()
let generationStart = clock.now
let problem = InstanceGenerator.make(options)
let generation = clock.now - generationStart
let rssAfterInstance = peakResidentBytes()
print(
    """
    instance: \(options.students) students, \(options.clubs) clubs, \(options.choices) choices, \
    skew \(options.skew), seed \(options.seed), \(options.clubsPerStudent) club(s) per student, \
    \(options.segments) segments, study groups of \(options.groupSize)
    generated in \(format(generation.seconds)) s (\(problem.choices.clubs.count) choices in all)
    """)

var timings: [PhaseTimes] = []
var result: AllocationResult?
let repeats = options.repeats > 0 ? options.repeats : 0
var elapsed = 0.0
repeat {
    result = nil  // so that one result at a time counts towards peak memory
    var times = PhaseTimes()
    var last = clock.now
    let start = last
    do {
        result = try Allocator.run(problem) { phase in
            let now = clock.now
            times.record(phase, (now - last).seconds)
            last = now
        }
    } catch {
        printError("error: \(error)")
        exit(1)
    }
    times.total = (clock.now - start).seconds
    timings.append(times)
    elapsed += times.total
} while repeats > 0 ? timings.count < repeats : (elapsed < 2 && timings.count < 1000)

guard let result else { exit(1) }
let report = BenchReport(options: options, problem: problem, result: result, timings: timings)
report.print(rssAfterInstance: rssAfterInstance, peak: peakResidentBytes())
if let path = options.instancePath { writeFile(path, InstanceFile.instance(problem: problem, result: result)) }
if let path = options.assignmentPath { writeFile(path, InstanceFile.assignment(result: result)) }
