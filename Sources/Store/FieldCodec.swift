import Foundation
import Model

/// Club field values as stored: a JSON object of `[type, text]` pairs, so that a value reads back
/// with the type it was published with even if its module changes later.
enum FieldCodec {
    static func encode(_ fields: [String: FieldValue]) -> String {
        var object: [String: [String]] = [:]
        for (key, value) in fields {
            switch value {
            case .text(let text): object[key] = ["text", text]
            case .integer(let number): object[key] = ["integer", String(number)]
            case .decimal(let number): object[key] = ["decimal", String(number)]
            case .boolean(let flag): object[key] = ["boolean", flag ? "true" : "false"]
            case .multi(let values): object[key] = ["multi"] + values
            case .time(let time): object[key] = ["time", time.description]
            case .localized(let text): object[key] = ["localized", text.text(.zh), text.text(.en)]
            case .grades(let range): object[key] = ["grades", range.description]
            case .days(let days): object[key] = ["days"] + days.map(\.rawValue)
            }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String: FieldValue] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: [String]] else {
            return [:]
        }
        var fields: [String: FieldValue] = [:]
        for (key, parts) in object {
            guard let type = parts.first else { continue }
            let rest = Array(parts.dropFirst())
            let first = rest.first ?? ""
            switch type {
            case "text": fields[key] = .text(first)
            case "integer": fields[key] = Int(first).map(FieldValue.integer)
            case "decimal": fields[key] = Double(first).map(FieldValue.decimal)
            case "boolean": fields[key] = .boolean(first == "true")
            case "multi": fields[key] = .multi(rest)
            case "time": fields[key] = TimeOfDay(first).map(FieldValue.time)
            case "localized": fields[key] = .localized(LocalizedText(zh: first, en: rest.count > 1 ? rest[1] : first))
            case "grades": fields[key] = GradeRange(first).map(FieldValue.grades)
            case "days": fields[key] = .days(rest.compactMap(Weekday.init(rawValue:)))
            default: continue
            }
        }
        return fields
    }
}
