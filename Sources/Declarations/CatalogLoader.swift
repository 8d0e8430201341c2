import Foundation
import Model

/// Loads and checks the declarations: `Plugins/<id>/module.yaml`, `Catalog/policy.yaml` and
/// `Catalog/forms/*.yaml`.
public enum CatalogLoader {
    /// Loads every module under `plugins` and the policy and forms under `catalog`.
    ///
    /// Paths in diagnostics begin with the folders as given (`Plugins/sports/module.yaml`). A file
    /// with an error is reported and left out; the others still load, and then are checked
    /// against one another.
    public static func load(plugins: String, catalog: String) -> LoadedCatalog {
        var requests: [(path: String, kind: Declaration.Kind)] = []
        var folderProblems: [Diagnostic] = []
        let pluginsFolder = trimmed(plugins)
        if let folders = folderNames(pluginsFolder) {
            for folder in folders {
                let path = join(pluginsFolder, folder, "module.yaml")
                if FileManager.default.fileExists(atPath: path) {
                    requests.append((path, .module))
                } else {
                    let problem = Problem.noModuleFile(folder: folder)
                    folderProblems.append(
                        Diagnostic(
                            file: join(pluginsFolder, folder), line: 0, column: 0, severity: .warning,
                            message: problem.message, hint: problem.hint))
                }
            }
        } else {
            folderProblems.append(unreadable(pluginsFolder))
        }
        let catalogFolder = trimmed(catalog)
        requests.append((join(catalogFolder, "policy.yaml"), .policy))
        let formsFolder = join(catalogFolder, "forms")
        for name in yamlFileNames(formsFolder) {
            requests.append((join(formsFolder, name), .form))
        }
        return assemble(readAll(requests), extra: folderProblems)
    }

    /// Loads declarations held in memory, each as if it were the file at its path; for tests and
    /// for tools that have the text already.
    public static func load(texts: [(path: String, text: String)]) -> LoadedCatalog {
        assemble(texts.map { DeclarationFile.parse(text: $0.text, path: $0.path, expected: nil) }, extra: [])
    }

    /// Reads one module from text, as if it were the file at `path` (whose folder the id must
    /// equal when the path ends in `/module.yaml`).
    public static func loadModule(text: String, path: String = "module.yaml") -> LoadResult<ActivityModule> {
        let file = DeclarationFile.parse(text: text, path: path, expected: .module)
        guard case .module(let module)? = file.declaration else {
            return LoadResult(value: nil, diagnostics: file.diagnostics)
        }
        return LoadResult(value: module, diagnostics: file.diagnostics)
    }

    /// Reads a policy from text, as if it were the file at `path`.
    public static func loadPolicy(text: String, path: String = "policy.yaml") -> LoadResult<Policy> {
        let file = DeclarationFile.parse(text: text, path: path, expected: .policy)
        guard case .policy(let policy)? = file.declaration else {
            return LoadResult(value: nil, diagnostics: file.diagnostics)
        }
        return LoadResult(value: policy, diagnostics: file.diagnostics)
    }

    /// Reads a form from text, as if it were the file at `path`.
    public static func loadForm(text: String, path: String = "form.yaml") -> LoadResult<Form> {
        let file = DeclarationFile.parse(text: text, path: path, expected: .form)
        guard case .form(let form)? = file.declaration else {
            return LoadResult(value: nil, diagnostics: file.diagnostics)
        }
        return LoadResult(value: form, diagnostics: file.diagnostics)
    }

    /// Reads any declaration from text; its first key (`module:`, `policy:` or `form:`) says which.
    public static func loadDeclaration(text: String, path: String) -> LoadResult<Declaration> {
        let file = DeclarationFile.parse(text: text, path: path, expected: nil)
        return LoadResult(value: file.declaration, diagnostics: file.diagnostics)
    }

    /// Reads the files on every core: each stands alone until the cross-file checks.
    static func readAll(_ requests: [(path: String, kind: Declaration.Kind?)]) -> [DeclarationFile] {
        let results = Slots<DeclarationFile>(count: requests.count)
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            results[index] = DeclarationFile.read(path: requests[index].path, expected: requests[index].kind)
        }
        return results.values
    }

    /// Checks the files against one another, leaving out those with problems of their own or found here.
    static func assemble(_ files: [DeclarationFile], extra: [Diagnostic]) -> LoadedCatalog {
        let cross = CrossCheck.run(files)
        var catalog = LoadedCatalog(files: files, crossFile: sortedByFile(cross.diagnostics), leftOut: cross.leftOut)
        catalog.diagnostics = extra + catalog.diagnostics
        return catalog
    }

    static func sortedByFile(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset) < (
                b.element.file, b.element.line, b.element.column, b.offset
            )
        }.map(\.element)
    }

    // MARK: Files and folders

    static func unreadable(_ path: String) -> Diagnostic {
        let problem = Problem.cannotRead(path: path, reason: "no such folder")
        return Diagnostic(file: path, line: 0, column: 0, message: problem.message)
    }

    /// The names of the sub-folders of `path`, sorted; nil when `path` is not a readable folder.
    static func folderNames(_ path: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: join(path, name), isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// The `.yaml` and `.yml` files directly in `path`, sorted; none when it is not a folder.
    static func yamlFileNames(_ path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
    }

    static func join(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty && $0 != "." }.joined(separator: "/").nonEmpty ?? "."
    }

    static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

/// Results filled in from several threads, each slot by one of them.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
