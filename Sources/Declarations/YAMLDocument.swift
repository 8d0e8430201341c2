import Foundation
import Yams

/// Turns a file's bytes into a `YAMLValue` tree, or says why it cannot, with a position.
enum YAMLDocument {
    /// What reading a file gave.
    enum Outcome {
        /// The document, and problems with keys found on the way (duplicates, keys that are not text).
        case document(YAMLValue, keyProblems: [(Problem, Position)])
        /// Nothing but whitespace and comments.
        case empty
        /// A problem that leaves nothing to read.
        case failed(Problem, Position)
    }

    /// The most bytes a declaration file may have, and the most values it may hold once its
    /// aliases are followed: a module is a few kilobytes and a few hundred values, and an alias
    /// bomb ("billion laughs") would otherwise take minutes and gigabytes.
    static let largestFile = 1 << 20
    static let mostValues = 100_000

    /// Reads UTF-8 bytes.
    static func read(_ data: Data) -> Outcome {
        if data.count > largestFile { return .failed(.fileTooLarge(bytes: data.count, limit: largestFile), .start) }
        if let text = String(validating: data, as: UTF8.self) { return read(text: text) }
        let bytes = [UInt8](data)
        return .failed(.notUTF8, position(ofByte: firstInvalidUTF8(bytes) ?? 0, in: bytes))
    }

    /// Reads text already decoded.
    static func read(text: String) -> Outcome {
        // A byte order mark is no part of the text; libyaml, told the encoding, would read it as one.
        var source = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // libyaml refuses a duplicate key without saying where the second one is; renaming the
        // first occurrence until the document composes shows every duplicate in place.
        var renamed: [Position: String] = [:]
        for attempt in 0..<64 {
            do {
                // `.basic` resolves no implicit types; an explicit encoding spares a look at the environment per file.
                guard let root = try Yams.compose(yaml: source, .basic, .default, .utf8) else { return .empty }
                var converter = Converter(renamed: renamed)
                let value = converter.convert(root)
                if converter.values > mostValues { return .failed(.tooManyValues(limit: mostValues), .start) }
                if value.isNull { return .empty }
                return .document(value, keyProblems: converter.problems)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let first = Position(line: context.mark.line, column: context.mark.column)
                guard let key = duplicates.first,
                    let changed = renaming(at: first, in: source, to: placeholder(attempt))
                else {
                    return .failed(.duplicateKey(duplicates.first ?? "", first: first), first)
                }
                renamed[first] = key
                source = changed
            } catch {
                return failure(error, text: text)
            }
        }
        return .failed(.syntax(problem: "too many duplicate keys", context: nil, began: nil), .start)
    }

    /// A character no declaration contains, distinct for each renaming.
    private static func placeholder(_ attempt: Int) -> Unicode.Scalar {
        Unicode.Scalar(0xE000 + UInt32(attempt)) ?? "\u{E000}"
    }

    /// `source` with the first character of the key at `position` (after a quote) replaced.
    private static func renaming(at position: Position, in source: String, to replacement: Unicode.Scalar) -> String? {
        var scalars = Array(source.unicodeScalars)
        guard var index = offset(of: position, in: scalars) else { return nil }
        if scalars[index] == "\"" || scalars[index] == "'" { index += 1 }
        guard index < scalars.count, scalars[index] != "\"", scalars[index] != "'", scalars[index] != "\n" else {
            return nil
        }
        scalars[index] = replacement
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func offset(of position: Position, in scalars: [Unicode.Scalar]) -> Int? {
        var line = 1
        var index = 0
        while line < position.line, index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
        let target = index + position.column - 1
        return line == position.line && target < scalars.count ? target : nil
    }

    private static func failure(_ error: any Error, text: String) -> Outcome {
        guard let yamlError = error as? YamlError else {
            return .failed(.syntax(problem: String(describing: error), context: nil, began: nil), .start)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let at = Position(line: mark.line, column: mark.column)
            if let tab = tabInIndentation(text, near: at) { return .failed(.tabIndentation, tab) }
            let began = context.map { Position(line: $0.mark.line, column: $0.mark.column) }
            return .failed(.syntax(problem: problem, context: context?.text, began: began == at ? nil : began), at)
        case .reader(let problem, let offset, _, _):
            let scalars = Array(text.unicodeScalars)
            let at = offset.map { position(ofScalar: $0, in: scalars) } ?? .start
            return .failed(.syntax(problem: problem, context: nil, began: nil), at)
        default:
            return .failed(.syntax(problem: String(describing: yamlError), context: nil, began: nil), .start)
        }
    }

    /// The position of a tab in the indentation of the line at `position` or the line before it,
    /// which is what a scanner error there most likely comes from.
    private static func tabInIndentation(_ text: String, near position: Position) -> Position? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [position.line, position.line - 1] where number >= 1 && number <= lines.count {
            var column = 1
            for scalar in lines[number - 1].unicodeScalars {
                if scalar == "\t" { return Position(line: number, column: column) }
                if scalar != " " { break }
                column += 1
            }
        }
        return nil
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Line and column of a byte offset, counting columns in the scalars of the valid text before it.
    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> Position {
        let before = bytes[..<offset]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return Position(line: line, column: column)
    }

    private static func position(ofScalar offset: Int, in scalars: [Unicode.Scalar]) -> Position {
        var line = 1
        var column = 1
        for scalar in scalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Position(line: line, column: column)
    }
}

/// Converts Yams nodes to `YAMLValue`, restoring keys renamed to get past duplicates.
private struct Converter {
    let renamed: [Position: String]
    var problems: [(Problem, Position)] = []
    /// Values converted so far; past the limit nothing more is converted.
    var values = 0

    init(renamed: [Position: String]) { self.renamed = renamed }

    mutating func convert(_ node: Node) -> YAMLValue {
        values += 1
        if values > YAMLDocument.mostValues { return .scalar("", .init(position: .start, quoted: false, isNull: true)) }
        switch node {
        case .scalar(let scalar):
            let position = Self.position(scalar.mark)
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let isNull = scalar.style == .plain && scalar.string.isEmpty
            return .scalar(scalar.string, .init(position: position, quoted: quoted, isNull: isNull))
        case .mapping(let mapping):
            var entries: [YAMLValue.Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyValue = convert(key)
                let keyPosition = keyValue.position
                guard case .scalar(let text, _) = keyValue else {
                    problems.append((.notAKey(FoundValue(keyValue)), keyPosition))
                    continue
                }
                entries.append(
                    .init(key: renamed[keyPosition] ?? text, keyPosition: keyPosition, value: convert(value)))
            }
            return .map(entries, Self.position(mapping.mark))
        case .sequence(let sequence):
            return .list(sequence.map { convert($0) }, Self.position(sequence.mark))
        case .alias(let alias):
            return .scalar(
                "*" + alias.anchor.rawValue, .init(position: Self.position(alias.mark), quoted: false, isNull: false))
        }
    }

    private static func position(_ mark: Mark?) -> Position {
        mark.map { Position(line: $0.line, column: $0.column) } ?? .start
    }
}
