import Model

/// What a declaration file declares, told apart by its first key: `module:`, `policy:` or `form:`.
public enum Declaration: Sendable, Hashable {
    case module(ActivityModule)
    case policy(Policy)
    case form(Form)

    /// The three kinds of declaration file.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case module, policy, form
    }

    /// Which of the three kinds this is.
    public var kind: Kind {
        switch self {
        case .module: .module
        case .policy: .policy
        case .form: .form
        }
    }
}

/// The result of reading one file: the value when the file has no error, and every diagnostic.
public struct LoadResult<Value: Sendable>: Sendable {
    /// Nil when the file has an error: a broken file is left out.
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// The diagnostics that kept the file from loading.
    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
}

/// One file read into a declaration, with where each key path was found in it.
struct DeclarationFile: Sendable {
    let file: String
    let declaration: Declaration?
    let diagnostics: [Diagnostic]
    /// The document, for finding where a key path is when another file reveals a problem there.
    let root: YAMLValue?
    /// What a file that did not load meant to declare, read from its first key, so that other
    /// files naming it are not blamed for its problems.
    var intended: (kind: Declaration.Kind, id: String)?

    func position(_ path: String) -> Position? { root?.position(at: path) }
}
