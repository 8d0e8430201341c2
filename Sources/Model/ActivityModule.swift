/// An activity module, `Plugins/<id>/module.yaml`: a category of clubs (sports, arts, …) with the
/// extra facts its clubs declare, the rules they must meet, ready-made templates and survey questions.
public struct ActivityModule: Sendable, Hashable, Identifiable {
    /// How many students a club of the module takes unless it says otherwise, and at most.
    public struct Capacity: Sendable, Hashable {
        public var `default`: Int
        public var max: Int

        public init(default: Int, max: Int? = nil) {
            self.default = `default`
            self.max = max ?? `default`
        }
    }

    /// An extra fact every club of the module declares (`venue`, `intensity`).
    public struct Field: Sendable, Hashable, Identifiable {
        public var id: String
        public var type: FieldType
        public var label: LocalizedText?
        public var help: LocalizedText?
        public var required: Bool
        /// The options of a `choice` or `multi` field.
        public var choices: [Choice]
        public var defaultValue: FieldValue?
        /// Bounds of an `integer` or `decimal` field.
        public var min: Double?
        public var max: Double?

        public init(
            id: String, type: FieldType, label: LocalizedText? = nil, help: LocalizedText? = nil,
            required: Bool = false, choices: [Choice] = [], defaultValue: FieldValue? = nil,
            min: Double? = nil, max: Double? = nil
        ) {
            self.id = id
            self.type = type
            self.label = label
            self.help = help
            self.required = required
            self.choices = choices
            self.defaultValue = defaultValue
            self.min = min
            self.max = max
        }
    }

    /// A check a club must pass to be published, and what to tell the teacher when it fails.
    public struct Rule: Sendable, Hashable {
        /// An expression over the club's facts and fields.
        public var check: SourceText
        public var message: LocalizedText

        public init(check: SourceText, message: LocalizedText) {
            self.check = check
            self.message = message
        }
    }

    /// A ready-made club: the facts and field values it fixes, in the order the file writes them.
    public struct Template: Sendable, Hashable {
        /// One fact or field value of a template.
        public struct Entry: Sendable, Hashable {
            public var name: String
            public var value: FieldValue

            public init(name: String, value: FieldValue) {
                self.name = name
                self.value = value
            }
        }

        public var entries: [Entry]

        public init(entries: [Entry]) { self.entries = entries }

        /// The value the template gives `name` (a club fact or a field id).
        public subscript(name: String) -> FieldValue? { entries.first { $0.name == name }?.value }

        /// The club's title, when the template gives one.
        public var title: LocalizedText? {
            if case .localized(let text)? = self["title"] { return text }
            if case .text(let text)? = self["title"] { return LocalizedText(text) }
            return nil
        }

        /// The grades the club serves, when the template gives them.
        public var grades: GradeRange? {
            if case .grades(let range)? = self["grades"] { return range }
            return nil
        }

        /// The club's capacity, when the template gives one.
        public var capacity: Int? {
            if case .integer(let n)? = self["capacity"] { return n }
            return nil
        }

        /// The days the club meets, when the template gives them.
        public var days: [Weekday]? {
            if case .days(let days)? = self["days"] { return days }
            return nil
        }

        /// The segment the club meets in, when the template gives one.
        public var segment: String? {
            if case .text(let id)? = self["segment"] { return id }
            return nil
        }
    }

    public var id: String
    public var version: Int
    public var name: LocalizedText
    public var summary: LocalizedText?
    /// The segments its clubs may meet in; the policy's segment rules apply too.
    public var segments: [String]
    public var grades: GradeRange
    public var capacity: Capacity
    public var fields: [Field]
    public var rules: [Rule]
    public var templates: [Template]
    /// Questions added to the semester survey of families whose child took part.
    public var survey: [Question]

    public init(
        id: String, version: Int, name: LocalizedText, summary: LocalizedText? = nil, segments: [String],
        grades: GradeRange, capacity: Capacity, fields: [Field] = [], rules: [Rule] = [],
        templates: [Template] = [], survey: [Question] = []
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.summary = summary
        self.segments = segments
        self.grades = grades
        self.capacity = capacity
        self.fields = fields
        self.rules = rules
        self.templates = templates
        self.survey = survey
    }

    /// The facts every club has, as rules and templates name them.
    public static let clubFacts: [String] = [
        "title", "grade_min", "grade_max", "capacity", "segment", "days", "provider", "min", "room", "teacher",
    ]

    /// Every name a rule may read: the club facts, then the declared fields.
    public var allFactNames: [String] { ActivityModule.clubFacts + fields.map(\.id) }

    /// The declared field with `id`.
    public func field(id: String) -> Field? { fields.first { $0.id == id } }
}

/// The kinds of value a module field holds, as the `type` key writes them.
public enum FieldType: String, Sendable, Hashable, CaseIterable, Codable {
    case text, integer, decimal, boolean, choice, multi, time
}
