/// Coverage of one part of the roster — a grade, a class, a school: students enrolled out of
/// students on the roster. Not a survey figure, so never suppressed.
public struct CoverageCell: Sendable, Hashable, Identifiable {
    /// The grade, class or school the cell counts.
    public let key: String
    /// Students enrolled (`k`) out of students on the roster (`n`).
    public let proportion: Proportion

    public var id: String { key }

    /// The coverage of `key`: `enrolled` of `roster` students.
    public init(key: String, enrolled: Int, roster: Int) {
        self.key = key
        proportion = Figures.coverage(enrolled: enrolled, roster: roster)
    }

    public var enrolled: Int { proportion.k }
    public var roster: Int { proportion.n }
    /// Nil when the roster is empty.
    public var rate: Double? { proportion.rate }
}
