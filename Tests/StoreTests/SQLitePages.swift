import Foundation

/// A page-level reader of a SQLite file, as an attacker with only the file would use one: it walks
/// a B-tree from its root page and says where each cell sits (page and offset on the page), with
/// the cell's record decoded. Enough of the file format for the survey tables (WITHOUT ROWID
/// tables and indexes: index B-trees; payloads that fit on their page).
struct SQLitePages {
    /// A cell of a B-tree: where it is and the values of its record.
    struct Cell {
        let page: Int
        let offset: Int
        let values: [Value]
    }

    /// A value of a record.
    enum Value: Equatable {
        case null
        case integer(Int)
        case text(String)
        case other
    }

    let bytes: [UInt8]
    let pageSize: Int

    init(file path: String) throws {
        bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let size = Int(bytes[16]) << 8 | Int(bytes[17])
        pageSize = size == 1 ? 65_536 : size
    }

    /// Every cell of the index B-tree rooted at page `root`, in the tree's key order.
    func cells(root: Int) -> [Cell] {
        var found: [Cell] = []
        walk(root, into: &found)
        return found
    }

    private func walk(_ page: Int, into found: inout [Cell]) {
        let start = (page - 1) * pageSize
        let header = start + (page == 1 ? 100 : 0)
        let kind = bytes[header]
        let count = Int(bytes[header + 3]) << 8 | Int(bytes[header + 4])
        let interior = kind == 0x02
        let pointers = header + (interior ? 12 : 8)
        for index in 0..<count {
            let offset = Int(bytes[pointers + 2 * index]) << 8 | Int(bytes[pointers + 2 * index + 1])
            var at = start + offset
            if interior {
                walk(Int(be32(at)), into: &found)
                at += 4
            }
            guard kind == 0x0A || interior else { continue }
            // An index B-tree keeps entries in its interior pages too, between its children's.
            let (length, used) = varint(at)
            found.append(Cell(page: page, offset: offset, values: record(at + used, length: Int(length))))
        }
        if interior { walk(Int(be32(header + 8)), into: &found) }
    }

    private func be32(_ at: Int) -> UInt32 {
        bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private func varint(_ at: Int) -> (UInt64, Int) {
        var value: UInt64 = 0
        for index in 0..<9 {
            let byte = bytes[at + index]
            if index == 8 { return (value << 8 | UInt64(byte), 9) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return (value, index + 1) }
        }
        return (value, 9)
    }

    private func record(_ at: Int, length: Int) -> [Value] {
        let (headerLength, first) = varint(at)
        var types: [UInt64] = []
        var cursor = at + first
        while cursor < at + Int(headerLength) {
            let (type, used) = varint(cursor)
            types.append(type)
            cursor += used
        }
        var body = at + Int(headerLength)
        var values: [Value] = []
        for type in types {
            switch type {
            case 0: values.append(.null)
            case 1...6:
                let width = [1, 2, 3, 4, 6, 8][Int(type) - 1]
                let raw = bytes[body..<body + width].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let shift = UInt64(64 - 8 * width)
                values.append(.integer(Int(Int64(bitPattern: raw << shift) >> Int64(shift))))
                body += width
            case 8: values.append(.integer(0))
            case 9: values.append(.integer(1))
            case let type where type >= 13 && type % 2 == 1:
                let width = Int((type - 13) / 2)
                values.append(.text(String(decoding: bytes[body..<body + width], as: UTF8.self)))
                body += width
            case let type where type >= 12:
                body += Int((type - 12) / 2)
                values.append(.other)
            default:
                body += 8
                values.append(.other)
            }
        }
        return values
    }

    /// How many times `text` occurs anywhere in the file: live cells, free space, free pages.
    func occurrences(of text: String) -> Int {
        let needle = Array(text.utf8)
        guard let first = needle.first else { return 0 }
        var count = 0
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, Array(bytes[index..<index + needle.count]) == needle { count += 1 }
            index += 1
        }
        return count
    }
}

/// Spearman's rank correlation of two equally long lists of distinct numbers.
func rankCorrelation(_ a: [Double], _ b: [Double]) -> Double {
    func ranks(_ values: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: values.count)
        for (rank, index) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() {
            result[index] = Double(rank)
        }
        return result
    }
    let (x, y) = (ranks(a), ranks(b))
    let n = Double(a.count)
    let mean = (n - 1) / 2
    let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mean) * ($1.1 - mean) }
    let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return covariance / variance
}
