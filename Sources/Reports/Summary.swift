import Model

/// What `report summary` shows: the policy's three figures (P14) with last semester's beside
/// them, the most and least satisfied modules and the number of free-text comments — and, for
/// the HTML page, the breakdowns and answer distributions behind them.
public struct Summary: Sendable, Hashable {
    public var school: Policy.School
    public var semester: String
    /// The semester compared with; nil when this is the first.
    public var previousSemester: String?
    /// Students enrolled out of students on the roster.
    public var coverage: SemesterComparison
    public var awareness: SemesterComparison
    public var satisfaction: SemesterComparison
    /// Codes issued and responses received this semester.
    public var invited: Int
    public var responses: Int
    /// Free-text answers that are not empty.
    public var comments: Int
    /// Satisfaction by module, suppressed as every breakdown is; keys are module ids.
    public var satisfactionByModule: Breakdown
    /// The names of the modules the keys of `satisfactionByModule` name.
    public var moduleNames: [String: LocalizedText]
    /// Satisfaction by grade; keys are grades (`3`).
    public var satisfactionByGrade: Breakdown
    /// Coverage by grade; keys are grades.
    public var coverageByGrade: [CoverageCell]
    /// The answers to each `scale` question of the semester's form, in the form's order.
    public var distributions: [ScaleDistribution]

    /// A summary of the given figures; the breakdowns and distributions only the page shows may be left empty.
    public init(
        school: Policy.School, semester: String, previousSemester: String? = nil,
        coverage: SemesterComparison, awareness: SemesterComparison, satisfaction: SemesterComparison,
        invited: Int, responses: Int, comments: Int,
        satisfactionByModule: Breakdown = Breakdown(dimension: .module, counts: []),
        moduleNames: [String: LocalizedText] = [:],
        satisfactionByGrade: Breakdown = Breakdown(dimension: .grade, counts: []),
        coverageByGrade: [CoverageCell] = [], distributions: [ScaleDistribution] = []
    ) {
        self.school = school
        self.semester = semester
        self.previousSemester = previousSemester
        self.coverage = coverage
        self.awareness = awareness
        self.satisfaction = satisfaction
        self.invited = invited
        self.responses = responses
        self.comments = comments
        self.satisfactionByModule = satisfactionByModule
        self.moduleNames = moduleNames
        self.satisfactionByGrade = satisfactionByGrade
        self.coverageByGrade = coverageByGrade
        self.distributions = distributions
    }

    /// Responses out of codes issued; nil when no code was issued.
    public var responseRate: Double? { Figures.responseRate(responses: responses, invited: invited) }

    /// The shown module cell with the highest satisfaction rate.
    public var mostSatisfiedModule: BreakdownCell? { satisfactionByModule.highest }

    /// The shown module cell with the lowest satisfaction rate; nil unless two modules are shown.
    public var leastSatisfiedModule: BreakdownCell? { satisfactionByModule.lowest }

    /// The name of module `id` in `language`, or the id when the module is not known.
    public func moduleName(_ id: String, _ language: Language) -> String {
        moduleNames[id]?.text(language) ?? id
    }
}
