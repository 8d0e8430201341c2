/// Where a value sits in a document, written as diagnostics show it: `fields[1].type`.
struct NodePath: Sendable, Hashable, CustomStringConvertible {
    let description: String

    static let root = NodePath(description: "")

    /// The path of `key` inside the map at this path.
    func key(_ key: String) -> NodePath {
        NodePath(description: description.isEmpty ? key : description + "." + key)
    }

    /// The path of the item at `index` (from 0) of the list at this path.
    func index(_ index: Int) -> NodePath {
        NodePath(description: description + "[\(index)]")
    }
}

/// A value to read, with where to report a problem with it: at its key when a map holds it
/// (as `fields[1].type` points at `type`), at the item itself in a list.
struct Slot {
    let value: YAMLValue
    let at: Position
    let path: NodePath
    /// The key that holds the value, for messages such as "'grades' has no value".
    let key: String?

    init(value: YAMLValue, at: Position, path: NodePath, key: String? = nil) {
        self.value = value
        self.at = at
        self.path = path
        self.key = key
    }

    /// The root of a document.
    init(root: YAMLValue) {
        self.init(value: root, at: root.position, path: .root)
    }
}

/// The keys of one map, checked: unknown and duplicate keys reported, the first of each kept.
///
/// Declaration maps hold a dozen keys at most, so a list searched in order beats hashing.
struct MapReading {
    let position: Position
    let path: NodePath
    private var entries: [(key: String, slot: Slot)] = []

    init(position: Position, path: NodePath) {
        self.position = position
        self.path = path
    }

    mutating func add(_ key: String, _ slot: Slot) {
        entries.append((key, slot))
    }

    /// The keys in file order, as the file writes them.
    var order: [String] { entries.map(\.key) }

    /// The slot of `key` whether or not it has a value.
    func slot(_ key: String) -> Slot? { entries.first { $0.key == key }?.slot }

    /// The value of `key`, or nil when the key is absent or written without a value.
    subscript(key: String) -> Slot? {
        guard let slot = slot(key), !slot.value.isNull else { return nil }
        return slot
    }

    /// Whether the file writes `key`, with or without a value.
    func has(_ key: String) -> Bool { slot(key) != nil }
}
