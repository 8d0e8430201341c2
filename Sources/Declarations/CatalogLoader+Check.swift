import Foundation
import Model

extension CatalogLoader {
    /// Checks the files and folders in `paths`, as `module check` and `form check` do: each file's
    /// first key (`module:`, `policy:`, `form:`) says what it is, and folders are searched for
    /// `.yaml` files.
    ///
    /// With a `context`, the files are also checked against the catalog already loaded (a module's
    /// segments against its policy, a policy's modules against its modules), as if each file
    /// replaced its namesake there. Only problems of the files checked are returned.
    public static func check(paths: [String], against context: LoadedCatalog? = nil) -> [Diagnostic] {
        var checked: [DeclarationFile] = []
        var problems: [Diagnostic] = []
        for path in paths.map(trimmed) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                let problem = Problem.cannotRead(path: path, reason: "no such file or folder")
                problems.append(Diagnostic(file: path, line: 0, column: 0, message: problem.message))
                continue
            }
            let files = isFolder.boolValue ? yamlFiles(under: path) : [path]
            checked += readAll(files.map { ($0, nil) })
        }
        let checkedPaths = Set(checked.map(\.file))
        let merged =
            checked
            + (context?.files ?? []).filter { file in
                !checkedPaths.contains(file.file) && !checked.contains { replaces($0, file) }
            }
        let cross = CrossCheck.run(merged).diagnostics.filter { checkedPaths.contains($0.file) }
        return problems + checked.flatMap(\.diagnostics) + sortedByFile(cross)
    }

    /// Whether `new` declares the same thing as `old`: the same module or form id, or a policy.
    private static func replaces(_ new: DeclarationFile, _ old: DeclarationFile) -> Bool {
        switch (new.declaration, old.declaration) {
        case (.module(let a)?, .module(let b)?): a.id == b.id
        case (.form(let a)?, .form(let b)?): a.id == b.id
        case (.policy?, .policy?): true
        default: false
        }
    }

    /// Every `.yaml`/`.yml` file under `folder`, at any depth, in sorted order.
    private static func yamlFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            files.append(join(folder, relative))
        }
        return files.sorted()
    }
}
