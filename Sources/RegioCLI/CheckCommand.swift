import ArgumentParser
import RegioCore

/// `regio check`: the build without writing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleert de inhoud zonder iets te schrijven.",
        aliases: ["controleer"]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Uitvoer: text, json, github (annotaties voor GitHub Actions) of sarif (SARIF 2.1.0 voor code scanning).", valueName: "formaat"))
    var format: Format = .text

    @Flag(name: .long, help: "Waarschuwingen laten de controle ook mislukken.")
    var strict = false

    func run() async throws {
        let started = ContinuousClock.now
        let result = try await BuildRunner(options: options).run(rendersSite: false)
        let printer = DiagnosticPrinter(sources: result.sources, contentLabel: options.content, themeLabel: options.theme)
        switch format {
        case .text:
            print(printer.text(for: result.diagnostics), terminator: "")
            print(Summary(result: result, duration: .now - started).line)
        case .json:
            print(printer.json(for: result.diagnostics))
        case .github:
            print(printer.github(for: result.diagnostics), terminator: "")
        case .sarif:
            print(SARIFReport(printer: printer, checklist: result.checklist).render(result.diagnostics))
        }
        if result.hasErrors { throw RegioExit.contentErrors }
        if strict, result.diagnostics.warningCount > 0 {
            // The summary says "0 fouten" above a red CI step: say why it still fails, on stderr so
            // that the JSON, GitHub and SARIF output stay as they are.
            let count = result.diagnostics.warningCount
            printError("regio: mislukt door --strict: dan telt ook een waarschuwing als fout (\(count) \(count == 1 ? "waarschuwing" : "waarschuwingen"))")
            throw RegioExit.contentErrors
        }
    }
}
