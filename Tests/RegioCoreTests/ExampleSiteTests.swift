import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// The bundled example, built for real and checked the way a reader's browser would follow it: from disk.
@Suite("Voorbeeldinhoud end-to-end")
struct ExampleSiteTests {
    static func buildExample(parallelism: Int = 2) async -> BuildResult {
        await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent), parallelism: parallelism)
    }

    @Test("de voorbeeldinhoud bouwt zonder fouten of waarschuwingen")
    func exampleIsClean() async {
        let result = await Self.buildExample()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location.file):\($0.location.line): \($0.message)" })")
        #expect(result.regionCount >= 3)
        #expect(result.documentCount >= 12)
    }

    // The README's first command must be clean on a newcomer's day: before a vision runs out (the
    // reminder from 1 October) and after (the warning from 1 January) each region has its next one.
    @Test("de voorbeeldinhoud geeft ook rond de jaarwisseling geen fouten, waarschuwingen of herinneringen",
          arguments: ["2026-11-25", "2027-01-15"])
    func exampleIsCleanAroundTheTurnOfTheYear(_ date: String) async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent), today: try #require(DayDate(date)))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location.file):\($0.location.line): \($0.message)" })")
        #expect(result.reminders.isEmpty, "\(result.reminders)")
        #expect(result.site != nil)
    }

    @Test("de voorbeeldinhoud toetst elk plan en elke regiovisie; uitzonderingen staan met reden op de pagina")
    func exampleChecklist() async throws {
        let result = await Self.buildExample()
        let site = try #require(result.site)
        let zoetermeer = try #require(site.html("haaglanden/zoetermeer/uitvoeringsplan-2024.html"))
        #expect(zoetermeer.contains("Uitzondering</span> <strong>Samenhang met Veilig Thuis en de acties in de planperiode</strong>"))
        #expect(zoetermeer.contains("Reden: Dit uitvoeringsplan bevat alleen de lokale acties van Zoetermeer voor 2024."))
        let portal = try #require(site.html("toetsing.html"))
        for region in ["Drenthe", "Haaglanden", "West-Brabant"] {
            #expect(portal.contains("\">\(region)</a></th>"), "\(region)")
        }
        #expect(!portal.contains("check-ontbreekt"))
        let westBrabant = try #require(site.html("west-brabant/index.html"))
        #expect(westBrabant.contains("Regiovisie huiselijk geweld en kindermishandeling West-Brabant 2026-2029"))
        let haaglanden = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(haaglanden.contains(#"In Den Haag werden in 2014 <a href="factsheets/den-haag-huisverboden.html#cijfer-huisverboden-2014">336 huisverboden</a>"#))
        // The national Veilig Thuis factsheet takes most of its figures from a Dutch Excel CSV beside it.
        let national = try #require(site.html("haaglanden/landelijk/veilig-thuis-landelijk-2023.html"))
        #expect(national.contains(#"<th scope="row">Meldingen uit de kinderopvang<br><small>Voorlopig cijfer; CBS rondt af op vijftallen.</small></th>"#))
        #expect(national.contains(#"<a href="veilig-thuis-landelijk-2023.html#cijfer-meldingen-2023">127.340 meldingen</a>"#))
        // The portal's matrix counts waived plans and municipalities without a plan.
        #expect(site.html("toetsing.html")?.contains("lokale plannen: 1 van 2 gedekt, 1 uitzondering; 7 van 9 gemeenten zonder plan") == true)
        #expect(site.html("haaglanden/index.html")?.contains(#"<td class="indicator indicator-geen">geen plan</td>"#) == true)
        // Indicators: the region's matrix and a municipality's tips.
        #expect(site.html("west-brabant/index.html")?.contains(#"<a href="roosendaal/index.html">Roosendaal</a></th><td class="indicator indicator-geen">niet in het plan</td><td class="indicator indicator-in-ontwikkeling">"#) == true)
        #expect(site.html("west-brabant/roosendaal/index.html")?.contains("Tip: Volg het aandeel hermeldingen bij Veilig Thuis") == true)
        let vision = try #require(site.html("west-brabant/regiovisie-2026-2029.html"))
        #expect(vision.contains("<a href=\"#opvang\">Zie de sectie ‘Opvang’</a>"))
    }

    @Test("elke interne link wijst naar een geschreven bestand, elk anker naar een bestaand id")
    func everyInternalLinkResolves() async throws {
        let site = try #require(await Self.buildExample().site)
        let audit = try LinkAudit.run(site)
        #expect(audit.broken.isEmpty, "\(audit.broken)")
        #expect(audit.escaping.isEmpty, "\(audit.escaping)")
        #expect(audit.checked > 500)
    }

    @Test("geen verzoek naar een andere host: stijl, scripts en afbeeldingen zijn lokaal")
    func noThirdPartyRequests() async throws {
        let site = try #require(await Self.buildExample().site)
        let remote = try Regex(#"<(?:link|script|img|iframe)[^>]+(?:href|src)="(?:https?:)?//"#)
        for file in site.files where file.path.description.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(html.firstMatch(of: remote) == nil, "\(file.path)")
            // The only script is the search page's own, from the site's assets.
            let scripts = html.matches(of: try Regex(#"<script[^>]*>"#)).map { String(html[$0.range]) }
            #expect(scripts.allSatisfy { $0.contains(#"assets/zoeken.js" defer"#) }, "\(file.path): \(scripts)")
        }
    }

    @Test("de portal toont de regio's; een regio toont huidige visie, eerdere versie, gemeenten en factsheets")
    func navigation() async throws {
        let site = try #require(await Self.buildExample().site)
        let portal = try #require(site.html("index.html"))
        for region in ["Haaglanden", "West-Brabant", "Drenthe"] {
            #expect(portal.contains(">\(region)</a>"))
        }
        let haaglanden = try #require(site.html("haaglanden/index.html"))
        let current = try #require(haaglanden.range(of: "Huidige regiovisie"))
        let earlier = try #require(haaglanden.range(of: "Eerdere versies"))
        #expect(haaglanden[current.upperBound..<earlier.lowerBound].contains("regiovisie-2023-2026.html"))
        #expect(haaglanden[earlier.upperBound...].contains("regiovisie-2019-2022.html"))
        // The name residents use (`roepnaam`), not the official 's-Gravenhage.
        #expect(haaglanden.contains(#"<a href="den-haag/index.html">Den Haag</a>"#))
        #expect(haaglanden.contains("den-haag/beleidsplan-2024-2027.html"))
        #expect(haaglanden.contains("factsheets/den-haag-huisverboden.html"))
        #expect(haaglanden.contains("landelijk/veilig-thuis-landelijk-2023.html"))
        let plan = try #require(site.html("haaglanden/den-haag/beleidsplan-2024-2027.html"))
        #expect(plan.contains(#"<a href="../index.html">Haaglanden</a>"#))
        #expect(plan.contains("../regiovisie-2023-2026.html"))
        #expect(plan.contains(#"<main id="inhoud""#))
        #expect(plan.contains(#"<html lang="nl">"#))
    }

    @Test("check rendert geen pagina's maar vindt dezelfde meldingen als build, ook fouten in het thema")
    func checkWithoutRendering() async throws {
        let broken = SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n---\ntype: beleidsplan\ntitle: x\n---\n")
        func run(_ rendersSite: Bool, theme: any ContentFileSystem = DiskFileSystem(root: RepositoryPaths.defaultTheme)) async -> BuildResult {
            var options = BuildOptions(content: broken.fileSystem, theme: theme, parallelism: 2, today: testToday)
            options.rendersSite = rendersSite
            return await BuildPipeline.run(options)
        }
        let check = await run(false), build = await run(true)
        #expect(check.site == nil && build.site != nil)
        #expect(check.diagnostics.map(\.message) == build.diagnostics.map(\.message) && !check.diagnostics.isEmpty)
        let theme = InMemoryFileSystem(files: ["templates/layout.mustache": Data("{{#open}}".utf8), "strings/nl.yaml": Data("a: b".utf8)])
        #expect(await run(false, theme: theme).diagnostics.contains { $0.code == .templateSyntax })
    }

    @Test("dezelfde inhoud geeft byte-identieke uitvoer, ook met een andere parallelliteit")
    func deterministic() async throws {
        let first = try #require(await Self.buildExample(parallelism: 1).site)
        let second = try #require(await Self.buildExample(parallelism: 4).site)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.data) == second.files.map(\.data))
    }
}
