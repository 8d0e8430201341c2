/// "Did you mean …?" for a misspelt key, command or name.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
    ///
    /// Close enough means at most a third of the word's length in edits (at least one, at most three).
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        // A word far longer than any id or key names none; measuring it against every candidate
        // would take time in the square of its length.
        guard word.utf8.count <= 128 else { return nil }
        let limit = min(3, max(1, word.count / 3))
        var best: (name: String, distance: Int)?
        // A word that a candidate begins with, or that shares all but its last character with one
        // (`gradee` for `grade_min`), is a likely slip too; the earliest declared candidate wins a tie.
        var byPrefix: (name: String, shared: Int)?
        for candidate in candidates where candidate != word {
            let d = distance(word, candidate)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
            let shared = commonPrefixLength(word, candidate)
            if shared >= 3, shared >= word.count - 1, shared > (byPrefix?.shared ?? 0) {
                byPrefix = (candidate, shared)
            }
        }
        return best?.name ?? byPrefix?.name
    }

    /// The hint for a near miss, in both languages: `did you mean 'semester'?`.
    public static func didYouMean(_ word: String) -> LocalizedText {
        LocalizedText(zh: "您是不是要写 '\(word)'？", en: "did you mean '\(word)'?")
    }

    static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// Damerau-style edit distance (insert, delete, substitute, swap two neighbours) over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
