import ArgumentParser
import Foundation
import RegioCore

/// `regio build`: check the content and write the site.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Controleert de inhoud en schrijft de website.",
        discussion: "De vorige site blijft staan tot de nieuwe helemaal klaar is. Bij fouten wordt niets geschreven.",
        aliases: ["bouw"]
    )

    @OptionGroup var options: ContentOptions

    @Option(name: [.customLong("out"), .customLong("uitvoer")], help: ArgumentHelp("De map waarin de site komt.", valueName: "map"))
    var out: String = "site"

    // `--regio` as `regio new` writes it; `--region` as the README has it since the start.
    @Option(name: [.customLong("region"), .customLong("regio")], help: ArgumentHelp(
        "Schrijf één regio als losse site, met de landelijke factsheets erin en zonder links naar de rest.", valueName: "regio"))
    var region: String?

    @Option(name: [.customLong("base-url"), .customLong("basis-url")], help: ArgumentHelp(
        "Het webadres van de map waar de site komt te staan. Nodig voor de pagina 'niet gevonden' (404) in een submap, en voor de verwijzingen naar de echte pagina voor zoekmachines, sitemap.xml en de feeds (gaat voor basis_url in site.yaml).",
        valueName: "adres"))
    var baseURL: String?

    func run() async throws {
        let started = ContinuousClock.now
        var base: BaseURL?
        if let baseURL {
            guard let parsed = BaseURL(baseURL) else {
                printError("regio: --base-url `\(baseURL)` kan niet: \(BaseURL.problem(with: baseURL) ?? "het is geen volledig webadres"); schrijf bijvoorbeeld `https://www.voorbeeld.nl/huiselijk-geweld/`")
                throw RegioExit.usage
            }
            base = parsed
        }
        var scope = SiteMap.Scope.whole
        if let region {
            // A region as people name it (`Drenthe`, `Holland Rijnland`) is its folder name folded;
            // a path (`../haaglanden`) is not a name.
            let named = region.contains("/") || region.contains(".") ? nil : Slug(deriving: region)
            guard let slug = Slug(region) ?? named else {
                printError("regio: --region `\(region)` is geen geldige regionaam; gebruik de mapnaam van de regio, zoals `haaglanden`")
                throw RegioExit.usage
            }
            scope = .region(slug)
        }
        // The output is checked and a staging folder opened first: pages go to disk as they are
        // rendered, and the old site is replaced only when the new one is complete.
        let staging: DiskSiteWriter.Staging
        do {
            staging = try DiskSiteWriter(output: URL(fileURLWithPath: out), keptApartFrom: [URL(fileURLWithPath: options.theme)],
                                         mayLieIn: [URL(fileURLWithPath: options.content)]).begin()
        } catch {
            printError("regio: \(OutputError(writing: error).description)")
            throw RegioExit.usage
        }
        let interruption = BuildInterruption.watch(staging)
        defer { withExtendedLifetime(interruption) {} }
        let result: BuildResult
        do {
            result = try await BuildRunner(options: options).run(scope: scope, baseURL: base, sink: staging)
        } catch {
            staging.abandon()
            throw error
        }
        if case let .region(slug) = scope, !result.regions.contains(slug) {
            staging.abandon()
            let names = result.regions.map(\.value)
            let suggestion = KeySuggestion.suggestion(for: slug.value, among: names).map { "; bedoelde u `\($0)`?" } ?? ""
            printError("regio: de regio `\(slug.value)` bestaat niet in \(options.content)/\(suggestion) Regio's: \(names.joined(separator: ", "))")
            throw RegioExit.usage
        }
        guard !result.hasErrors, let site = result.site else {
            staging.abandon()
            return try report(result, started: started)
        }
        print(DiagnosticPrinter(sources: result.sources, contentLabel: options.content, themeLabel: options.theme).text(for: result.diagnostics), terminator: "")
        let report: WriteReport
        do {
            report = try staging.commit()
        } catch {
            // Every failure of the writer is one of the file system (rights, space, a folder in use):
            // exit 64 as for a wrong --out, never 1, which means errors in the content.
            printError("regio: \(OutputError(writing: error).description)")
            throw RegioExit.usage
        }
        for warning in staging.warnings { printError("regio: let op: \(warning)") }
        // Communications staff publish to subfolders and rarely read the README, where this stands.
        if result.baseURL == nil {
            printError("regio: let op: zonder basisadres klopt 404.html alleen voor een ontbrekend adres direct in de hoofdmap van de site; "
                + "stelt u 404.html in als foutpagina van de webserver, geef dan het adres van de map met --base-url (of basis_url in site.yaml)")
        }
        var notes: [String] = []
        if !report.kept.isEmpty { notes.append("bewaard: \(Self.listed(report.kept))") }
        if !report.replaced.isEmpty { notes.append("vervangen door een bestand van de site: \(Self.listed(report.replaced))") }
        let note = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
        // A region's site is written from a check of the whole content; the counts before the comma
        // are that check's, so the files written say whose site they are.
        let written = if case let .region(slug) = scope { "de regiosite `\(slug.value)`: \(site.count) bestanden geschreven" }
            else { "\(site.count) bestanden geschreven" }
        print(Summary(result: result, duration: .now - started).line + ", \(written) naar \(outLabel)" + note)
    }

    /// A build that wrote nothing: its findings, and why.
    private func report(_ result: BuildResult, started: ContinuousClock.Instant) throws {
        print(DiagnosticPrinter(sources: result.sources, contentLabel: options.content, themeLabel: options.theme).text(for: result.diagnostics), terminator: "")
        print(Summary(result: result, duration: .now - started).line)
        let untouched = FileManager.default.fileExists(atPath: out) ? "de site in \(outLabel) is ongewijzigd" : "er is niets naar \(outLabel) geschreven"
        printError("regio: er zijn fouten, dus \(untouched). Met `\(serveCommand)` ziet u de site met de fouten op de pagina's")
        throw RegioExit.contentErrors
    }

    /// `regio serve` with this build's content and theme, as the author would type it.
    private var serveCommand: String {
        var words = ["regio serve"]
        if options.content != "content" { words.append("--content \(ShellWord.quoted(options.content))") }
        if options.themeOption != ThemeFolder.defaultName { words.append("--theme \(ShellWord.quoted(options.themeOption))") }
        return words.joined(separator: " ")
    }

    /// Names for the summary line: the first ten, then how many more.
    static func listed(_ names: [String]) -> String {
        let shown = names.prefix(10).joined(separator: ", ")
        return names.count > 10 ? shown + " en \(names.count - 10) andere" : shown
    }

    /// `--out` as typed, with one `/` at the end (`site/` for `site` and `site/` alike).
    private var outLabel: String {
        var folder = Substring(out)
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.hasSuffix("/") ? String(folder) : folder + "/"
    }
}
