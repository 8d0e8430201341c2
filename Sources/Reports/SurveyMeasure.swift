/// The two survey figures of the policy (P14): the policy's `aware` and `satisfied` expressions.
public enum SurveyMeasure: String, Sendable, Hashable, CaseIterable, Codable {
    case awareness, satisfaction
}
