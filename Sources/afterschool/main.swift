import ArgumentParser
import Foundation
import Model
import Shell

/// `afterschool [--db PATH] [--plugins DIR] [--catalog DIR] [--lang zh|en] [--format table|csv|json] [--kiosk] [--bail]
/// [-c COMMAND]... [SCRIPT]`
struct AfterSchool: ParsableArguments {
    @Option(name: .long, help: "The database file (default ./afterschool.sqlite, or AFTERSCHOOL_DB).")
    var db: String?
    @Option(name: .long, help: "The folder of activity modules (default ./Plugins, or AFTERSCHOOL_PLUGINS).")
    var plugins: String?
    @Option(name: .long, help: "The folder of the policy and forms (default ./Catalog, or AFTERSCHOOL_CATALOG).")
    var catalog: String?
    @Option(name: .long, help: "zh or en (default AFTERSCHOOL_LANG, else LANG).")
    var lang: String?
    @Option(name: .long, help: "table, csv or json.")
    var format: String?
    @Flag(name: .long, help: "A restricted shell for a shared terminal: log in to do anything.")
    var kiosk = false
    @Flag(name: .long, help: "Stop at the first command that fails.")
    var bail = false
    @Option(
        name: .customShort("c"), parsing: .unconditionalSingleValue, help: "Run this command and exit (repeatable).")
    var command: [String] = []
    @Argument(help: "A script to run, one command a line.")
    var script: String?
}

let environment = ProcessInfo.processInfo.environment

/// A bad invocation: the message, a hint, and exit code 2.
func fail(_ message: String, hint: String? = nil) -> Never {
    let sink = FileSink.standardError()
    sink.write("error: \(message)\n")
    if let hint { sink.write("hint: \(hint)\n") }
    exit(2)
}

let arguments: AfterSchool
do {
    arguments = try AfterSchool.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if AfterSchool.exitCode(for: error) == .success {
        print(AfterSchool.fullMessage(for: error))
        exit(0)
    }
    fail(AfterSchool.message(for: error), hint: "afterschool --help")
}

var options = SessionOptions(
    databasePath: arguments.db ?? environment["AFTERSCHOOL_DB"] ?? "afterschool.sqlite",
    pluginsPath: arguments.plugins ?? environment["AFTERSCHOOL_PLUGINS"] ?? "Plugins",
    catalogPath: arguments.catalog ?? environment["AFTERSCHOOL_CATALOG"] ?? "Catalog",
    language: Language(
        localeIdentifier: environment["AFTERSCHOOL_LANG"] ?? environment["LC_ALL"] ?? environment["LANG"]),
    kiosk: arguments.kiosk,
    bail: arguments.bail
)
if let lang = arguments.lang {
    guard let language = Language(rawValue: lang) else {
        fail("--lang: '\(lang)' is not a language", hint: "choose zh or en")
    }
    options.language = language
}
if let format = arguments.format {
    guard let value = OutputFormat(rawValue: format) else {
        fail("--format: '\(format)' is not an output format", hint: "choose table, csv or json")
    }
    options.format = value
}

// A kiosk at a terminal runs without the crash reporter, whose console reads the process's memory.
if options.kiosk, isatty(STDIN_FILENO) == 1, environment["SWIFT_BACKTRACE"] != "enable=no" {
    setenv("SWIFT_BACKTRACE", "enable=no", 1)
    var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", &arguments)
    // If the program cannot be started again, it goes on as it is.
}

let session = Session(options: options, out: FileSink.standardOutput(), err: FileSink.standardError())
exit(Launcher.run(session: session, commands: arguments.command, script: arguments.script))
