import ArgumentParser
import Foundation
import RegioCore

/// `regio`: the root command. Each subcommand has its own file.
@available(macOS 10.15, *)
public struct RegioCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "regio",
        abstract: "Controleert beleid over huiselijk geweld en kindermishandeling en maakt er een website van.",
        discussion: """
        Regio leest Markdown-documenten (regiovisies, beleidsplannen, factsheets) uit een inhoudsmap, \
        controleert ze en maakt er per regio een gekoppelde, toegankelijke website van.
        """,
        version: RegioVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ExplainCommand.self, NewCommand.self]
    )

    public init() {}
}

/// `--content`, which every command that reads content takes.
struct ContentFolderOption: ParsableArguments {
    @Option(name: [.customLong("content"), .customLong("inhoud")], help: ArgumentHelp("De map met de inhoud.", valueName: "map"))
    var content: String = "content"
}

/// Options every command that reads content and renders it takes.
struct ContentOptions: ParsableArguments {
    @OptionGroup var folder: ContentFolderOption
    var content: String { folder.content }

    @Option(name: [.customLong("theme"), .customLong("thema")], help: ArgumentHelp(
        "De map met het thema (sjablonen, stijl, teksten); standaard themes/default in de huidige map, of anders naast het programma.",
        valueName: "map"))
    var themeOption: String = ThemeFolder.defaultName

    /// The theme folder: as given, or the default one found (`ThemeFolder`).
    var theme: String { ThemeFolder.resolve(themeOption) }

    @Option(name: .long, help: ArgumentHelp(
        "Peildatum (JJJJ-MM-DD) voor concepten en de geldende regiovisie; standaard vandaag. Geef hem mee voor een build die morgen hetzelfde oplevert.",
        valueName: "datum"
    ))
    var datum: String?

    /// The date given with --datum, else today's date in the Netherlands.
    func buildDate() throws -> DayDate {
        try Self.date(datum)
    }

    static func date(_ datum: String?) throws -> DayDate {
        guard let datum else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return DayDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
        }
        guard let date = DayDate(datum) else {
            let reason = DayDate.whyNoDay(datum).map { ": \($0)" }
                ?? DayDate.meant(by: datum).map { "; schrijf de datum als JJJJ-MM-DD: `--datum \($0)`" }
                ?? "; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-01-31"
            printError("regio: `\(datum)` is geen geldige datum voor --datum\(reason)")
            throw RegioExit.usage
        }
        return date
    }
}

/// Options of `regio new`: it reads the content and writes one file, with no build; a theme may be
/// named, and is not used.
struct NewOptions: ParsableArguments {
    @OptionGroup var folder: ContentFolderOption
    var content: String { folder.content }

    /// Accepted and not used: every command takes `--theme`, and an author who copies the options
    /// of their `regio serve` should not be refused for it.
    @Option(name: [.customLong("theme"), .customLong("thema")], help: ArgumentHelp(
        "Wordt niet gebruikt: regio new schrijft alleen een document, zonder thema. U mag de optie meegeven, zodat dezelfde opties als bij serve en build werken.",
        valueName: "map"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp(
        "Peildatum (JJJJ-MM-DD): welke regiovisie dan geldt en welke eisen van de kaders dan gelden; standaard vandaag.",
        valueName: "datum"
    ))
    var datum: String?

    func buildDate() throws -> DayDate {
        try ContentOptions.date(datum)
    }
}

/// Exit codes (sysexits): 1 content errors, 64 bad usage, 70 internal fault; 130 stopped by
/// Ctrl-C or SIGTERM (a build broken off, the preview stopped), as a shell reports Ctrl-C.
enum RegioExit {
    static let contentErrors = ExitCode(1)
    static let usage = ExitCode(64)
    static let internalFault = ExitCode(70)
    static let interrupted = ExitCode(130)
}

extension RegioCommand {
    /// Parses the arguments and runs the chosen subcommand. Written out because the overload that
    /// `main()` resolves to from top-level code is the synchronous one on Linux.
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        let command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // A mistyped command or option: named, with the one meant, where the library names neither.
            if exitCode(for: error) != .success, let hint = UsageHint.message(for: arguments ?? Array(CommandLine.arguments.dropFirst())) {
                FileHandle.standardError.write(Data((hint + "\n").utf8))
                Foundation.exit(RegioExit.usage.rawValue)
            }
            exit(reporting: error)
        }
        do {
            var command = command
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(reporting: error)
        }
    }

    /// As `exit(withError:)` does, with the library's English in Dutch (`DutchUsage`).
    private static func exit(reporting error: Error) -> Never {
        let code = exitCode(for: error)
        let message = DutchUsage.translate(fullMessage(for: error))
        if !message.isEmpty {
            let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
            stream.write(Data((message + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
