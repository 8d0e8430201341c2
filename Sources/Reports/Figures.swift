/// The ratios the policy's three figures (P14) and the survey's response rate are made of.
///
/// Each returns nil when its denominator is 0 — a school with no roster has no coverage, a
/// semester with no codes has no response rate — never a division by zero.
public enum Figures {
    /// `numerator / denominator`, or nil when the denominator is not positive.
    public static func ratio(_ numerator: Int, over denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    /// The response rate (回收率): responses out of the codes issued.
    public static func responseRate(responses: Int, invited: Int) -> Double? {
        ratio(responses, over: invited)
    }

    /// Student coverage: students enrolled out of the students on the roster.
    public static func coverage(enrolled: Int, roster: Int) -> Proportion {
        Proportion(k: enrolled, n: roster)
    }

    /// School coverage (P1): schools with a published allocation in the semester out of the schools given.
    public static func schoolCoverage(offering: Int, schools: Int) -> Proportion {
        Proportion(k: offering, n: schools)
    }
}
