/// A 1-based line and column in a file, columns counted in Unicode scalars as YAML counts them.
struct Position: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let start = Position(line: 1, column: 1)

    static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A YAML document reduced to what declarations need: text scalars, maps with text keys in file
/// order (duplicates kept, so that they can be reported), lists; every node with its position.
///
/// Scalars stay text: their meaning comes from the key that holds them, never from YAML 1.1's
/// implicit typing.
indirect enum YAMLValue: Sendable {
    /// A scalar's text, and how it was written.
    struct Scalar: Sendable {
        var position: Position
        /// Written in quotes: the text starts one column after `position`.
        var quoted: Bool
        /// Written plainly with no text at all (`key:`), which reads as "no value".
        var isNull: Bool
    }

    /// One `key: value` pair of a map.
    struct Entry: Sendable {
        var key: String
        var keyPosition: Position
        var value: YAMLValue
    }

    case scalar(String, Scalar)
    case map([Entry], Position)
    case list([YAMLValue], Position)

    var position: Position {
        switch self {
        case .scalar(_, let info): info.position
        case .map(_, let position), .list(_, let position): position
        }
    }

    /// The scalar's text, or nil for a map or list.
    var text: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// Whether this is a plain scalar with no text: the key is there but its value is not.
    var isNull: Bool {
        if case .scalar(_, let info) = self { return info.isNull }
        return false
    }

    /// Where the scalar's own text begins: after the opening quote of a quoted scalar.
    var textPosition: Position {
        guard case .scalar(_, let info) = self else { return position }
        return info.quoted ? Position(line: info.position.line, column: info.position.column + 1) : info.position
    }

    /// The text of `key` in this map, without judging it; nil when this is not a map or lacks the key.
    func text(of key: String) -> String? {
        guard case .map(let entries, _) = self else { return nil }
        return entries.first { $0.key == key }?.value.text
    }

    /// Where the value at a key path such as `segments[1].modules[0]` is written: at its key
    /// inside a map, at the item itself inside a list; nil when the path leads nowhere.
    func position(at path: String) -> Position? {
        var node = self
        var position = self.position
        var rest = Substring(path)
        while let first = rest.first {
            if first == "[" {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                    case .list(let items, _) = node, items.indices.contains(index)
                else { return nil }
                node = items[index]
                position = node.position
                rest = rest[rest.index(after: close)...]
            } else {
                if first == "." { rest = rest.dropFirst() }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let key = rest[..<end]
                guard case .map(let entries, _) = node, let entry = entries.first(where: { $0.key == key }) else {
                    return nil
                }
                node = entry.value
                position = entry.keyPosition
                rest = rest[end...]
            }
        }
        return position
    }
}
