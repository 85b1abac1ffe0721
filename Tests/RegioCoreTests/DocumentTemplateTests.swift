import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// What `regio new` writes, built with the real pipeline: the findings it gives are what is still to do.
@Suite("Nieuwe documenten")
struct DocumentTemplateTests {
    /// The valid site with the two test indicators, and a new plan of Den Haag (which has none) as `regio new` writes it.
    static func newPlan() throws -> (fixture: SiteFixture, path: String, text: String) {
        let indicators = try SiteFixture(folder: RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/indicatoren"))
        let site = SiteFixture(files: SiteFixture.valid.files.merging(indicators.files) { _, new in new })
        let snapshot = ContentSnapshot.load(from: site.fileSystem)
        let region = try #require(snapshot.regions.first)
        let municipality = try #require(region.municipalities.first { $0.code.value == "GM0518" })
        let vision = try #require(snapshot.visions(of: region).first)
        let template = DocumentTemplate.beleidsplan(region: region, municipality: municipality, vision: vision, period: Period(from: 2025, to: 2026),
                                                    checklist: nil, indicators: snapshot.indicators, today: testToday)
        return (site, template.path, template.text)
    }

    @Test("een nieuw plan noemt elke indicator met de voorbeeldstatus; check noemt elke indicator die nog gescoord moet worden, op zijn regel")
    func newPlanListsIndicators() async throws {
        let (site, path, text) = try Self.newPlan()
        #expect(path == "haaglanden/den-haag/beleidsplan-2025-2026.md")
        #expect(text.contains("""
        indicatoren:
          # Eerder signaleren en bespreken
          signaleren: nog-beoordelen
          # Bereik van Veilig Thuis
          bereik: nog-beoordelen
        ---
        """), "\(text)")
        let result = await build(site.with("=== \(path)\n" + text))
        let placeholders = result.diagnostics.filter { $0.code == .templatePlaceholder && $0.message.hasPrefix("indicator") }
        #expect(result.diagnostics.count == 3 && !result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(placeholders.map(\.location) == [SourceLocation(file: path, line: 18, column: 15), SourceLocation(file: path, line: 20, column: 11)])
        #expect(placeholders.map(\.message) == [
            "indicator `signaleren` is nog niet beoordeeld: `nog-beoordelen` is de voorbeeldstatus van `regio new`",
            "indicator `bereik` is nog niet beoordeeld: `nog-beoordelen` is de voorbeeldstatus van `regio new`",
        ])
        #expect(placeholders.allSatisfy { $0.severity == .warning && $0.notes == ["tot dan scoort dit plan deze indicator niet"] })
        #expect(placeholders.allSatisfy { $0.fixIt == "kies `op-orde`, `in-ontwikkeling` of `ontbreekt`, of haal de regel weg als het plan deze indicator niet behandelt" })
        let region = try #require(result.site?.html("haaglanden/index.html"))
        #expect(region.contains(#"<a href="den-haag/index.html">&#39;s-Gravenhage</a></th><td class="indicator indicator-geen">niet in het plan</td>"#), "\(region)")
    }

    @Test("ingevuld: geen melding meer over de indicatoren, en de regio toont de scores van het nieuwe plan")
    func filledInPlanScores() async throws {
        let (site, path, text) = try Self.newPlan()
        let filled = text.replacingOccurrences(of: "signaleren: nog-beoordelen", with: "signaleren: op-orde")
            .replacingOccurrences(of: "bereik: nog-beoordelen", with: "bereik: {status: in-ontwikkeling, toelichting: \"Voorlichting in 2026.\"}")
        let result = await build(site.with("=== \(path)\n" + filled))
        #expect(result.diagnostics.map(\.message) == ["`samenvatting` is nog de voorbeeldtekst van `regio new`: zo komt die op de pagina en in de zoekresultaten"])
        let region = try #require(result.site?.html("haaglanden/index.html"))
        // The new plan is a concept, and its row says so.
        #expect(region.contains(#"<a href="den-haag/index.html">&#39;s-Gravenhage</a> <span class="doc-meta">(concept)</span></th><td class="indicator indicator-op-orde"><span aria-hidden="true">✓ </span>op orde</td><td class="indicator indicator-in-ontwikkeling">"#), "\(region)")
    }

    @Test("zonder indicatoren.yaml schrijft een nieuw plan geen indicatoren")
    func noIndicatorsWithoutSet() throws {
        let snapshot = ContentSnapshot.load(from: SiteFixture.valid.fileSystem)
        let region = try #require(snapshot.regions.first)
        let template = DocumentTemplate.beleidsplan(region: region, municipality: try #require(region.municipalities.first),
                                                    vision: try #require(snapshot.visions(of: region).first), period: Period(from: 2025, to: 2026),
                                                    checklist: nil, indicators: snapshot.indicators, today: testToday)
        #expect(snapshot.indicators == nil)
        #expect(!template.text.contains("indicatoren"))
    }
}
