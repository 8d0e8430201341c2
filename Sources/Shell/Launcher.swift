import Foundation
import Model
import School

/// Picks how a session reads its lines — `-c` commands, a script file, a pipe, or the terminal —
/// and turns the outcome into the process's exit code: 0 all succeeded, 1 a command failed,
/// 2 the invocation itself was wrong.
public enum Launcher {
    public static func run(session: Session, commands: [String], script: String?) -> Int32 {
        SchoolContext.prepareProcess()
        if isatty(STDERR_FILENO) == 1 {
            let text =
                session.language == .zh ? "正在等待另一个 afterschool 完成…\n" : "waiting for another afterschool to finish…\n"
            SchoolContext.whenWaiting { FileSink.standardError().write(text) }
        }
        // The process exits right after: close the database so that it leaves no log behind.
        defer { session.close() }
        if let problem = session.checkDatabasePathOnly() {
            session.report(problem)
            return 2
        }
        if !commands.isEmpty {
            return session.run(ScriptLines(name: nil, lines: commands)) ? 0 : 1
        }
        if let script {
            guard let data = FileManager.default.contents(atPath: script),
                let text = String(data: data, encoding: .utf8)
            else {
                session.report(Refusal(zh: "无法读取脚本 '\(script)'", en: "cannot read script '\(script)'"))
                return 2
            }
            return session.run(ScriptLines(name: script, text: text)) ? 0 : 1
        }
        if isatty(STDIN_FILENO) == 1 {
            return runInteractive(session)
        }
        return session.run(StandardInputLines()) ? 0 : 1
    }

    static func runInteractive(_ session: Session) -> Int32 {
        let home = ProcessInfo.processInfo.environment["HOME"]
        // A kiosk is shared: it keeps no history of what the last person typed.
        let kiosk = session.options.kiosk
        let history = kiosk ? nil : home.map { $0 + "/.afterschool_history" }
        if kiosk {
            // A locked room: Ctrl-\ (quit, and the crash reporter's console) and Ctrl-Z (back to
            // the shell that started the kiosk) do nothing.
            signal(SIGQUIT, SIG_IGN)
            signal(SIGTSTP, SIG_IGN)
        }
        let terminal = TerminalLines(historyPath: history, kiosk: kiosk) { [unowned session] typed in
            Completion.words(after: typed, session: session)
        }
        session.out.write(
            session.language == .zh
                ? "课后服务 — 输入 'help' 查看命令，'quit' 或 Ctrl-D 退出。\n"
                : "AfterSchool — type 'help' for commands, 'quit' or Ctrl-D to leave.\n")
        // Interactive mistakes are corrected by typing again: they do not stop or fail the shell.
        session.options.bail = false
        session.run(terminal)
        terminal.saveHistory()
        return 0
    }
}
