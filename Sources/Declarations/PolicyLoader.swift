import Foundation
import Model

/// Reads the school's policy, `Catalog/policy.yaml`.
enum PolicyLoader {
    static let keys = [
        "policy", "school", "timezone", "days", "segments", "latest_end", "choices_max", "clubs_per_student",
        "study_group", "fees", "outside_providers", "survey",
    ]

    /// The policy in `root`, or nil after reporting why not.
    static func policy(_ root: YAMLValue, reader: DeclarationReader) -> Policy? {
        let required = ["policy", "days", "segments", "latest_end"]
        guard let map = reader.map(Slot(root: root), keys: keys, required: required) else { return nil }
        let id = map["policy"].flatMap(reader.identifier)
        let school = map["school"].flatMap { readSchool($0, reader: reader) }
        let timezone = map["timezone"].map { readTimezone($0, reader: reader) } ?? "Asia/Shanghai"
        var days = map["days"].flatMap(reader.weekdays)
        if days?.isEmpty == true, let slot = map["days"] {
            reader.report(.emptyList("days"), slot)
            days = nil
        }
        let latestEnd = map["latest_end"].flatMap(reader.time)
        let segments = map["segments"].flatMap(reader.nonEmptyList).flatMap {
            readSegments($0, latestEnd: latestEnd, reader: reader)
        }
        let choicesMax = map["choices_max"].map { reader.integer($0, minimum: 1, maximum: 50) } ?? 5
        let clubsPerStudent = map["clubs_per_student"].map { reader.integer($0, minimum: 1, maximum: 20) } ?? 2
        let studyGroup = map["study_group"].map { readStudyGroup($0, reader: reader) } ?? Policy.StudyGroup()
        let fees = map["fees"].map { reader.word($0, .fees, as: Policy.Fees.self) } ?? .forbidden
        let contractRequired = map["outside_providers"].map { readOutsideProviders($0, reader: reader) } ?? true
        let survey = map["survey"].map { readSurvey($0, reader: reader) } ?? Policy.Survey()
        guard let id, let timezone, let days, let latestEnd, let segments, let choicesMax, let clubsPerStudent,
            let studyGroup, let fees, let contractRequired, let survey, !reader.hasErrors
        else { return nil }
        let resolvedSchool = Policy.School(id: school?.id ?? id, name: school?.name ?? LocalizedText(id))
        return Policy(
            id: id, school: resolvedSchool, timezone: timezone, days: days, segments: segments,
            latestEnd: latestEnd, choicesMax: choicesMax, clubsPerStudent: clubsPerStudent,
            studyGroup: studyGroup, fees: fees, contractRequired: contractRequired, survey: survey)
    }

    /// `{id, name}`, each optional; what is left out comes from the policy's id.
    private static func readSchool(_ slot: Slot, reader: DeclarationReader) -> (id: String?, name: LocalizedText?)? {
        guard let map = reader.map(slot, keys: ["id", "name"]) else { return nil }
        return (map["id"].flatMap(reader.identifier), map["name"].flatMap(reader.localized))
    }

    /// An IANA time zone name the system knows.
    private static func readTimezone(_ slot: Slot, reader: DeclarationReader) -> String? {
        guard let name = reader.text(slot) else { return nil }
        guard TimeZone(identifier: name) != nil else {
            let suggestion = Suggestion.closest(to: name, among: TimeZone.knownTimeZoneIdentifiers)
            reader.report(.unknownTimeZone(name, suggestion: suggestion), slot)
            return nil
        }
        return name
    }

    private static func readStudyGroup(_ slot: Slot, reader: DeclarationReader) -> Policy.StudyGroup? {
        guard let map = reader.map(slot, keys: ["module", "size"]) else { return nil }
        let module = map["module"].map(reader.identifier) ?? "study"
        let size = map["size"].map { reader.integer($0, minimum: 1, maximum: 200) } ?? 35
        guard let module, let size else { return nil }
        return Policy.StudyGroup(module: module, size: size)
    }

    private static func readOutsideProviders(_ slot: Slot, reader: DeclarationReader) -> Bool? {
        guard let map = reader.map(slot, keys: ["contract_required"]) else { return nil }
        return map["contract_required"].map(reader.boolean) ?? true
    }

    /// `{form, satisfied, aware}`; the expressions' syntax is checked here, their names against
    /// the form once every file is loaded.
    private static func readSurvey(_ slot: Slot, reader: DeclarationReader) -> Policy.Survey? {
        guard let map = reader.map(slot, keys: ["form", "satisfied", "aware"]) else { return nil }
        let defaults = Policy.Survey()
        let form = map["form"].map(reader.identifier) ?? defaults.form
        let expression = { (key: String, fallback: SourceText) -> SourceText? in
            guard let slot = map[key] else { return fallback }
            guard let source = reader.expression(slot) else { return nil }
            ExpressionCheck.check(source, scope: nil, reader: reader, path: slot.path)
            return source
        }
        guard let form, let satisfied = expression("satisfied", defaults.satisfied),
            let aware = expression("aware", defaults.aware)
        else { return nil }
        return Policy.Survey(form: form, satisfied: satisfied, aware: aware)
    }
}
