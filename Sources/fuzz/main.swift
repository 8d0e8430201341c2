import Declarations
import Dispatch
import Expressions
import Foundation
import Model
import Shell

// Feeds the parsers that read what people type and the files schools bring — the shell's
// tokenizer, the CSV reader, the YAML declarations and the expression language — with inputs made
// by mutating valid ones, for a fixed time each. A crash stops the process, after the seed and the
// parser have been printed, so that the run can be repeated.
//
//     swift run -c release fuzz [SECONDS-PER-PARSER] [SEED]

let arguments = CommandLine.arguments.dropFirst()
let seconds = arguments.first.flatMap(Double.init) ?? 600
var seed = arguments.dropFirst().first.flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970)

/// SplitMix64: the same seed makes the same inputs.
struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
func shipped(_ folder: String, _ suffix: String) -> [String] {
    let root = repository.appendingPathComponent(folder)
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(suffix) }.sorted().compactMap {
        try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
    }
}

/// Pieces that tend to break parsers: quotes, escapes, control characters, wide characters,
/// YAML anchors and aliases, deep nesting, huge numbers.
let pieces = [
    "\"", "'", "\\", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}[2J", "\u{FEFF}", "足球", "🙂", ",", ",,,", "#", "=",
    "--", "&a", "*a", "[", "]", "{", "}", ": ", "- ", "${", "}", "(", ")", "9223372036854775807", "-1", "1e308",
    String(repeating: "[", count: 200), String(repeating: "(", count: 200), "&a [*a, *a]", "<<: *a", "!!binary",
]

/// `text` with a few random cuts, repeats and insertions.
func mutate(_ text: String, _ random: inout Generator) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 1...6, using: &random) {
        let position = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            scalars.insert(contentsOf: (pieces.randomElement(using: &random) ?? "").unicodeScalars, at: position)
        case 1 where !scalars.isEmpty:
            let end = min(scalars.count, position + Int.random(in: 1...40, using: &random))
            scalars.removeSubrange(min(position, scalars.count)..<end)
        case 2 where !scalars.isEmpty:
            let start = Int.random(in: 0..<scalars.count, using: &random)
            let end = min(scalars.count, start + Int.random(in: 1...80, using: &random))
            scalars.insert(contentsOf: scalars[start..<end], at: position)
        default:
            if position < scalars.count, let flipped = Unicode.Scalar(scalars[position].value ^ 0x20) {
                scalars[position] = flipped
            }
        }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
}

let seeds: [(name: String, inputs: [String], run: (String) -> Void)] = [
    (
        "tokenizer", ["club publish --module sports --title '跳绳 \"A\"' --set venue=gym # comment", "help \\ 'x y'"],
        { _ = try? Tokenizer.split($0) }
    ),
    (
        "csv", ["student_id,name,grade,class,guardian_id,guardian_name\nA01,\"林,一\",2,2-1,P01,林父\r\n"],
        { text in _ = (try? CSVDocument(parsing: text)).map { try? RosterFile($0) } }
    ),
    (
        "yaml", shipped("Plugins", ".yaml") + shipped("Catalog", ".yaml"),
        { _ = CatalogLoader.loadDeclaration(text: $0, path: "fuzz.yaml") }
    ),
    (
        "expressions",
        ["${overall} >= 4 and (${aware} = 'yes' or count-selected(${days}) <= 3)", "regex(., '^[0-9]{4}$')"],
        { _ = try? Expression(parsing: $0) }
    ),
]

var total = 0
for parser in seeds {
    print("\(parser.name): seed \(seed)")
    var random = Generator(state: seed)
    let started = Date()
    var runs = 0
    while Date().timeIntervalSince(started) < seconds {
        var input = parser.inputs.randomElement(using: &random) ?? ""
        for _ in 0..<Int.random(in: 1...4, using: &random) { input = mutate(input, &random) }
        parser.run(input)
        runs += 1
    }
    total += runs
    print("\(parser.name): \(runs) runs in \(Int(seconds)) s, no crash")
    seed &+= 1
}
print("fuzz: \(total) runs, no crash")
