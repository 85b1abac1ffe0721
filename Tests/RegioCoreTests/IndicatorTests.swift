import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// Indicators: indicatoren.yaml (data), a plan's scores, the region's matrix and the municipality's tips.
@Suite("Indicatoren")
struct IndicatorTests {
    /// The valid site with the test indicators of Fixtures/indicatoren and a plan in Delft that scores them.
    static func site(scores: String = "indicatoren:\n  signaleren: {status: op-orde, toelichting: Alle scholen doen mee.}\n  bereik: ontbreekt") throws -> SiteFixture {
        let indicators = try SiteFixture(folder: RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/indicatoren"))
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: {van: 2024, tot: 2025}\n" + scores)
        var files = SiteFixture.valid.files.merging(indicators.files) { _, new in new }
        files["haaglanden/delft/plan-2024.md"] = plan
        return SiteFixture(files: files)
    }

    @Test("de regio toont gemeenten × indicatoren; de gemeente haar status, toelichting en een tip waar het nog niet op orde is")
    func pages() async throws {
        let result = await build(try Self.site())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<tr><th scope="col">Gemeente</th><th scope="col">Signaleren</th><th scope="col">Bereik van Veilig Thuis</th></tr>"#))
        // Delft's only plan is a concept, so it counts, and says so.
        #expect(region.contains(#"<th scope="row"><a href="delft/index.html">Delft</a> <span class="doc-meta">(concept)</span></th><td class="indicator indicator-op-orde"><span aria-hidden="true">✓ </span>op orde</td><td class="indicator indicator-ontbreekt"><span aria-hidden="true">✗ </span>ontbreekt</td></tr>"#))
        #expect(region.contains(#"<a href="den-haag/index.html">&#39;s-Gravenhage</a></th><td class="indicator indicator-geen">geen plan</td>"#), "Den Haag has no plan")
        let delft = try #require(site.html("haaglanden/delft/index.html"))
        #expect(delft.contains("Alle scholen doen mee."))
        #expect(delft.contains(#"<a href="plan-2024.html">Plan Delft 2024</a> (een concept, nog niet vastgesteld).</p>"#))
        #expect(delft.contains("Tip: Geef voorlichting in de wijk."))
        #expect(!delft.contains("Tip: Train aandachtsfunctionarissen."), "no tip for what is in order")
    }

    @Test("een vastgesteld plan gaat voor een nieuwer concept: de eerste zelfbeoordeling in een concept is nog niet het woord van de gemeente")
    func adoptedPlanBeforeConcept() async throws {
        let adopted = try #require(try Self.site(scores: "indicatoren:\n  signaleren: in-ontwikkeling\n  bereik: op-orde").files["haaglanden/delft/plan-2024.md"])
            .replacingOccurrences(of: "status: concept", with: "status: vastgesteld\nvastgesteld_op: 2024-01-15")
        let draft = try #require(try Self.site(scores: "indicatoren:\n  signaleren: op-orde\n  bereik: op-orde").files["haaglanden/delft/plan-2024.md"])
            .replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: Plan Delft 2026")
            .replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: {van: 2026, tot: 2027}")
        #expect(adopted.contains("vastgesteld_op") && draft.contains("status: concept"))
        let fixture = try Self.site().with("=== haaglanden/delft/plan-2024.md\n" + adopted + "=== haaglanden/delft/plan-2026.md\n" + draft)
        let result = await build(fixture)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<th scope="row"><a href="delft/index.html">Delft</a></th><td class="indicator indicator-in-ontwikkeling">"#))
        #expect(!region.contains("(concept)</span></th>"))
        let delft = try #require(site.html("haaglanden/delft/index.html"))
        #expect(delft.contains(#"<a href="plan-2024.html">Plan Delft 2024</a>.</p>"#))
        // The draft's own page still shows its own scores.
        let draftPage = try #require(site.html("haaglanden/delft/plan-2026.html"))
        #expect(draftPage.contains("2 op orde"))
    }

    @Test("fouten in de scores van een plan, op hun plek en met suggestie", arguments: [
        ("indicatoren:\n  bereikk: op-orde", DiagnosticCode.unknownIndicator, 9, 3, "onbekende indicator `bereikk`", "bedoelde u `bereik`?"),
        ("indicatoren:\n  bereik: op orde", .invalidValue, 9, 11, "`op orde` is geen status van een indicator", "bedoelde u `op-orde`?"),
        ("indicatoren:\n  bereik: {status: klaar}", .invalidValue, 9, 20, "`klaar` is geen status van een indicator", nil),
        ("indicatoren: [bereik]", .wrongType, 8, 14, "`indicatoren` moet per indicator een status geven", nil),
        ("indicatoren:\n  signalerin: nog-beoordelen", .unknownIndicator, 9, 3, "onbekende indicator `signalerin`", "bedoelde u `signaleren`?"),
        ("indicatoren:\n  bereik: {status: nog-beoordelen}", .templatePlaceholder, 9, 20,
         "indicator `bereik` is nog niet beoordeeld: `nog-beoordelen` is de voorbeeldstatus van `regio new`",
         "kies `op-orde`, `in-ontwikkeling` of `ontbreekt`, of haal de regel weg als het plan deze indicator niet behandelt"),
    ] as [(String, DiagnosticCode, Int, Int, String, String?)])
    func planMistakes(_ scores: String, _ code: DiagnosticCode, _ line: Int, _ column: Int, _ message: String, _ fixIt: String?) async throws {
        let result = await build(try Self.site(scores: scores))
        let diagnostic = try #require(result.diagnostics.first { $0.code == code }, "\(result.diagnostics.map(\.message))")
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: line, column: column))
        #expect(diagnostic.message == message)
        if let fixIt { #expect(diagnostic.fixIt == fixIt) }
    }

