import ArgumentParser
import Foundation
import RegioCore

/// `regio build`: check the content and write the site.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Controleert de inhoud en schrijft de website.",
        discussion: "De vorige site blijft staan tot de nieuwe helemaal klaar is. Bij fouten wordt niets geschreven."
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("De map waarin de site komt.", valueName: "map"))
    var out: String = "site"

    func run() async throws {
        let (result, duration) = try await BuildRunner(options: options).run()
        let printer = DiagnosticPrinter(sources: result.sources, contentLabel: options.content, themeLabel: options.theme)
        print(printer.text(for: result.diagnostics), terminator: "")
        guard !result.hasErrors, let site = result.site else {
            print(Summary(result: result, duration: duration).line)
            printError("regio: de site is niet geschreven omdat er fouten zijn; \(out)/ is ongewijzigd")
            throw RegioExit.contentErrors
        }
        do {
            try DiskSiteWriter(output: URL(fileURLWithPath: out)).write(site)
        } catch let error as OutputError {
            printError("regio: \(error.description)")
            throw RegioExit.usage
        } catch {
            printError("regio: interne fout bij het schrijven: \(error)")
            throw RegioExit.internalFault
        }
        print(Summary(result: result, duration: duration).line + ", \(site.files.count) bestanden geschreven naar \(out)/")
    }
}
