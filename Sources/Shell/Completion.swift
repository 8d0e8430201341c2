import Model
import School

/// What Tab offers after the words typed so far: command words, then the command's flags, and
/// the ids and values its arguments take (clubs, students, groups, modules, forms, teachers,
/// semesters, segments, days, formats), each only as far as the person at the terminal may see.
enum Completion {
    static func words(after typed: [String], session: Session) -> [String] {
        let table = session.commands.visible(to: session)
        guard let (command, rest) = table.lookup(typed) else { return table.nextWords(after: typed) }
        let subcommands = table.nextWords(after: typed)
        if let flagName = rest.last, let flag = command.flags.first(where: { $0.name == flagName }), flag.value != nil {
            return values(of: flag.name, session: session)
        }
        let given = rest.filter { !$0.hasPrefix("--") }.count
        let positional =
            command.positionals.indices.contains(given)
            ? command.positionals[given]
            : command.positionals.last.flatMap { $0.variadic ? $0 : nil }
        let flags = command.flags.map(\.name).filter { !rest.contains($0) || ($0 == "--set" || $0 == "--answer") }
        return subcommands + (positional.map { ids(for: $0.name, command: command.name, session: session) } ?? [])
            + flags
    }

    /// The values a flag takes.
    static func values(of flag: String, session: Session) -> [String] {
        switch flag {
        case "--days", "--day", "--as": return Weekday.allCases.map(\.rawValue)
        case "--segment", "--until": return session.school.words(.segments)
        case "--format": return OutputFormat.allCases.map(\.rawValue)
        case "--module": return session.school.words(.modules)
        case "--club": return session.school.words(.clubs)
        case "--student", "--for": return session.school.words(.students)
        case "--teacher": return session.school.words(.teachers)
        case "--form": return session.school.words(.forms)
        case "--semester": return session.school.words(.semesters)
        case "--class": return session.school.words(.classes)
        case "--by": return ["module", "grade", "class", "semester"]
        case "--grade": return (1...9).map(String.init)
        default: return []
        }
    }

    /// The ids a positional argument takes.
    static func ids(for name: String, command: String, session: Session) -> [String] {
        switch (name, command) {
        case ("STUDENT", _): return session.school.words(.students)
        case ("CLUB", _), ("ID", "club show"), ("ID", "club withdraw"): return session.school.words(.clubs)
        case ("GROUP", _): return session.school.words(.groups)
        case ("FORM", _): return session.school.words(.forms)
        case ("ID", "module show"): return session.school.words(.modules)
        case ("ID", "semester use"): return session.school.words(.semesters)
        case ("table|csv|json", _): return OutputFormat.allCases.map(\.rawValue)
        case ("COMMAND", _): return session.commands.visible(to: session).firstWords
        default: return []
        }
    }
}
