import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// A document in the checklist fixture, written out, and the finding it must give (or none).
struct CoverageCase: CustomTestStringConvertible, Sendable {
    let name: String
    let files: String
    /// The requirement id or catalogue code expected; nil: the site must be clean.
    let id: String?
    var severity: Severity = .error
    var file = "haaglanden/regiovisie-2023-2026.md"
    var line = 1
    var column = 1
    var message = ""
    var fixIt: String?
    var today = testToday

    var testDescription: String { name }
}

private func vision(_ frontMatter: String = "", adopted: String = "2023-03-16", status: String = "vastgesteld", body: String) -> String {
    SiteFixture.vision(frontMatter, adopted: adopted, status: status, body: body)
}

private let fullBody = SiteFixture.visionSections

private let afwegingskaderOnly = """
## Meldcode en afwegingskader

Alle partners werken met het afwegingskader.
"""

let coverageCases: [CoverageCase] = [
    CoverageCase(name: "sectie aanwezig, met tekst: gedekt", files: vision(body: fullBody), id: nil),
    CoverageCase(name: "sectie met genummerde, langere kop: gedekt",
                 files: vision(body: "## 3.2 Veilig Thuis: wat de regio vraagt\n\nTekst.\n\n" + afwegingskaderOnly), id: nil),
    CoverageCase(name: "sectie ontbreekt: fout met de code van de eis", files: vision(body: afwegingskaderOnly), id: "wmo-veilig-thuis",
                 message: "de regiovisie voldoet niet aan ‘Organisatie van Veilig Thuis’ (Wmo 2015 art. 4.1.1)",
                 fixIt: "voeg een kop `## Veilig Thuis` toe met tekst eronder"),
    CoverageCase(name: "kop zonder tekst eronder: fout op de kop", files: vision(body: "## Veilig Thuis\n\n" + afwegingskaderOnly),
                 id: "wmo-veilig-thuis", line: 9, column: 1,
                 message: "de kop ‘Veilig Thuis’ heeft geen tekst, dus telt niet voor ‘Organisatie van Veilig Thuis’ (Wmo 2015 art. 4.1.1)"),
    CoverageCase(name: "kop met een tikfout: fout op de kop met de juiste naam",
                 files: vision(body: "## Veilig Thius\n\nTekst.\n\n" + afwegingskaderOnly), id: "wmo-veilig-thuis", line: 9, column: 1,
                 message: "voldoet niet aan ‘Organisatie van Veilig Thuis’", fixIt: "bedoelde u de kop `Veilig Thuis`?"),
    CoverageCase(name: "veld ontbreekt: waarschuwing", files: """
        === haaglanden/delft/plan-2024.md
        ---
        type: beleidsplan
        titel: Plan Delft 2024
        status: concept
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2024, tot: 2025}
        ---
        ## Doelen

        Tekst.
        """, id: "plan-samenvatting", severity: .warning, file: "haaglanden/delft/plan-2024.md",
                 message: "het beleidsplan voldoet niet aan ‘Een samenvatting voor de raad’ (Wmo 2015)"),
    CoverageCase(name: "programma in de looptijd, niet genoemd: waarschuwing",
                 files: vision(adopted: "2020-05-01", body: fullBody), id: "ghnt-actielijnen", severity: .warning,
                 message: "voldoet niet aan ‘Uitwerking van Geweld hoort nergens thuis’ (Geweld hoort nergens thuis)",
                 fixIt: "zet `ghnt` in `kaders`"),
    CoverageCase(name: "programma in de looptijd, genoemd in kaders: gedekt",
                 files: vision("kaders: [ghnt]", adopted: "2020-05-01", body: fullBody), id: nil),
    CoverageCase(name: "programma afgelopen vóór de vaststelling: geldt niet",
                 files: vision(adopted: "2022-01-01", body: fullBody), id: nil),
    CoverageCase(name: "uitzondering met reden: geen melding",
                 files: vision("uitzonderingen: {wmo-veilig-thuis: \"Staat in de uitvoeringsagenda.\"}", body: afwegingskaderOnly), id: nil),
    CoverageCase(name: "uitzondering voor een onbekende eis: fout met voorstel",
                 files: vision("uitzonderingen: {wmo-veilig-thuiz: \"Reden.\"}", body: fullBody), id: "onbekende-eis", line: 7, column: 18,
                 message: "`wmo-veilig-thuiz` is geen eis uit kaders.yaml", fixIt: "bedoelde u `wmo-veilig-thuis`?"),
    CoverageCase(name: "uitzondering voor een eis die al gedekt is: waarschuwing",
                 files: vision("uitzonderingen: {wmo-veilig-thuis: \"Reden.\"}", body: fullBody), id: "overbodige-uitzondering",
                 severity: .warning, line: 7, column: 18, message: "het document voldoet al aan `wmo-veilig-thuis`"),
    CoverageCase(name: "uitzondering voor een eis die voor dit type niet geldt: waarschuwing", files: """
        === haaglanden/delft/plan-2024.md
        ---
        type: beleidsplan
        titel: Plan Delft 2024
        samenvatting: Wat Delft doet.
        status: concept
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2024, tot: 2025}
        uitzonderingen:
          wmo-veilig-thuis: "Regionaal geregeld."
        ---
        ## Doelen

        Tekst.
        """, id: "overbodige-uitzondering", severity: .warning, file: "haaglanden/delft/plan-2024.md", line: 9, column: 3,
                 message: "de eis `wmo-veilig-thuis` geldt niet voor dit document"),
    CoverageCase(name: "uitzondering zonder reden: fout", files: vision("uitzonderingen: {wmo-veilig-thuis: \"\"}", body: afwegingskaderOnly),
                 id: "verplicht-veld-ontbreekt", line: 7, column: 36, message: "`wmo-veilig-thuis` in `uitzonderingen` heeft geen tekst"),
    CoverageCase(name: "onbekend kader in kaders: fout op het item", files: vision("kaders: [wmo-2015, wmo-2051]", body: fullBody),
                 id: "onbekend-kader", line: 7, column: 20, message: "`wmo-2051` is geen kader uit kaders.yaml", fixIt: "bedoelde u `wmo-2015` (Wmo 2015)?"),
    CoverageCase(name: "onbekend thema: fout op het item", files: vision("themas: [partnergeweld, kindermishandling]", body: fullBody),
                 id: "onbekend-thema", line: 7, column: 25, message: "`kindermishandling` is geen thema uit kaders.yaml",
                 fixIt: "bedoelde u `kindermishandeling`?"),
    CoverageCase(name: "afgebroken thema: de naam die zo begint als oplossing", files: vision("themas: [partnergeweld, kindermishand]", body: fullBody),
                 id: "onbekend-thema", line: 7, column: 25, message: "`kindermishand` is geen thema uit kaders.yaml",
                 fixIt: "bedoelde u `kindermishandeling`?"),
    CoverageCase(name: "geen geldende regiovisie op de peildatum: waarschuwing bij de regio", files: "", id: "geldende-regiovisie",
                 severity: .warning, file: "haaglanden/regio.yaml", message: "regio Haaglanden heeft op 2027-06-01 geen geldende regiovisie",
                 today: DayDate("2027-06-01")!),
    CoverageCase(name: "een eis die alleen een kader vraagt: de melding staat op `kaders` en noemt de id",
                 files: vision("kaders: []", adopted: "2020-06-01", body: fullBody), id: "ghnt-actielijnen", severity: .warning,
                 line: 7, column: 9, message: "voldoet niet aan ‘Uitwerking van Geweld hoort nergens thuis’", fixIt: "zet `ghnt` in `kaders`"),
    CoverageCase(name: "een kop met woorden voor de naam telt niet, maar wordt genoemd",
                 files: vision(body: "## Over Veilig Thuis\n\nTekst.\n\n## Meldcode en afwegingskader\n\nTekst."), id: "wmo-veilig-thuis",
                 line: 9, column: 1, message: "voldoet niet aan ‘Organisatie van Veilig Thuis’", fixIt: "bedoelde u de kop `Veilig Thuis`?"),
    CoverageCase(name: "een regio zonder enige regiovisie: waarschuwing bij de regio, met het commando dat er een begint",
                 files: vision(body: fullBody) + "\n=== drenthe/regio.yaml\nnaam: Drenthe\ncentrumgemeenten: [GM0114]\ngemeenten:\n  - {code: GM0114, naam: Emmen}",
                 id: "geldende-regiovisie", severity: .warning, file: "drenthe/regio.yaml", message: "regio Drenthe heeft nog geen regiovisie",
                 fixIt: "maak er een met `regio new regiovisie --regio drenthe --periode 2026-2029`"),
    CoverageCase(name: "de documentnaam toetsing is bezet in een regiomap", files: "=== haaglanden/toetsing.md\n---\ntype: regiovisie\n---\n",
                 id: "gereserveerde-naam", file: "haaglanden/toetsing.md",
                 message: "de naam `haaglanden/toetsing.md` is bezet: Regio maakt op die plek zelf de pagina `toetsing.html`"),
]

