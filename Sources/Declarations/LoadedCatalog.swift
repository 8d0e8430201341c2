import Model

/// Everything the declarations hold: the modules, the policy and the forms that loaded, and every
/// problem found on the way. A file with an error is left out; the rest still loads.
public struct LoadedCatalog: Sendable {
    /// The modules that loaded, sorted by id.
    public internal(set) var modules: [ActivityModule]
    /// Nil when the policy file is missing or has an error of its own.
    public internal(set) var policy: Policy?
    /// The forms that loaded, sorted by id.
    public internal(set) var forms: [Form]
    /// Every problem, file by file, then those found across files.
    public internal(set) var diagnostics: [Diagnostic]
    /// The files read, for checking other files against them later.
    var files: [DeclarationFile]

    init(files: [DeclarationFile], crossFile: [Diagnostic], leftOut: Set<String>) {
        self.files = files
        var modules: [ActivityModule] = []
        var forms: [Form] = []
        var policy: Policy?
        for file in files where !leftOut.contains(file.file) {
            switch file.declaration {
            case .module(let module)?: modules.append(module)
            case .policy(let value)?: policy = value
            case .form(let form)?: forms.append(form)
            case nil: break
            }
        }
        self.modules = modules.sorted { $0.id < $1.id }
        self.forms = forms.sorted { $0.id < $1.id }
        self.policy = policy
        diagnostics = files.flatMap(\.diagnostics) + crossFile
    }

    /// The problems that left a file out or break a reference between files.
    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    /// The problems that load anyway, such as a module listing a segment the policy closes to it.
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }
    /// Whether anything is wrong enough that `module check` should fail.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// The module with `id`, when it loaded.
    public func module(id: String) -> ActivityModule? { modules.first { $0.id == id } }

    /// The form with `id`, when it loaded.
    public func form(id: String) -> Form? { forms.first { $0.id == id } }

    /// The file a loaded module, form or the policy came from.
    public func file(of kind: Declaration.Kind, id: String) -> String? {
        files.first { file in
            switch (file.declaration, kind) {
            case (.module(let m)?, .module): m.id == id
            case (.policy(let p)?, .policy): p.id == id
            case (.form(let f)?, .form): f.id == id
            default: false
            }
        }?.file
    }

    /// `2 errors, 1 warning`, or nil when nothing is wrong.
    public func summary(_ language: Language) -> String? { Diagnostic.summary(of: diagnostics, language) }

    /// Every diagnostic and the count line, as `module check` prints them; empty when all is well.
    public func report(_ language: Language) -> String { Diagnostic.report(diagnostics, language) }
}
