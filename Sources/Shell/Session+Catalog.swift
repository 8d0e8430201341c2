import Declarations
import Model

/// Problems in declaration files, each printed as `path:line:col: error: …` with its hint, then a count.
struct CatalogProblems: Error {
    let diagnostics: [Diagnostic]
}

extension Session {
    /// The modules, policy and forms, loaded on first use; their problems are printed once, then.
    func catalog() -> LoadedCatalog {
        if let loadedCatalog { return loadedCatalog }
        let catalog = CatalogLoader.load(plugins: options.pluginsPath, catalog: options.catalogPath)
        loadedCatalog = catalog
        if !catalog.diagnostics.isEmpty { err.write(catalog.report(language) + "\n") }
        return catalog
    }

    /// Reads `Plugins/` and `Catalog/` again, for `module reload`; returns the old and new catalogs.
    func reloadCatalog() -> (old: LoadedCatalog?, new: LoadedCatalog) {
        let old = loadedCatalog
        loadedCatalog = CatalogLoader.load(plugins: options.pluginsPath, catalog: options.catalogPath)
        return (old, loadedCatalog ?? catalog())
    }

    /// The school's policy, or a refusal that names the file.
    func policy() throws -> Policy {
        guard let policy = catalog().policy else {
            throw Refusal(LocalizedText(zh: "没有载入学校政策（\(options.catalogPath)/policy.yaml）",
                                        en: "no school policy is loaded (\(options.catalogPath)/policy.yaml)"),
                          hint: LocalizedText(zh: "用 'module check \(options.catalogPath)' 查看问题", en: "'module check \(options.catalogPath)' shows what is wrong"))
        }
        return policy
    }

    /// The module with `id`, or a refusal with the nearest id.
    func module(_ id: String) throws -> ActivityModule {
        let catalog = catalog()
        if let module = catalog.module(id: id) { return module }
        let near = Suggestion.closest(to: id, among: catalog.modules.map(\.id))
        throw Refusal(LocalizedText(zh: "没有模块 '\(id)'", en: "no module '\(id)'"),
                      hint: near.map(Suggestion.didYouMean)
                          ?? LocalizedText(zh: "'module list' 列出所有模块", en: "'module list' shows every module"))
    }

    /// The form with `id`, or a refusal with the nearest id.
    func form(_ id: String) throws -> Form {
        let catalog = catalog()
        if let form = catalog.form(id: id) { return form }
        let near = Suggestion.closest(to: id, among: catalog.forms.map(\.id))
        throw Refusal(LocalizedText(zh: "没有问卷 '\(id)'", en: "no form '\(id)'"),
                      hint: near.map(Suggestion.didYouMean)
                          ?? LocalizedText(zh: "'form list' 列出所有问卷", en: "'form list' shows every form"))
    }
}