/// The checklist's rules, each with a passing and a failing fixture, asserting code, place and message.
@Suite("Toetsing aan de kaders")
struct ChecklistTests {
    @Test(arguments: coverageCases)
    func coverage(_ testCase: CoverageCase) async throws {
        let result = await build(try SiteFixture.withChecklist().with(testCase.files), today: testCase.today)
        guard let id = testCase.id else {
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.id): \($0.message)" })")
            return
        }
        let diagnostic = try #require(result.diagnostics.first { $0.id == id }, "geen \(id); wel: \(result.diagnostics.map(\.id))")
        #expect(diagnostic.severity == testCase.severity)
        #expect(diagnostic.location == SourceLocation(file: testCase.file, line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.contains(testCase.message), "melding was: \(diagnostic.message)")
        if let fixIt = testCase.fixIt {
            #expect(diagnostic.fixIt == fixIt)
        }
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map { "\($0.id): \($0.message)" })")
    }

    @Test("een tikfout in een uitzondering: de ontbrekende eis wijst naar die regel in plaats van om de uitzondering te vragen")
    func waiverWithTypo() async throws {
        let result = await build(try SiteFixture.withChecklist().with(vision("uitzonderingen: {wmo-veilig-thuus: \"Regionaal geregeld.\"}", body: afwegingskaderOnly)))
        let unknown = try #require(result.diagnostics.first { $0.code == .unknownRequirement }, "\(result.diagnostics.map(\.id))")
        #expect(unknown.fixIt == "bedoelde u `wmo-veilig-thuis`?")
        let missing = try #require(result.diagnostics.first { $0.id == "wmo-veilig-thuis" }, "\(result.diagnostics.map(\.id))")
        #expect(missing.notes.contains("er staat een uitzondering `wmo-veilig-thuus` op regel 7: bedoelde u `wmo-veilig-thuis`? Verbeter de id daar"), "\(missing.notes)")
        #expect(!missing.notes.contains { $0.hasPrefix("bewust niet?") })
        // The date it was judged by, written as a Dutch sentence writes it.
        #expect(missing.notes.contains { $0.hasPrefix("beoordeeld naar de stand van 16 maart 2023 (datum van vaststelling)") }, "\(missing.notes)")
    }

    @Test("hetzelfde document: vóór de wetswijziging vastgesteld in orde, erna een fout", arguments: [
        ("2018-12-31", false), ("2019-01-01", true), ("2023-03-16", true),
    ])
    func judgedByTheLawOfItsDate(adopted: String, fails: Bool) async throws {
        let body = "## Veilig Thuis\n\nVeilig Thuis Haaglanden is het advies- en meldpunt."
        let result = await build(try SiteFixture.withChecklist().with(vision("kaders: [ghnt]", adopted: adopted, body: body)))
        #expect(result.diagnostics.contains { $0.id == "meldcode-afwegingskader" } == fails, "\(result.diagnostics.map(\.id))")
    }

    @Test("een concept wordt getoetst op de peildatum, niet op de klok", arguments: [("2018-06-01", false), ("2026-11-25", true)])
    func conceptJudgedOnToday(today: String, fails: Bool) async throws {
        let body = "## Veilig Thuis\n\nVeilig Thuis Haaglanden is het advies- en meldpunt."
        let fixture = try SiteFixture.withChecklist().with(vision("kaders: [ghnt]", status: "concept", body: body))
        let result = await build(fixture, today: DayDate(today)!)
        #expect(result.diagnostics.contains { $0.id == "meldcode-afwegingskader" } == fails, "\(result.diagnostics.map(\.id))")
    }

    @Test("een concept wordt niet gevraagd naar een eis die eindigt voordat zijn periode begint; een concept dat er nog in valt wel", arguments: [
        ("{van: 2027, tot: 2030}", false), ("{van: 2026, tot: 2029}", true),
    ])
    func conceptAfterADutyEnds(_ period: String, asked: Bool) async throws {
        // nap-seksueel-geweld in the example's kaders.yaml holds from 2023-01-13 until 2026-12-31.
        let vision = "=== haaglanden/regiovisie-x.md\n---\ntype: regiovisie\ntitel: Regiovisie\nstatus: concept\nperiode: \(period)\n---\n## Inleiding\n\nTekst.\n"
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let result = await build(example.with(vision), today: DayDate("2026-11-27")!)
        let own = result.diagnostics.filter { $0.location.file == "haaglanden/regiovisie-x.md" }
        #expect(own.contains { $0.requirement == "wmo-voorkomen-en-bestrijden" }, "\(own.map(\.message))")
        #expect(own.contains { $0.requirement == "nap-seksueel-geweld" } == asked, "\(own.map(\.message))")
        // `regio new` asks for the same chapters as the check.
        let checklist = try #require(result.checklist)
        let years = period == "{van: 2027, tot: 2030}" ? 2027 : 2026
        let headings = DocumentTemplate.sections(for: .regiovisie, checklist: checklist, today: DayDate("2026-11-27")!, periodStart: years).map(\.heading)
        #expect(headings.contains("Seksueel geweld") == asked, "\(headings)")
    }

    @Test("de documentpagina toont per eis gedekt (met link naar de sectie), uitzondering (met reden) of ontbreekt")
    func documentPageShowsChecklist() async throws {
        let fixture = try SiteFixture.withChecklist().with(vision(
            "uitzonderingen: {meldcode-afwegingskader: \"Volgt in de uitvoeringsagenda 2024.\"}",
            body: "## Veilig Thuis\n\nVeilig Thuis Haaglanden is het advies- en meldpunt."
        ))
        let result = await build(fixture)
        let page = try #require(result.site?.html("haaglanden/regiovisie-2023-2026.html"))
        let section = try #require(page.range(of: "<section class=\"checklist\" aria-labelledby=\"regio-toetsing\">"))
        let checklist = String(page[section.lowerBound...])
        #expect(checklist.contains("<h2 id=\"regio-toetsing\">Toetsing aan wettelijke kaders</h2>"))
        #expect(checklist.contains("Getoetst aan de kaders zoals die golden op 16 maart 2023 (de datum van vaststelling): 1 van 2 eisen gedekt, 1 uitzondering."))
        #expect(checklist.contains("Gedekt</span> <strong>Organisatie van Veilig Thuis</strong>"))
        #expect(checklist.contains("<a href=\"#veilig-thuis\">Zie de sectie ‘Veilig Thuis’</a>"))
        #expect(checklist.contains("<a href=\"https://wetten.overheid.nl/BWBR0035362\"><abbr title=\"Wet maatschappelijke ondersteuning 2015\">Wmo 2015</abbr></a>, art. 4.1.1 · wettelijke eis"))
        #expect(checklist.contains("Uitzondering</span> <strong>Werken met het afwegingskader</strong>"))
        #expect(checklist.contains("Reden: Volgt in de uitvoeringsagenda 2024."))
        #expect(checklist.contains("<a href=\"toetsing.html\">"))
        #expect(page.contains("<a href=\"#regio-toetsing\">Toetsing aan de kaders</a>: 1 van 2 eisen gedekt, 1 uitzondering."))
        // A warning about the waiver's target being met would mean the waiver was not honoured.
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.id))")
    }

    @Test("een kop die de naam zelf is gaat voor een eerdere kop die ermee begint: het bewijs linkt naar het hoofdstuk, niet naar de cijfers")
    func exactHeadingIsTheProof() async throws {
        let fixture = try SiteFixture.withChecklist().with(vision(body: """
            ## Analyse

            ### Veilig Thuis landelijk

            In 2023 kwamen er landelijk 127.340 meldingen binnen.

            \(SiteFixture.visionSections)
            """))
        let page = try #require(await build(fixture).site?.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains("<a href=\"#veilig-thuis\">Zie de sectie ‘Veilig Thuis’</a>"))
        #expect(!page.contains("Zie de sectie ‘Veilig Thuis landelijk’"))
    }

    @Test("een lidwoord voor de kop telt niet: ‘Het advies- en meldpunt’ is het bewijs, niet een eerdere paragraaf ‘Veilig Thuis landelijk’")
    func leadingArticle() async throws {
        let fixture = try SiteFixture.withChecklist().with(vision(body: """
            ## Analyse

            ### Veilig Thuis landelijk

            In 2023 kwamen er landelijk 127.340 meldingen binnen.

            \(SiteFixture.visionSections.replacingOccurrences(of: "## Veilig Thuis", with: "## Het advies- en meldpunt"))
            """))
        let page = try #require(await build(fixture).site?.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains("<a href=\"#het-advies-en-meldpunt\">Zie de sectie ‘Het advies- en meldpunt’</a>"))
        #expect(HeadingMatcher.fold("De meldcode") == "meldcode" && HeadingMatcher.fold("2. Het plan") == "plan")
        #expect(HeadingMatcher.fold("Een") == "een", "a heading that is only an article keeps it")
        #expect(HeadingMatcher.fold("2.1 De visie op zorg") == "visie-op-zorg" && HeadingMatcher.fold("3 4 Het plan") == "plan")
        #expect(HeadingMatcher.fold("Preventie en zorg") == "preventie-en-zorg" && HeadingMatcher.fold("4 Het") == "het")
        #expect(HeadingMatcher.fold("2023") == "", "a heading of numbers alone names no chapter")
    }

    @Test("een kader dat nog gaat vervallen 'vervalt op' die datum; daarna is het 'vervallen op'", arguments: [("2026-11-25", "vervalt op 1 januari 2027"), ("2027-06-01", "vervallen op 1 januari 2027")])
    func repealDateTense(today: String, expected: String) async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent), today: try #require(DayDate(today)))
        let page = try #require(result.site?.html("haaglanden/toetsing.html"))
        #expect(page.contains(expected))
    }

    @Test("een ontbrekende eis staat als ‘Ontbreekt’ op de pagina, in woorden en niet alleen in kleur")
    func missingShownInWords() async throws {
        let result = await build(try SiteFixture.withChecklist().with(vision(body: afwegingskaderOnly)))
        let page = try #require(result.site?.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains("<li class=\"check check-ontbreekt\">"))
        #expect(page.contains("<span aria-hidden=\"true\">✗ </span>Ontbreekt</span> <strong>Organisatie van Veilig Thuis</strong>"))
    }

    @Test("de regiomatrix: eisen als rijen, documenten als kolommen, met th scope en n.v.t.")
    func regionMatrix() async throws {
        let result = await build(try SiteFixture.withChecklist())
        let page = try #require(result.site?.html("haaglanden/toetsing.html"))
        #expect(page.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"matrix-bijschrift\" tabindex=\"0\">"))
        #expect(page.contains("<caption id=\"matrix-bijschrift\">Toetsing aan wettelijke kaders: Haaglanden</caption>"))
        #expect(page.contains("<th scope=\"col\"><a href=\"regiovisie-2023-2026.html\">Regiovisie 2023–2026</a></th>"))
        #expect(page.contains("<th scope=\"col\"><a href=\"delft/plan-2024.html\">Delft 2024–2025</a></th>"))
        let row = try #require(page.range(of: "<th scope=\"row\">Organisatie van Veilig Thuis"))
        let cells = page[row.upperBound...].split(separator: "</tr>").first ?? ""
        #expect(cells.contains("<td class=\"check-gedekt\"><span aria-hidden=\"true\">✓ </span><span class=\"check-word\">Gedekt</span></td>"))
        #expect(cells.contains("<td class=\"check-nvt\"><span class=\"check-word\">n.v.t.</span></td>"))
        #expect(page.contains("<dt id=\"kader-wmo-2015\"><a href=\"https://wetten.overheid.nl/BWBR0035362\">Wet maatschappelijke ondersteuning 2015</a> (Wmo 2015)</dt>"))
        let region = try #require(result.site?.html("haaglanden/index.html"))
        #expect(region.contains("<a href=\"toetsing.html\">"))
    }

    @Test("de portaalmatrix: regio's als kolommen, de geldende regiovisie en het aandeel plannen per cel, met uitzonderingen en gemeenten zonder plan")
    func portalMatrix() async throws {
        let result = await build(try SiteFixture.withChecklist())
        let page = try #require(result.site?.html("toetsing.html"))
        #expect(page.contains("<th scope=\"col\"><a href=\"haaglanden/toetsing.html\">Haaglanden</a></th>"))
        let row = try #require(page.range(of: "<th scope=\"row\">Een samenvatting voor de raad"))
        let cells = page[row.upperBound...].split(separator: "</tr>").first ?? ""
        // The fixture's region has two municipalities, one with a plan.
        #expect(cells.contains("n.v.t.</span><br><small>lokale plannen: 1 van 1 gedekt; 1 van 2 gemeenten zonder plan</small>"), "\(cells)")
        let portal = try #require(result.site?.html("index.html"))
        #expect(portal.contains("<a href=\"toetsing.html\">"))
    }

    @Test("zonder kaders.yaml: geen toetsing, geen matrixpagina's, geen meldingen")
    func withoutChecklist() async {
        let result = await build(SiteFixture.valid)
        #expect(result.diagnostics.isEmpty)
        #expect(result.site?.file("toetsing.html") == nil)
        #expect(result.site?.html("haaglanden/regiovisie-2023-2026.html")?.contains("regio-toetsing") == false)
    }

    @Test("voorbeeld: elke korte naam van een kader in de toetsing van een document is uitgelegd: <abbr> met de volledige naam, en een link naar de officiële tekst of anders naar het kader op de toetsingspagina van de regio")
    func shortNamesExplained() async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent))
        let site = try #require(result.site)
        let checklist = try #require(result.checklist)
        let toetsing = try #require(site.html("haaglanden/toetsing.html"))
        var seen: Set<String> = []
        for path in ["haaglanden/regiovisie-2023-2026.html", "haaglanden/den-haag/beleidsplan-2024-2027.html"] {
            let page = try #require(site.html(path))
            for line in page.components(separatedBy: "\n") where line.hasPrefix(#"<p class="check-source">"#) {
                let framework = try #require(checklist.frameworks.first { line.contains(">\(HTMLEscaping.escape($0.displayName))<") }, "\(line)")
                seen.insert(framework.id)
                if let short = framework.shortName, short != framework.title {
                    #expect(line.contains(#"<abbr title="\#(HTMLEscaping.escape(framework.title))">\#(HTMLEscaping.escape(short))</abbr>"#), "\(line)")
                }
                // The official text, or the framework's entry on the region's toetsing page, which must be there.
                let up = path.hasPrefix("haaglanden/den-haag/") ? "../" : ""
                let target = framework.url.map(HTMLEscaping.escape) ?? "\(up)toetsing.html#kader-\(framework.id)"
                #expect(line.contains(#"<a href="\#(target)">"#), "\(line)")
                #expect(toetsing.contains(#"<dt id="kader-\#(framework.id)">"#))
            }
        }
        // The report's cases: Wth, the programme SGG and two without an official address.
        #expect(seen.isSuperset(of: ["wet-tijdelijk-huisverbod", "nap-sggsg", "regiovisie-afspraak", "meldcode-2013"]), "\(seen.sorted())")
    }

    @Test("voorbeeld: de redactionele 'onzeker'-notities van kaders.yaml staan op geen enkele pagina")
    func uncertainNotesNotPublished() async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent))
        let site = try #require(result.site)
        let notes = try #require(result.checklist).frameworks.compactMap(\.uncertain)
        #expect(notes.count >= 5, "the example's kaders.yaml keeps its notes for its authors")
        for file in site.files where file.path.description.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(!html.contains("Niet nagegaan"), "\(file.path)")
            for note in notes { #expect(!html.contains(HTMLEscaping.escape(note)), "\(file.path): \(note)") }
        }
    }
}
