import Foundation
import Model
import School

/// Commands about the shell itself: help, quit, source, format, backup.
enum SessionCommands {
    static let all: [CommandSpec] = [help, quit, exit, source, format, backup]

    static let help = CommandSpec(
        path: ["help"],
        summary: LocalizedText(
            zh: "列出命令，或显示一个命令的用法和示例", en: "list commands, or show one command's usage and an example"),
        positionals: [PositionalSpec(name: "COMMAND", required: false, variadic: true)],
        example: "help semester",
        run: { arguments, session in try helpResult(for: arguments.positionals, session: session) }
    )

    static let quit = CommandSpec(
        path: ["quit"],
        summary: LocalizedText(zh: "离开命令行", en: "leave the shell"),
        example: "quit",
        details: LocalizedText(
            zh: "在信息亭的终端上，需要协调员的 PIN 才能关闭。", en: "At a kiosk's terminal it takes the coordinator's PIN."),
        run: { _, session in
            if session.options.kiosk, session.atTerminal {
                let pin = try session.ask(session.language == .zh ? "协调员 PIN：" : "Coordinator's PIN: ", secret: true)
                try session.school.checkCoordinatorPIN(pin)
            }
            session.quitRequested = true
            return .none
        }
    )

    static let exit = CommandSpec(
        path: ["exit"],
        summary: LocalizedText(zh: "离开命令行（同 quit）", en: "leave the shell (same as quit)"),
        example: "exit",
        run: quit.run
    )

    static let source = CommandSpec(
        path: ["source"],
        summary: LocalizedText(zh: "逐行执行一个脚本文件", en: "run the commands of a script file, one a line"),
        positionals: [PositionalSpec(name: "FILE")],
        example: "source Catalog/samples/demo.afterschool",
        details: LocalizedText(
            zh: "脚本中出错的行以 '文件:行号:' 标出；任何一行失败，source 就算失败。",
            en: "Failing lines are reported as 'FILE:LINE:'; source fails when any line failed."),
        run: { arguments, session in
            let path = arguments.positionals[0]
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Refusal(
                    zh: "无法读取脚本 '\(path)'", en: "cannot read script '\(path)'",
                    hintZh: "检查路径；相对路径从启动命令行的文件夹算起",
                    hintEn: "check the path; a relative path starts from where the shell was started")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Refusal(zh: "脚本 '\(path)' 不是 UTF-8 文本", en: "script '\(path)' is not UTF-8 text")
            }
            // A script that sources itself, or two that source each other, would never end.
            guard session.sourceDepth < Session.deepestSource else {
                throw Refusal(
                    LocalizedText(
                        zh: "脚本嵌套超过 \(Session.deepestSource) 层：'\(path)' 是否在执行自己？",
                        en: "scripts nest more than \(Session.deepestSource) deep: does '\(path)' source itself?"),
                    hint: LocalizedText(zh: "去掉循环的 source 行", en: "remove the source line that loops"))
            }
            guard session.run(ScriptLines(name: path, text: text)) else {
                throw Refusal(zh: "脚本 '\(path)' 中有命令失败", en: "some commands in '\(path)' failed")
            }
            return .none
        }
    )

    static let format = CommandSpec(
        path: ["format"],
        summary: LocalizedText(
            zh: "设置本次会话的输出格式；不带参数时显示当前设置", en: "set the output format for the rest of the session; alone, show it"),
        positionals: [PositionalSpec(name: "table|csv|json", required: false)],
        example: "format json",
        run: { arguments, session in
            if let value = arguments.positional(0) {
                session.format = try CommandTable.parseFormat(value, flag: "format")
                return .none
            }
            return .text("format \(session.format.rawValue)")
        }
    )

    static let backup = CommandSpec(
        path: ["backup"],
        summary: LocalizedText(
            zh: "把数据库完整复制到一个新文件（其他人可同时使用）",
            en: "write a consistent copy of the database to a new file, even while in use"),
        positionals: [PositionalSpec(name: "FILE")],
        example: "backup backups/2026-11-30.sqlite",
        run: { arguments, session in
            let path = arguments.positionals[0]
            try session.school.backup(to: path)
            return .object(columns: [Column("backup", zh: "备份", en: "backup")], record: Record(["backup": .text(path)]))
        }
    )

    // MARK: help

    static func helpResult(for words: [String], session: Session) throws -> CommandResult {
        let table = session.commands.visible(to: session)
        let language = session.language
        let shown = words.isEmpty ? table.commands : table.matching(words)
        guard !shown.isEmpty else {
            let typed = words.joined(separator: " ")
            let near = Suggestion.closest(to: words[0], among: table.firstWords)
            throw Refusal(
                LocalizedText(zh: "没有命令 '\(typed)'", en: "no command '\(typed)'"),
                hint: near.map { LocalizedText(zh: "您是不是要写 'help \($0)'？", en: "did you mean 'help \($0)'?") }
                    ?? LocalizedText(zh: "输入 'help' 查看所有命令", en: "type 'help' to see every command"))
        }
        if session.format != .table {
            let columns = [
                Column("command", zh: "命令", en: "command"), Column("usage", zh: "用法", en: "usage"),
                Column("summary", zh: "说明", en: "summary"), Column("example", zh: "示例", en: "example"),
            ]
            return .listing(
                columns: columns,
                records: shown.map { command in
                    Record([
                        "command": .text(command.name), "usage": .text(command.usage),
                        "summary": .text(command.summary.text(language)), "example": .text(command.example),
                    ])
                })
        }
        if words.isEmpty {
            let width = shown.map { DisplayWidth.of($0.name) }.max() ?? 0
            let intro =
                language == .zh
                ? "课后服务命令（'help 命令' 查看用法和示例）："
                : "AfterSchool commands ('help COMMAND' shows usage and an example):"
            let lines = shown.map { "  " + DisplayWidth.pad($0.name, to: width) + "  " + $0.summary.text(language) }
            return .text(([intro, ""] + lines).joined(separator: "\n"))
        }
        let example = language == .zh ? "示例：" : "example: "
        let blocks = shown.map { command -> String in
            var lines = [command.usage, "  " + command.summary.text(language)]
            if shown.count == 1, let details = command.details { lines.append("  " + details.text(language)) }
            lines.append("  \(example)\(command.example)")
            return lines.joined(separator: "\n")
        }
        return .text(blocks.joined(separator: "\n\n"))
    }
}
