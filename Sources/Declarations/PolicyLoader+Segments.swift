import Model

extension PolicyLoader {
    /// The segments of the afternoon: ids unique, each ending after it starts and by `latest_end`,
    /// none overlapping another.
    static func readSegments(_ items: [Slot], latestEnd: TimeOfDay?, reader: DeclarationReader) -> [Policy.Segment]? {
        var segments: [(segment: Policy.Segment, map: MapReading)] = []
        var ids: [(id: String, slot: Slot)] = []
        for item in items {
            guard
                let map = reader.map(
                    item, keys: ["id", "name", "start", "end", "modules"], required: ["id", "start", "end"])
            else { continue }
            let id = map["id"].flatMap(reader.identifier)
            if let id, let slot = map["id"] { ids.append((id, slot)) }
            // A name or module list with a problem is reported, which keeps the policy from loading.
            let name = map["name"].flatMap(reader.localized)
            let start = map["start"].flatMap(reader.time)
            let end = map["end"].flatMap(reader.time)
            let modules = map["modules"].flatMap { readModules($0, reader: reader) }
            guard let id, let start, let end else { continue }
            if end <= start, let slot = map["end"] {
                reader.report(.segmentBackwards(id, start: start, end: end), slot)
                continue
            }
            if let latestEnd, end > latestEnd, let slot = map["end"] {
                reader.report(.segmentAfterLatestEnd(id, end: end, latest: latestEnd), slot)
            }
            let segment = Policy.Segment(
                id: id, name: name ?? LocalizedText(id), start: start, end: end, modules: modules)
            segments.append((segment, map))
        }
        reader.checkUnique(ids, as: .segment)
        let byStart = segments.sorted { $0.segment.start < $1.segment.start }
        for (earlier, later) in zip(byStart, byStart.dropFirst()) where later.segment.start < earlier.segment.end {
            if let slot = later.map["start"] {
                reader.report(.segmentsOverlap(later.segment.id, other: earlier.segment.id), slot)
            }
        }
        return segments.count == items.count ? segments.map(\.segment) : nil
    }

    /// The modules a segment is open to, each once; whether they exist is checked across files.
    private static func readModules(_ slot: Slot, reader: DeclarationReader) -> [String]? {
        guard let items = reader.list(slot) else { return nil }
        var ids: [(id: String, slot: Slot)] = []
        for item in items {
            if let id = reader.identifier(item) { ids.append((id, item)) }
        }
        reader.checkUnique(ids, as: .module)
        guard ids.count == items.count else { return nil }
        var seen = Set<String>()
        return ids.map(\.id).filter { seen.insert($0).inserted }
    }
}
