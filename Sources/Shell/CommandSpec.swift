import Model

/// A flag a command accepts: `--from DATE`, or a switch such as `--dry-run` when `value` is nil.
struct FlagSpec: Sendable {
    let name: String
    let value: String?
    var required = false
    var repeatable = false
}

/// A positional argument: `ID`, `[COMMAND]`, or `PATH...` when variadic.
struct PositionalSpec: Sendable {
    let name: String
    var required = true
    var variadic = false
}

/// Everything a command says about itself, once: help, usage, completion, suggestions and
/// argument parsing all come from here.
struct CommandSpec: Sendable {
    /// The words that name the command, e.g. `["semester", "open"]`.
    let path: [String]
    let summary: LocalizedText
    var positionals: [PositionalSpec] = []
    var flags: [FlagSpec] = []
    /// An example that works when typed as it is.
    let example: String
    /// More words shown by `help COMMAND`, when the one-line summary is not enough.
    var details: LocalizedText?
    /// The command's work. It gets parsed arguments and the session, and returns what to print.
    let run: @Sendable (ParsedArguments, Session) throws -> CommandResult

    var name: String { path.joined(separator: " ") }

    /// `semester open ID --from DATE --to DATE`, derived from the declaration.
    var usage: String {
        var parts = [name]
        for positional in positionals {
            let shown = positional.variadic ? positional.name + "..." : positional.name
            parts.append(positional.required ? shown : "[\(shown)]")
        }
        for flag in flags {
            var shown = flag.value.map { "\(flag.name) \($0)" } ?? flag.name
            if flag.repeatable { shown += "..." }
            parts.append(flag.required ? shown : "[\(shown)]")
        }
        return parts.joined(separator: " ")
    }
}
