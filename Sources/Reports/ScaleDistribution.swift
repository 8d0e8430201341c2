import Model

/// How the responses answered one `scale` question: the count of each point, low to high.
public struct ScaleDistribution: Sendable, Hashable, Identifiable {
    /// One point of the scale with its words (`5: 很满意`) and the responses that chose it.
    public struct Point: Sendable, Hashable {
        public let value: Int
        /// The words for the point; nil when the form gives none, and the number is shown instead.
        public let label: LocalizedText?
        public let count: Int

        /// Point `value` chosen `count` times.
        public init(value: Int, label: LocalizedText? = nil, count: Int) {
            self.value = value
            self.label = label
            self.count = max(count, 0)
        }

        /// The point's words in `language`, or its number.
        public func name(_ language: Language) -> String {
            guard let label else { return String(value) }
            let text = label.text(language)
            return text.isEmpty ? String(value) : text
        }
    }

    public let questionID: String
    public let text: LocalizedText
    /// Every point of the scale low to high, those nobody chose with a count of 0.
    public let points: [Point]

    public var id: String { questionID }

    /// The distribution of the given points, sorted low to high.
    public init(questionID: String, text: LocalizedText, points: [Point]) {
        self.questionID = questionID
        self.text = text
        self.points = points.sorted { $0.value < $1.value }
    }

    /// The distribution of `question`'s answers from `counts` (answer point → responses); every
    /// point of the scale appears, with the question's words for it.
    public init(question: Question, counts: [Int: Int]) {
        let values = question.scalePoints.map(Array.init) ?? counts.keys.sorted()
        self.init(
            questionID: question.id, text: question.text,
            points: values.map { Point(value: $0, label: question.labels[$0], count: counts[$0] ?? 0) })
    }

    /// The responses that answered the question.
    public var total: Int { points.reduce(0) { $0 + $1.count } }

    /// A point's share of the answers; nil when nobody answered.
    public func share(of point: Point) -> Double? { Figures.ratio(point.count, over: total) }
}
