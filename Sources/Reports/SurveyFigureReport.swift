/// What `report awareness` and `report satisfaction` print: the semester's rate with its count and
/// interval, and how many of the codes issued came back.
///
/// JSON keys (PRODUCT §9): `rate`, `n`, `low`, `high`, `invited`, `response_rate`; `k` and
/// `responses` may be added beside them.
public struct SurveyFigureReport: Sendable, Hashable {
    public let measure: SurveyMeasure
    /// The responses where the expression holds, out of those that answer every value it reads.
    public let proportion: Proportion
    /// Every response of the semester, answered or not on the expression's values.
    public let responses: Int
    /// The codes issued for the semester.
    public let invited: Int

    /// The report of `k` of `n` (the expression's counts) with the semester's responses and codes.
    public init(measure: SurveyMeasure, k: Int, n: Int, responses: Int, invited: Int) {
        self.measure = measure
        proportion = Proportion(k: k, n: n)
        self.responses = max(responses, 0)
        self.invited = max(invited, 0)
    }

    public var k: Int { proportion.k }
    public var n: Int { proportion.n }
    /// Nil with no responses, like the bounds.
    public var rate: Double? { proportion.rate }
    public var low: Double? { proportion.low }
    public var high: Double? { proportion.high }
    /// Responses out of codes issued; nil when no code was issued.
    public var responseRate: Double? { Figures.responseRate(responses: responses, invited: invited) }
}

/// The report `report satisfaction` prints.
public typealias SatisfactionReport = SurveyFigureReport
/// The report `report awareness` prints.
public typealias AwarenessReport = SurveyFigureReport
