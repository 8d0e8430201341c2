/// The school's policy, `Catalog/policy.yaml`: service days, segments and limits (defaults follow
/// the Jinshan plan), and how the survey's figures are counted.
public struct Policy: Sendable, Hashable, Identifiable {
    /// The school a database belongs to; district reports name schools by it.
    public struct School: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText

        public init(id: String, name: LocalizedText) {
            self.id = id
            self.name = name
        }
    }

    /// A named part of the afternoon (P3).
    public struct Segment: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var start: TimeOfDay
        public var end: TimeOfDay
        /// When given, the only modules whose clubs may meet in this segment.
        public var modules: [String]?

        public init(id: String, name: LocalizedText, start: TimeOfDay, end: TimeOfDay, modules: [String]? = nil) {
            self.id = id
            self.name = name
            self.start = start
            self.end = end
            self.modules = modules
        }

        /// Whether a club of `module` may meet in this segment.
        public func allows(module: String) -> Bool { modules?.contains(module) ?? true }
    }

    /// The module whose grade groups take every enrolled child without a club (P2, P6).
    public struct StudyGroup: Sendable, Hashable {
        public var module: String
        public var size: Int

        public init(module: String = "study", size: Int = 35) {
            self.module = module
            self.size = size
        }
    }

    /// Whether clubs may carry a fee (P7).
    public enum Fees: String, Sendable, Hashable, CaseIterable, Codable {
        case forbidden, allowed
    }

    /// Which semester survey counts, and who counts as satisfied and as aware (P13, P14).
    public struct Survey: Sendable, Hashable {
        public var form: String
        /// Expressions over the form's question ids.
        public var satisfied: SourceText
        public var aware: SourceText

        public init(
            form: String = "parent-satisfaction",
            satisfied: SourceText = SourceText("${overall} >= 4"),
            aware: SourceText = SourceText("${aware} = 'yes'")
        ) {
            self.form = form
            self.satisfied = satisfied
            self.aware = aware
        }
    }

    public var id: String
    public var school: School
    /// An IANA zone name; every recorded moment is read in it.
    public var timezone: String
    public var days: [Weekday]
    /// In the order of the day.
    public var segments: [Segment]
    public var latestEnd: TimeOfDay
    public var choicesMax: Int
    public var clubsPerStudent: Int
    public var studyGroup: StudyGroup
    public var fees: Fees
    /// Whether an outside provider needs a contract on file before it may run a club (P10).
    public var contractRequired: Bool
    public var survey: Survey

    public init(
        id: String, school: School? = nil, timezone: String = "Asia/Shanghai", days: [Weekday],
        segments: [Segment], latestEnd: TimeOfDay, choicesMax: Int = 5, clubsPerStudent: Int = 2,
        studyGroup: StudyGroup = StudyGroup(), fees: Fees = .forbidden, contractRequired: Bool = true,
        survey: Survey = Survey()
    ) {
        self.id = id
        self.school = school ?? School(id: id, name: LocalizedText(id))
        self.timezone = timezone
        self.days = days
        self.segments = segments
        self.latestEnd = latestEnd
        self.choicesMax = choicesMax
        self.clubsPerStudent = clubsPerStudent
        self.studyGroup = studyGroup
        self.fees = fees
        self.contractRequired = contractRequired
        self.survey = survey
    }

    /// The segment with `id`.
    public func segment(id: String) -> Segment? { segments.first { $0.id == id } }

    /// Whether clubs of `module` may meet in `segment`: the segment exists and is not closed to the module.
    public func allowsModule(_ module: String, in segment: String) -> Bool {
        self.segment(id: segment)?.allows(module: module) ?? false
    }

    /// The segments in order with their ids, for listing.
    public var segmentIDs: [String] { segments.map(\.id) }
}