    @Test("een id die in indicatoren.yaml is hernoemd: elk plan krijgt de nieuwe id als oplossing, en de opmerking dat de id veranderd kan zijn")
    func renamedIndicator() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let set = try #require(example.files[IndicatorSet.fileName])
        let renamed = example.with("=== \(IndicatorSet.fileName)\n" + set.replacingOccurrences(of: "id: bereik-veilig-thuis", with: "id: bereik-van-veilig-thuis"))
        let unknown = await build(renamed).diagnostics.filter { $0.code == .unknownIndicator }
        #expect(!unknown.isEmpty)
        let emmen = try #require(unknown.first { $0.location.file == "drenthe/emmen/beleidsplan-2024-2027.md" })
        #expect(emmen.location.line == 19 && emmen.location.column == 3)
        #expect(emmen.message == "onbekende indicator `bereik-veilig-thuis`")
        for diagnostic in unknown {
            #expect(diagnostic.fixIt == "bedoelde u `bereik-van-veilig-thuis`?")
            #expect(diagnostic.notes.last == "is de id in indicatoren.yaml veranderd, dan noemen de plannen nog de oude: pas ze aan, of zet de oude id daar terug")
        }
    }

    @Test("een onbekende indicator die op geen enkele lijkt: de oplossing noemt de ids uit indicatoren.yaml")
    func unknownIndicatorListsIds() async throws {
        let result = await build(try Self.site(scores: "indicatoren:\n  veiligheid-thuis: op-orde"))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unknownIndicator })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 9, column: 3))
        #expect(diagnostic.message == "onbekende indicator `veiligheid-thuis`")
        #expect(diagnostic.fixIt == "schrijf een van de indicatoren uit indicatoren.yaml: `signaleren`, `bereik`")
        #expect(diagnostic.notes.contains { $0.hasPrefix("is de id in indicatoren.yaml veranderd") })
    }

    @Test("een onbekende indicator met een foute status: beide fouten in één run, elk op zijn plek")
    func unknownIndicatorWithWrongStatus() async throws {
        let result = await build(try Self.site(scores: "indicatoren:\n  signalering: op orde\n  bereik: op-orde"))
        let found = result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message) | \($0.fixIt ?? "")" }
        #expect(found == [
            "9:3 onbekende-indicator onbekende indicator `signalering` | bedoelde u `signaleren`?",
            "9:16 ongeldige-waarde `op orde` is geen status van een indicator | bedoelde u `op-orde`?",
        ], "\(found)")
        #expect(result.diagnostics.allSatisfy { $0.location.file == "haaglanden/delft/plan-2024.md" })
    }

    @Test("een plan dat om een andere fout niet gelezen wordt, krijgt zijn onbekende indicatoren in dezelfde run; een leesbaar plan één keer")
    func unknownIndicatorOfUndecodedPlan() async throws {
        let fixture = try Self.site(scores: "indicatoren:\n  bereikk: op-orde")
        let broken = fixture.with("=== haaglanden/delft/plan-2024.md\n" + (fixture.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "status: concept", with: "status: klaar"))
        let found = await build(broken).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(found == ["4:9 `klaar` is geen geldige waarde voor `status`", "9:3 onbekende indicator `bereikk`"], "\(found)")
        let decoded = await build(fixture).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(decoded == ["9:3 onbekende indicator `bereikk`"], "\(decoded)")
        // Not a plan: its `indicatoren` are an unknown key, nothing more.
        let vision = fixture.with("=== haaglanden/delft/plan-2024.md\n" + (fixture.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "type: beleidsplan", with: "type: regiovisie"))
        #expect(await build(vision).diagnostics.allSatisfy { $0.code != .unknownIndicator })
    }

    @Test("scores zonder indicatoren.yaml zijn een fout; fouten in indicatoren.yaml staan op hun regel")
    func fileMistakes() async throws {
        var files = try Self.site().files
        files["indicatoren.yaml"] = nil
        let missing = await build(SiteFixture(files: files))
        #expect(missing.diagnostics.contains { $0.code == .unknownIndicator && $0.message.contains("geen indicatoren.yaml") })
        files["indicatoren.yaml"] = "indicatoren:\n  - {id: bereik, naam: B, uitleg: U, tip: T}\n  - {id: bereik, naam: C, uitleg: U, tip: T}\n  - {id: x, naam: X, uitleg: U}\n  - {id: y, name: Y, naam: Y, uitleg: U, tip: T}\n"
        let broken = await build(SiteFixture(files: files))
        let found = broken.diagnostics.filter { $0.location.file == "indicatoren.yaml" }.map { "\($0.location.line) \($0.code.rawValue)" }
        #expect(found == ["3 dubbele-id", "4 verplicht-veld-ontbreekt", "5 onbekende-sleutel"], "\(broken.diagnostics.map(\.message))")
    }

    @Test("een plan toont zijn eigen scores: bovenaan een telling met een link, onderaan elke indicator met status, toelichting en tip, en een link naar de vergelijking in de regio")
    func planPageShowsItsScores() async throws {
        let result = await build(try Self.site())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(page.contains(##"<p class="checklist-summary"><a href="#indicatoren">Indicatoren</a>: 1 op orde, 1 ontbreekt.</p>"##))
        let section = try #require(page.components(separatedBy: #"<section class="checklist" aria-labelledby="indicatoren">"#).dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(section.contains(#"<a href="../index.html#indicatoren">Vergelijk met de andere gemeenten van Haaglanden</a>"#))
        #expect(section.contains(#"<span aria-hidden="true">✓ </span>op orde</span> <strong>Eerder signaleren en bespreken</strong>"#))
        #expect(section.contains("Alle scholen doen mee."))
        #expect(section.contains(#"<span aria-hidden="true">✗ </span>ontbreekt</span> <strong>Bereik van Veilig Thuis</strong>"#))
        #expect(section.contains("Tip: Geef voorlichting in de wijk.") && !section.contains("Tip: Train aandachtsfunctionarissen."))
        // The link lands: the region page has the matrix.
        #expect(result.site?.html("haaglanden/index.html")?.contains(#"<h2 id="indicatoren">"#) == true)
    }

    @Test("een plan zonder scores en een regiovisie tonen geen indicatoren; een indicator die het plan niet noemt staat er als 'niet in het plan'")
    func onlyPlansWithScores() async throws {
        let without = try #require(await build(SiteFixture.valid.with(try Self.site().files.filter { $0.key == "indicatoren.yaml" }
            .map { "=== \($0.key)\n\($0.value)" }.joined())).site)
        #expect(without.html("haaglanden/delft/plan-2024.html")?.contains("indicatoren") == false)
        let partly = try #require(await build(try Self.site(scores: "indicatoren:\n  bereik: in-ontwikkeling")).site)
        let page = try #require(partly.html("haaglanden/delft/plan-2024.html"))
        #expect(page.contains(##"<a href="#indicatoren">Indicatoren</a>: 1 in ontwikkeling, 1 niet in het plan.</p>"##))
        #expect(page.contains("niet in het plan</span> <strong>Eerder signaleren en bespreken</strong>"))
        #expect(partly.html("haaglanden/regiovisie-2023-2026.html")?.contains(#"id="indicatoren""#) == false)
    }

    @Test("voorbeeld: het Haagse plan toont elke score uit zijn front matter")
    func examplePlanShowsFrontMatterScores() async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent))
        let page = try #require(result.site?.html("haaglanden/den-haag/beleidsplan-2024-2027.html"))
        let folder = RepositoryPaths.exampleContent
        let plan = try String(contentsOf: folder.appendingPathComponent("haaglanden/den-haag/beleidsplan-2024-2027.md"), encoding: .utf8)
        let set = try String(contentsOf: folder.appendingPathComponent("indicatoren.yaml"), encoding: .utf8)
        let names = Dictionary(uniqueKeysWithValues: set.matches(of: #/- id: ([a-z-]+)\n\s+naam: ([^\n]+)/#).map { (String($0.output.1), String($0.output.2)) })
        let scored = plan.matches(of: #/\n  ([a-z-]+): (?:\{status: )?(op-orde|in-ontwikkeling|ontbreekt)/#).map { (String($0.output.1), String($0.output.2)) }
        #expect(scored.count >= 5)
        let shown = Dictionary(uniqueKeysWithValues: page.matches(of: #/<li class="check indicator-([a-z-]+)">\n<p class="check-head">.*?<strong>([^<]+)</strong>/#)
            .map { (String($0.output.2), String($0.output.1)) })
        for (id, status) in scored {
            let name = try #require(names[id], "\(id)")
            #expect(shown[HTMLEscaping.escape(name)] == status, "\(id)")
        }
        let inOrder = scored.filter { $0.1 == "op-orde" }.count, developing = scored.filter { $0.1 == "in-ontwikkeling" }.count
        #expect(page.contains("Indicatoren</a>: \(inOrder) op orde, \(developing) in ontwikkeling."))
    }
}
