import Declarations
import Model

/// Problems in declaration files, each printed as `path:line:col: error: …` with its hint, then a count.
struct CatalogProblems: Error {
    let diagnostics: [Diagnostic]
}
