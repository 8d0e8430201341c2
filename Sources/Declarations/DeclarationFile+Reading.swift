import Foundation
import Model

extension DeclarationFile {
    /// Reads the file at `path` (as given, relative to the working folder or absolute).
    /// `expected` is the kind the file's place implies; nil lets its first key decide.
    static func read(path: String, expected: Declaration.Kind?) -> DeclarationFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let reason = !exists ? "no such file" : isFolder.boolValue ? "it is a folder" : "permission denied"
            let diagnostic = Diagnostic(
                file: path, line: 0, column: 0, message: Problem.cannotRead(path: path, reason: reason).message)
            return DeclarationFile(file: path, declaration: nil, diagnostics: [diagnostic], root: nil, intended: nil)
        }
        return parse(YAMLDocument.read(data), path: path, expected: expected)
    }

    /// Reads text that is already in memory, as if it were the file at `path`.
    static func parse(text: String, path: String, expected: Declaration.Kind?) -> DeclarationFile {
        parse(YAMLDocument.read(text: text), path: path, expected: expected)
    }

    private static func parse(_ outcome: YAMLDocument.Outcome, path: String, expected: Declaration.Kind?)
        -> DeclarationFile
    {
        let reader = DeclarationReader(file: path)
        var declaration: Declaration?
        var intended: (kind: Declaration.Kind, id: String)?
        var document: YAMLValue?
        switch outcome {
        case .empty:
            reader.report(.emptyFile, at: .start, path: .root)
        case .failed(let problem, let position):
            reader.report(problem, at: position, path: .root)
        case .document(let root, let keyProblems):
            document = root
            for (problem, position) in keyProblems { reader.report(problem, at: position, path: .root) }
            declaration = interpret(root, path: path, expected: expected, reader: reader)
            if let kind = expected ?? kind(of: root), let id = root.text(of: kind.rawValue) { intended = (kind, id) }
        }
        let diagnostics = reader.diagnostics.enumerated()
            .sorted {
                ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
            }
            .map(\.element)
        let clean = !reader.hasErrors
        return DeclarationFile(
            file: path, declaration: clean ? declaration : nil, diagnostics: diagnostics,
            root: document, intended: intended)
    }

    private static func interpret(
        _ root: YAMLValue, path: String, expected: Declaration.Kind?,
        reader: DeclarationReader
    ) -> Declaration? {
        let kind = expected ?? kind(of: root)
        switch kind {
        case .module?:
            return ModuleLoader.module(root, folder: folder(of: path), reader: reader).map(Declaration.module)
        case .policy?:
            return PolicyLoader.policy(root, reader: reader).map(Declaration.policy)
        case .form?:
            return FormLoader.form(root, fileStem: formStem(of: path), reader: reader).map(Declaration.form)
        case nil:
            if case .map(let entries, _) = root {
                reader.report(
                    .unknownKind(found: entries.first?.key), at: entries.first?.keyPosition ?? root.position,
                    path: .root)
            } else {
                reader.report(.wrongType(.map, found: FoundValue(root)), at: root.position, path: .root)
            }
            return nil
        }
    }

    /// The kind named by the first of `module`, `policy` or `form` among the top-level keys.
    private static func kind(of root: YAMLValue) -> Declaration.Kind? {
        guard case .map(let entries, _) = root else { return nil }
        for entry in entries {
            if let kind = Declaration.Kind(rawValue: entry.key) { return kind }
        }
        return nil
    }

    /// The folder a `module.yaml` sits in, whose name the module id must equal.
    private static func folder(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts.last == "module.yaml" else { return nil }
        return String(parts[parts.count - 2])
    }

    /// A form's file name without `.yaml`, when it sits in a `forms` folder.
    private static func formStem(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts[parts.count - 2] == "forms", let name = parts.last else { return nil }
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }
}
