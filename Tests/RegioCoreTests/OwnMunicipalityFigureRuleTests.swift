import RegioCore
import RegioTestSupport
import Testing

/// A municipal factsheet (`schaal: gemeente`) gives figures about its own municipality; one that names
/// another lands on that municipality's page (`OwnMunicipalityFigureRule`).
@Suite("Cijfer van een andere gemeente")
struct OwnMunicipalityFigureRuleTests {
    static let comparison = #"  - {label: Meldingen, waarde: 540, eenheid: meldingen, jaar: 2024, gemeente: GM0518, toelichting: "Ter vergelijking: Den Haag."}"#

    /// Delft's own factsheet, a concept, `haaglanden/factsheets/meldingen-delft.md`: a series over two
    /// years, and `extra` (line 11) after it.
    static func delftSheet(_ extra: String = comparison, scale: String = "gemeente", status: String = "concept") -> SiteFixture {
        SiteFixture.valid.with("""
        === haaglanden/factsheets/meldingen-delft.md
        ---
        type: factsheet
        titel: Meldingen Delft
        status: \(status)\(status == "vastgesteld" ? "\nvastgesteld_op: 2025-02-01" : "")
        schaal: \(scale)
        gemeente: GM0503
        bron: {naam: CBS StatLine}
        cijfers:
          - {label: Meldingen, waarde: 265, eenheid: meldingen, jaar: 2023}
          - {label: Meldingen, waarde: 290, eenheid: meldingen, jaar: 2024}
        \(extra)
        ---
        Tekst.
        """)
    }

    @Test("een cijfer van een andere gemeente in de factsheet van een gemeente: waarschuwing bij `gemeente`, met waar het terechtkomt en hoe het wel moet")
    func otherMunicipality() async throws {
        let result = await build(Self.delftSheet())
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .figureOfOtherMunicipality && diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/factsheets/meldingen-delft.md", line: 11, column: 79))
        #expect(diagnostic.message == "het cijfer `Meldingen` over 2024 gaat over 's-Gravenhage (GM0518), niet over Delft: het komt op de gemeentepagina van 's-Gravenhage te staan, met het label en de toelichting van deze factsheet")
        #expect(diagnostic.notes == ["daar telt het mee in het gemiddelde van de regio",
                                     "een factsheet met `schaal: gemeente` gaat over één gemeente; alleen een regionale factsheet (`schaal: regio`) zet cijfers van meer gemeenten naast elkaar"])
        #expect(diagnostic.fixIt == "zet het cijfer in een factsheet over 's-Gravenhage (`gemeente: GM0518`), of in een regionale factsheet (`schaal: regio`); om in de tekst te vergelijken, citeer het daaruit met `[](cijfer:pad#id)`")
        // What the warning says happens.
        let denHaag = try #require(result.site?.html("haaglanden/den-haag/index.html"))
        #expect(denHaag.contains("Ter vergelijking: Den Haag."))
    }

    @Test("geen waarschuwing voor een cijfer met de eigen gemeente, of in een regionale factsheet", arguments: [
        (comparison.replacingOccurrences(of: "GM0518", with: "GM0503").replacingOccurrences(of: "2024", with: "2022"), "gemeente"),
        (comparison, "regio"),
    ])
    func ownMunicipalityOrRegionalSheet(_ extra: String, _ scale: String) async throws {
        let result = await build(Self.delftSheet(extra, scale: scale))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test("een gemeente buiten de regio: één melding, die van de regio, niet ook deze")
    func notAMember() async throws {
        let result = await build(Self.delftSheet(Self.comparison.replacingOccurrences(of: "GM0518", with: "GM0363")))
        #expect(result.diagnostics.map(\.code) == [.unknownMunicipality], "\(result.diagnostics.map(\.message))")
    }
}
