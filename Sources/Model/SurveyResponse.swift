/// One stored response: its answers as text (a `multi` answer's values joined by spaces), and for
/// breakdowns the distinct grades, classes and modules of the respondent's children.
public struct SurveyResponse: Sendable, Hashable {
    public var version: Int
    public var day: CalendarDate
    public var answers: [String: String]
    /// `grade`, `class`, `module` → keys.
    public var groups: [String: [String]]
    /// Who answered, for a form that is not anonymous; nil otherwise.
    public var respondent: String?

    public init(
        version: Int, day: CalendarDate, answers: [String: String], groups: [String: [String]],
        respondent: String? = nil
    ) {
        self.version = version
        self.day = day
        self.answers = answers
        self.groups = groups
        self.respondent = respondent
    }
}
