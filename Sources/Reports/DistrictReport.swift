import Model

/// What `report district` shows: the three figures for each school database given, and the
/// district's totals pooled over every school's students and responses.
///
/// JSON shape (PRODUCT §9): `{"schools": [...], "district": {...}}`, each with `school`, `name`,
/// `coverage`, `awareness`, `satisfaction`, `n`; the district's `school` is null.
public struct DistrictReport: Sendable, Hashable {
    /// One school's counts for the semester, as its own database gives them.
    public struct SchoolFigures: Sendable, Hashable {
        public var school: Policy.School
        /// Whether the school published an allocation in the semester (P1).
        public var offersService: Bool
        /// Students enrolled out of the roster.
        public var coverage: Proportion
        public var awareness: Proportion
        public var satisfaction: Proportion
        public var responses: Int
        public var invited: Int

        /// A school's counts; its coverage is `enrolled` of `roster` students.
        public init(
            school: Policy.School, offersService: Bool, enrolled: Int, roster: Int,
            awareness: Proportion, satisfaction: Proportion, responses: Int, invited: Int
        ) {
            self.school = school
            self.offersService = offersService
            coverage = Figures.coverage(enrolled: enrolled, roster: roster)
            self.awareness = awareness
            self.satisfaction = satisfaction
            self.responses = max(responses, 0)
            self.invited = max(invited, 0)
        }
    }

    /// One line of the report: a school, or the district (whose `school` is nil).
    public struct Row: Sendable, Hashable {
        /// The school's id; nil for the district's totals.
        public let school: String?
        public let name: LocalizedText
        /// Students enrolled out of students on the roster.
        public let coverage: Proportion
        public let awareness: Proportion
        public let satisfaction: Proportion
        /// The responses received: the row's `n`.
        public let n: Int
        public let invited: Int

        /// A row of the given figures.
        public init(
            school: String?, name: LocalizedText, coverage: Proportion, awareness: Proportion,
            satisfaction: Proportion, n: Int, invited: Int
        ) {
            self.school = school
            self.name = name
            self.coverage = coverage
            self.awareness = awareness
            self.satisfaction = satisfaction
            self.n = n
            self.invited = invited
        }

        /// Responses out of codes issued; nil when no code was issued.
        public var responseRate: Double? { Figures.responseRate(responses: n, invited: invited) }
    }

    /// The name the district's row carries.
    public static let districtName = LocalizedText(zh: "全区合计", en: "District total")

    public let semester: String
    /// One row per school, in the order given.
    public let schools: [Row]
    /// The totals: every count summed over the schools, never an average of their rates.
    public let district: Row
    /// Schools offering service (a published allocation in the semester) out of the schools given (P1).
    public let schoolCoverage: Proportion
    /// Whether each school offers service, by school id.
    public let offersService: [String: Bool]

    /// The report of `figures`, one row each in the order given, and the district's pooled totals.
    public init(semester: String, schools figures: [SchoolFigures]) {
        self.semester = semester
        schools = figures.map {
            Row(
                school: $0.school.id, name: $0.school.name, coverage: $0.coverage, awareness: $0.awareness,
                satisfaction: $0.satisfaction, n: $0.responses, invited: $0.invited)
        }
        district = Row(
            school: nil, name: DistrictReport.districtName,
            coverage: Proportion.pooled(figures.map(\.coverage)),
            awareness: Proportion.pooled(figures.map(\.awareness)),
            satisfaction: Proportion.pooled(figures.map(\.satisfaction)),
            n: figures.reduce(0) { $0 + $1.responses },
            invited: figures.reduce(0) { $0 + $1.invited })
        schoolCoverage = Figures.schoolCoverage(offering: figures.count(where: \.offersService), schools: figures.count)
        offersService = Dictionary(
            figures.map { ($0.school.id, $0.offersService) }, uniquingKeysWith: { first, _ in first })
    }
}
