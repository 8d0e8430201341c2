import Model
import School

/// Every command the shell knows, each declared once. Help, completion, the "did you mean"
/// suggestion and dispatch all read this table.
struct CommandTable {
    let commands: [CommandSpec]

    /// The product's commands, in the order `help` lists them.
    static func standard() -> CommandTable {
        CommandTable(
            commands: SessionCommands.all + AccountCommands.all + ModuleCommands.all + CatalogCommands.all
                + SemesterCommands.all + RosterCommands.all + PeopleCommands.all + ClubCommands.all
                + EnrolmentCommands.all + MatchCommands.all + ChangeCommands.all + TimetableCommands.all
                + CalendarCommands.all + LeaveCommands.all + RegisterCommands.all + PickupCommands.all
                + StayingReportCommands.all + SurveyCommands.all + ExportCommands.all + ReportCommands.all)
    }

    /// The commands the session's person may run: all of them for the coordinator.
    func visible(to session: Session) -> CommandTable {
        CommandTable(commands: commands.filter { session.school.mayDo($0.name) })
    }

    /// The distinct first words, for completion and suggestions.
    var firstWords: [String] {
        var seen = Set<String>()
        return commands.map { $0.path[0] }.filter { seen.insert($0).inserted }
    }

    /// The words that may follow `prefix` (the words typed so far), for completion.
    func nextWords(after prefix: [String]) -> [String] {
        if prefix.isEmpty { return firstWords }
        var seen = Set<String>()
        return commands.compactMap { command -> String? in
            guard command.path.count > prefix.count, Array(command.path.prefix(prefix.count)) == prefix else {
                return nil
            }
            let word = command.path[prefix.count]
            return seen.insert(word).inserted ? word : nil
        }
    }

    /// The command named by the longest run of leading words, and the remaining words.
    func lookup(_ words: [String]) -> (CommandSpec, [String])? {
        var best: CommandSpec?
        for command in commands
        where command.path.count <= words.count && Array(words.prefix(command.path.count)) == command.path {
            if command.path.count > (best?.path.count ?? 0) { best = command }
        }
        guard let best else { return nil }
        return (best, Array(words.dropFirst(best.path.count)))
    }

    /// Finds, parses and runs the command in `words`. A `--format X` anywhere applies to this command only.
    func dispatch(_ words: [String], session: Session) throws -> (result: CommandResult, format: OutputFormat) {
        var words = words
        var format = session.format
        if let index = words.firstIndex(where: { $0 == "--format" || $0.hasPrefix("--format=") }), words[0] != "format"
        {
            let value: String
            if words[index] == "--format" {
                guard index + 1 < words.count else {
                    throw Refusal(zh: "--format：缺少值（table|csv|json）", en: "--format: needs a value (table|csv|json)")
                }
                value = words[index + 1]
                words.removeSubrange(index...(index + 1))
            } else {
                value = String(words[index].dropFirst("--format=".count))
                words.remove(at: index)
            }
            format = try Self.parseFormat(value, flag: "--format")
        }
        guard let (command, rest) = lookup(words) else { throw visible(to: session).unknown(words) }
        guard session.school.mayDo(command.name) else {
            // A kiosk offers only what the person at it may do: other commands do not exist there.
            if session.options.kiosk { throw visible(to: session).unknown(words) }
            throw Refusal(
                LocalizedText(
                    zh: "'\(command.name)' 不对\(session.school.identity?.role.name.text(.zh) ?? "未登录用户")开放",
                    en:
                        "'\(command.name)' is not available to "
                        + "a \(session.school.identity?.role.name.text(.en) ?? "logged-out user")"
                ),
                hint: LocalizedText(zh: "'help' 列出您可以用的命令", en: "'help' lists the commands you can use"))
        }
        let arguments = try ParsedArguments(rest, spec: command)
        // A command that writes its result to a file (`--out`) writes it in this command's format.
        let sessionFormat = session.format
        session.format = format
        defer { if session.format == format { session.format = sessionFormat } }
        return (try command.run(arguments, session), format)
    }

    static func parseFormat(_ value: String, flag: String) throws(Refusal) -> OutputFormat {
        guard let format = OutputFormat(rawValue: value) else {
            throw Refusal(
                zh: "\(flag)：'\(value)' 不是输出格式", en: "\(flag): '\(value)' is not an output format",
                hintZh: "可选 table、csv 或 json", hintEn: "choose table, csv or json")
        }
        return format
    }

    /// The error for words that name no command, with the nearest command as a hint.
    func unknown(_ words: [String]) -> Refusal {
        let first = words[0]
        let group = commands.filter { $0.path[0] == first }
        if !group.isEmpty {
            let typed = words.count > 1 ? "\(first) \(words[1])" : first
            let subcommands = group.compactMap { $0.path.count > 1 ? $0.path[1] : nil }
            if words.count > 1, let near = Suggestion.closest(to: words[1], among: subcommands) {
                return Refusal(
                    LocalizedText(zh: "未知命令 '\(typed)'", en: "unknown command '\(typed)'"),
                    hint: Suggestion.didYouMean("\(first) \(near)"))
            }
            let list = subcommands.joined(separator: ", ")
            return Refusal(
                LocalizedText(zh: "未知命令 '\(typed)'", en: "unknown command '\(typed)'"),
                hint: LocalizedText(zh: "'\(first)' 后面可以是：\(list)", en: "'\(first)' takes: \(list)"))
        }
        if let near = Suggestion.closest(to: first, among: firstWords) {
            return Refusal(
                LocalizedText(zh: "未知命令 '\(first)'", en: "unknown command '\(first)'"),
                hint: Suggestion.didYouMean(near))
        }
        return Refusal(
            LocalizedText(zh: "未知命令 '\(first)'", en: "unknown command '\(first)'"),
            hint: LocalizedText(zh: "输入 'help' 查看所有命令", en: "type 'help' to see every command"))
    }

    /// The commands that `help PREFIX` shows: an exact name, the commands under a group word,
    /// or the commands whose first word begins with the prefix.
    func matching(_ words: [String]) -> [CommandSpec] {
        let exact = commands.filter { $0.path == words }
        if !exact.isEmpty { return exact }
        let under = commands.filter { $0.path.count > words.count && Array($0.path.prefix(words.count)) == words }
        if !under.isEmpty { return under }
        guard words.count == 1 else { return [] }
        return commands.filter { $0.path[0].hasPrefix(words[0]) }
    }
}
