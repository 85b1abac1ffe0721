import ArgumentParser

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
        subcommands: [BuildCommand.self, CheckCommand.self, ExplainCommand.self]
    )

    public init() {}
}

/// Options every command that reads content takes.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("De map met de inhoud.", valueName: "map"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("De map met het thema (sjablonen, stijl, teksten).", valueName: "map"))
    var theme: String = "themes/default"
}

/// Exit codes (sysexits): 1 content errors, 64 bad usage, 70 internal fault.
enum RegioExit {
    static let contentErrors = ExitCode(1)
    static let usage = ExitCode(64)
    static let internalFault = ExitCode(70)
}

extension RegioCommand {
    /// Parses the arguments and runs the chosen subcommand. Written out because the overload that
    /// `main()` resolves to from top-level code is the synchronous one on Linux.
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
