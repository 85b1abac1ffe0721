import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// Figures: quoted in any text by `[](cijfer:pad#id)`, shown the Dutch way, linked to their row.
@Suite("Cijfers")
struct FigureTests {
    static let quoting = SiteFixture.valid
        .with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
            .replacingOccurrences(of: "  - {label: Meldingen,", with: "  - {id: meldingen, label: Meldingen,"))
        .with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "").replacingOccurrences(
            of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).",
            with: "Veilig Thuis kreeg in 2023 [](cijfer:factsheets/landelijk#meldingen), zie ook [127.340](cijfer:factsheets/landelijk#meldingen)."))

    @Test("een cijfer dat niet bestaat: een fout, en in het voorbeeld staat op die plek wat ontbreekt in plaats van een lege link")
    func missingFigureIsVisible() async throws {
        let fixture = Self.quoting.with("=== haaglanden/delft/plan-2024.md\n" + (Self.quoting.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "[](cijfer:factsheets/landelijk#meldingen)", with: "[](cijfer:factsheets/landelijk#meldingn)")
            .replacingOccurrences(of: "zie ook [127.340](cijfer:factsheets/landelijk#meldingen)", with: "zie ook [](cijfer:factsheets/landelik#meldingen)"))
        let result = await build(fixture)
        #expect(result.hasErrors)
        let plan = try #require(result.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(plan.contains("Veilig Thuis kreeg in 2023 [cijfer niet gevonden: cijfer:factsheets/landelijk#meldingn], zie ook [cijfer niet gevonden: cijfer:factsheets/landelik#meldingen]."), "\(plan)")
        #expect(!plan.contains("href=\"cijfer:"))
    }

    @Test("twee cijfers met een gemeente die geen code is: elk een eigen melding, geen vervolgmelding dat het cijfer dubbel staat")
    func unreadMunicipalityIsNoDuplicate() async throws {
        let result = await build(regionalFactsheet(figures: """
          - {label: Meldingen per gemeente, waarde: 270, jaar: 2023, gemeente: delft}
          - {label: Meldingen per gemeente, waarde: 150, jaar: 2023, gemeente: Zoetermeer}
        """))
        #expect(result.diagnostics.map(\.code) == [.invalidValue, .invalidValue], "\(result.diagnostics.map(\.message))")
        // Written the same without a gemeente, they are a copy.
        let copies = await build(regionalFactsheet(figures: """
          - {label: Meldingen per gemeente, waarde: 270, jaar: 2023}
          - {label: Meldingen per gemeente, waarde: 150, jaar: 2023}
        """))
        #expect(copies.diagnostics.map(\.code) == [.duplicateFigure], "\(copies.diagnostics.map(\.message))")
    }

    /// A municipal sheet's figure without `gemeente` is about the sheet's municipality, as its chart
    /// and the municipality page read it: written once without and once with the sheet's own code, it is a copy.
    @Test("in een factsheet van een gemeente is een cijfer zonder gemeente hetzelfde als een met de eigen gemeente")
    func ownMunicipalityWrittenOrNot() async throws {
        let sheet = { (second: String) in SiteFixture.valid.with("""
            === haaglanden/factsheets/delft.md
            ---
            type: factsheet
            titel: Delft
            status: concept
            schaal: gemeente
            gemeente: GM0503
            bron: {naam: CBS}
            cijfers:
              - {label: Meldingen, waarde: 265, jaar: 2023}
              - {label: Meldingen, waarde: 290, jaar: 2023\(second)}
            ---
            """) }
        let copies = await build(sheet(", gemeente: GM0503"))
        #expect(copies.diagnostics.map(\.code) == [.duplicateFigure], "\(copies.diagnostics.map(\.message))")
        let copy = try #require(copies.diagnostics.first)
        #expect(copy.location == SourceLocation(file: "haaglanden/factsheets/delft.md", line: 10, column: 5))
        #expect(copy.message == "het cijfer `Meldingen` over 2023 voor GM0503 staat twee keer in deze factsheet, met een andere waarde: 290 hier, 265 bij het eerste")
        // About another municipality, it is no copy (but a figure of another municipality: a warning of its own).
        #expect(await build(sheet(", gemeente: GM0518")).diagnostics.map(\.code) == [.figureOfOtherMunicipality])
    }

    @Test("een geciteerd cijfer toont de waarde uit de factsheet, met eenheid, als link naar zijn rij")
    func quotedFigure() async throws {
        let result = await build(Self.quoting)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let plan = try #require(site.html("haaglanden/delft/plan-2024.html"))
        #expect(plan.contains(#"Veilig Thuis kreeg in 2023 <a href="../landelijk/landelijk.html#cijfer-meldingen">127.340 meldingen</a>, zie ook <a href="../landelijk/landelijk.html#cijfer-meldingen">127.340 meldingen</a>."#))
        #expect(site.html("haaglanden/landelijk/landelijk.html")?.contains(#"<tr id="cijfer-meldingen">"#) == true)
        #expect(site.html("factsheets/landelijk.html")?.contains(#"<tr id="cijfer-meldingen">"#) == true)
        // The factsheet counts as referred to by the plan.
        let sheet = try #require(site.html("haaglanden/landelijk/landelijk.html"))
        #expect(sheet[try #require(sheet.range(of: #"id="verwezen-door""#)).upperBound...].contains("Plan Delft 2024"))
        let audit = try LinkAudit.run(site)
        #expect(audit.broken.isEmpty, "\(audit.broken)")
    }

    @Test("woorden of een ander getal als linktekst van een cijfer: waarschuwing, want de pagina toont het cijfer", arguments: [
        ("[zes](cijfer:factsheets/landelijk#meldingen)", "zes"), ("[de **tabel**](cijfer:factsheets/landelijk#meldingen)", "de tabel"),
        ("[127.000](cijfer:factsheets/landelijk#meldingen)", "127.000"),
    ])
    func wordsReplacedByFigure(_ link: String, _ words: String) async throws {
        let fixture = Self.quoting.with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: "Er waren \(link) in 2023."))
        let result = await build(fixture)
        let diagnostic = try #require(result.diagnostics.first, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == .figureTextReplaced && diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 11, column: 10))
        #expect(diagnostic.message == "de linktekst `\(words)` verdwijnt: de pagina toont hier het cijfer `127.340 meldingen`")
        #expect(diagnostic.fixIt == "laat de blokhaken leeg: `[](cijfer:factsheets/landelijk#meldingen)`; om naar de tabel te verwijzen, link naar de factsheet zelf: `[\(words)](../../factsheets/landelijk.md)`")
        #expect(result.site?.html("haaglanden/delft/plan-2024.html")?.contains(">127.340 meldingen</a> in 2023.") == true, "the page shows the figure all the same")
    }

    @Test("een berekend gemiddelde op z'n Nederlands, met hoogstens één decimaal", arguments: [
        (1705.1666, "1.705,2"), (610.0, "610"), (-0.5, "-0,5"), (0.04, "0"), (12_345.95, "12.346"),
    ])
    func computedNumbers(_ number: Double, _ shown: String) {
        #expect(FigureValue.dutch(number) == shown)
    }

    @Test("de gemeentepagina zet elk cijfer naast het gemiddelde en de spreiding in de regio")
    func municipalityComparedWithRegion() async throws {
        let result = await build(ChartTests.fixture)
        let site = try #require(result.site)
        let delft = try #require(site.html("haaglanden/delft/index.html"))
        #expect(delft.contains(#"<tr><th scope="row">Meldingen</th><td class="num">610<span class="unit-inline"> meldingen</span></td><td class="unit">meldingen</td><td>2023</td><td class="num">1.705,2 <span class="doc-meta">(alle 3 gemeenten)</span></td><td class="num">305,5–4.200</td><td><a href="../factsheets/meldingen.html">Meldingen per gemeente</a></td></tr>"#))
        #expect(delft.contains("Gemiddelde regio"))
        // In the example no figure has peers in its region: no columns of dashes.
        let example = try #require(await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent)).site)
        let denHaag = try #require(example.html("haaglanden/den-haag/index.html"))
        #expect(denHaag.contains("Cijfers over deze gemeente") && !denHaag.contains("Gemiddelde regio"))
    }

    /// Delft's concept factsheet with a figure of 's-Gravenhage, in a region of three municipalities.
    static func partialComparison(status: String = "concept", language: String = "nl") -> SiteFixture {
        OwnMunicipalityFigureRuleTests.delftSheet(status: status)
            .with("=== haaglanden/regio.yaml\n" + (SiteFixture.valid.files["haaglanden/regio.yaml"] ?? "") + "  - {code: GM0603, naam: Rijswijk}\n")
            .with("=== site.yaml\ntitel: Testsite\ntaal: \(language)\n")
    }

    @Test("een gemiddelde van 2 van de 3 gemeenten zegt dat, en dat er conceptcijfers in zitten; een cijfer uit een concept staat er als concept", arguments: [
        ("concept", "nl", #"<td class="num">415 <span class="doc-meta">(2 van de 3 gemeenten, waaronder conceptcijfers)</span></td><td class="num">290–540</td><td><a href="../factsheets/meldingen-delft.html">Meldingen Delft</a> <span class="doc-meta">(concept)</span></td></tr>"#),
        ("vastgesteld", "nl", #"<td class="num">415 <span class="doc-meta">(2 van de 3 gemeenten)</span></td><td class="num">290–540</td><td><a href="../factsheets/meldingen-delft.html">Meldingen Delft</a></td></tr>"#),
        ("concept", "en", #"<td class="num">415 <span class="doc-meta">(2 of the 3 municipalities, including draft figures)</span></td><td class="num">290–540</td><td><a href="../factsheets/meldingen-delft.html">Meldingen Delft</a> <span class="doc-meta">(draft)</span></td></tr>"#),
    ])
    func partialAverageSaysSo(_ status: String, _ language: String, _ cells: String) async throws {
        let site = try #require(await build(Self.partialComparison(status: status, language: language)).site)
        let denHaag = try #require(site.html("haaglanden/den-haag/index.html"))
        #expect(denHaag.contains(#"<td class="num">540<span class="unit-inline"> meldingen</span></td><td class="unit">meldingen</td><td>2024</td>"# + cells), "\(denHaag)")
        let delft = try #require(site.html("haaglanden/delft/index.html"))
        #expect(delft.contains(#"<td class="num">290<span class="unit-inline"> meldingen</span></td><td class="unit">meldingen</td><td>2024</td>"# + cells), "\(delft)")
    }

    @Test("een gemeente die in twee factsheets hetzelfde cijfer heeft, telt één keer mee in het gemiddelde")
    func municipalityCountsOnce() async throws {
        let fixture = Self.partialComparison(status: "vastgesteld").with("""
        === haaglanden/factsheets/meldingen-den-haag.md
        ---
        type: factsheet
        titel: Meldingen Den Haag
        status: vastgesteld
        vastgesteld_op: 2025-02-01
        schaal: gemeente
        gemeente: GM0518
        bron: {naam: CBS StatLine}
        cijfers:
          - {label: Meldingen, waarde: 540, eenheid: meldingen, jaar: 2024}
        ---
        Tekst.
        """)
        let delft = try #require(await build(fixture).site?.html("haaglanden/delft/index.html"))
        #expect(delft.contains(#"<td class="num">415 <span class="doc-meta">(2 van de 3 gemeenten)</span></td><td class="num">290–540</td>"#), "\(delft)")
    }

    @Test("getallen op z'n Nederlands: punt per duizendtal, komma voor decimalen", arguments: [
        ("127340", "127.340"), ("28.5", "28,5"), ("1234.56", "1.234,56"), ("-4", "-4"), ("999", "999"), ("1000000", "1.000.000"),
    ])
    func dutchNumbers(_ written: String, _ shown: String) throws {
        #expect(try #require(FigureValue(written)).dutch == shown)
    }
}
