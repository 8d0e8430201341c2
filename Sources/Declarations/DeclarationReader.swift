import Model

/// Reads the values of one file by the type each key declares, collecting diagnostics as it goes.
///
/// Each reading function returns nil after reporting why, so that a loader can go on and find
/// every problem of the file in one pass.
final class DeclarationReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    func report(_ problem: Problem, at position: Position, path: NodePath, severity: Diagnostic.Severity = .error) {
        diagnostics.append(
            Diagnostic(
                file: file, line: position.line, column: position.column, severity: severity,
                keyPath: path.description, message: problem.message, hint: problem.hint))
    }

    func report(_ problem: Problem, _ slot: Slot) {
        report(problem, at: slot.at, path: slot.path)
    }

    // MARK: Maps and lists

    /// The map at `slot`, with every key checked against `keys`; required keys that are missing or
    /// written without a value are reported.
    func map(_ slot: Slot, keys: [String], required: [String] = []) -> MapReading? {
        guard case .map(let entries, let position) = slot.value else {
            report(.wrongType(.map, found: FoundValue(slot.value)), slot)
            return nil
        }
        var reading = MapReading(position: position, path: slot.path)
        // A misspelt required key is reported once, as unknown with its "did you mean", not also as missing.
        var suggested: [String] = []
        for (index, entry) in entries.enumerated() {
            let path = slot.path.key(entry.key)
            if let first = entries[..<index].first(where: { $0.key == entry.key }) {
                report(.duplicateKey(entry.key, first: first.keyPosition), at: entry.keyPosition, path: path)
                continue
            }
            guard keys.contains(entry.key) else {
                let suggestion = Suggestion.closest(to: entry.key, among: keys)
                if let suggestion { suggested.append(suggestion) }
                report(.unknownKey(entry.key, suggestion: suggestion, allowed: keys), at: entry.keyPosition, path: path)
                continue
            }
            reading.add(entry.key, Slot(value: entry.value, at: entry.keyPosition, path: path, key: entry.key))
        }
        for key in required where reading[key] == nil {
            if let present = reading.slot(key) {
                report(.emptyValue(key), present)
            } else if !entries.contains(where: { $0.key == key }), !suggested.contains(key) {
                report(.missingKey(key), at: position, path: slot.path)
            }
        }
        return reading
    }

    /// The items of the list at `slot`, each with its own position and path.
    func list(_ slot: Slot) -> [Slot]? {
        guard case .list(let items, _) = slot.value else {
            report(.wrongType(.list, found: FoundValue(slot.value)), slot)
            return nil
        }
        return items.enumerated().map { index, item in
            Slot(value: item, at: item.position, path: slot.path.index(index))
        }
    }

    /// The items of a list that must not be empty.
    func nonEmptyList(_ slot: Slot) -> [Slot]? {
        guard let items = list(slot) else { return nil }
        if items.isEmpty {
            report(.emptyList(slot.key ?? slot.path.description), slot)
            return nil
        }
        return items
    }

    /// Reports each id given twice, at its second appearance.
    func checkUnique(_ items: [(id: String, slot: Slot)], as thing: DeclaredThing) {
        var firsts: [String: Position] = [:]
        for item in items {
            if let first = firsts[item.id] {
                report(.duplicate(thing, item.id, first: first), item.slot)
            } else {
                firsts[item.id] = item.slot.at
            }
        }
    }
}
