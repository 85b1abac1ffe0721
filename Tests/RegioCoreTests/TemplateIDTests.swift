import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// A heading in a text never takes an id the page around it uses: the theme's sections and the rows
/// of a factsheet's table. A link written with such an id names the heading.
@Suite("Ids van koppen naast die van het thema")
struct TemplateIDTests {
    /// The national factsheet with a chapter "Cijfers" and a figure with an id, linked both from
    /// itself and from the vision by the id an author writes: the heading's text.
    static let fixture = SiteFixture.valid.with("""
    === factsheets/landelijk.md
    ---
    type: factsheet
    titel: Landelijke cijfers
    status: vastgesteld
    vastgesteld_op: 2024-01-10
    schaal: landelijk
    bron: {naam: CBS StatLine 84849NED, url: "https://www.cbs.nl/nl-nl/cijfers/detail/84849NED"}
    cijfers:
      - {id: meldingen, label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}
    ---
    ## Cijfers

    Hoe de cijfers tot stand kwamen. Zie ook [de uitleg](#cijfers).

    ## Cijfer meldingen

    Wat een melding is.
    """).with(SiteFixture.vision(body: "## Inleiding\n\nZie [de uitleg bij de cijfers](../factsheets/landelijk.md#cijfers)."))

    @Test("een kop 'Cijfers' in de tekst wordt cijfers-2: geen dubbel id, de inhoudsopgave en links wijzen naar de kop")
    func bodyHeadingGivesWay() async throws {
        let result = await build(Self.fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let sheet = try #require(site.html("factsheets/landelijk.html"))
        #expect(sheet.contains(#"<h2 id="cijfers-2">Cijfers</h2>"#))
        #expect(sheet.contains(#"<h2 id="cijfer-meldingen-2">Cijfer meldingen</h2>"#))
        #expect(sheet.contains(#"<tr id="cijfer-meldingen">"#))
        #expect(sheet.contains(##"<li><a href="#cijfers-2">Cijfers</a>"##))
        #expect(sheet.contains(##"Zie ook <a href="#cijfers-2">de uitleg</a>"##))
        let ids = Self.ids(in: sheet)
        #expect(ids.count == Set(ids).count, "dubbele ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        let vision = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(vision.contains(#"<a href="landelijk/landelijk.html#cijfers-2">de uitleg bij de cijfers</a>"#))
    }

    @Test("een link naar #wijzigingen zonder kop 'Wijzigingen' is een fout, niet stil de sectie van de pagina")
    func reservedIDWithoutHeading() async throws {
        let fixture = SiteFixture.valid.with(SiteFixture.vision(body: "## Inleiding\n\nZie [de wijzigingen](#wijzigingen)."))
        let found = await build(fixture).diagnostics.filter { $0.code == .brokenAnchor }
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message == "`#wijzigingen` is geen kop in haaglanden/regiovisie-2023-2026.md: de pagina gebruikt dat id zelf")
        #expect(diagnostic.location.line == 11)
    }

    @Test("staat 'Cijfers 2' vóór 'Cijfers', dan wijst #cijfers niet stil naar de verkeerde kop")
    func numberedHeadingFirst() async throws {
        let fixture = Self.fixture.with(SiteFixture.vision(body: "## Cijfers 2\n\nEerst.\n\n## Cijfers\n\nZie [de cijfers](#cijfers)."))
        let found = await build(fixture).diagnostics.filter { $0.code == .brokenAnchor }
        #expect(found.map(\.fixIt) == ["bedoelde u `#cijfers-3`?"])
    }

    @Test("elk id dat een sjabloon van het standaardthema zelf schrijft, staat in TemplateIDs.all")
    func everyTemplateIDIsReserved() throws {
        let folder = RepositoryPaths.defaultTheme.appendingPathComponent("templates")
        let templates = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(templates.count >= 10)
        var literal: [String: String] = [:]
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // An id made by the template from data (`id="{{rowID}}"`) is not a literal one.
            for id in Self.ids(in: text) where !id.contains("{") { literal[id] = name }
        }
        #expect(literal["cijfers"] == "document.mustache" || literal["cijfers"] == "municipality.mustache")
        let missing = literal.keys.filter { !TemplateIDs.all.contains($0) }.sorted()
        #expect(missing.isEmpty, "niet in TemplateIDs.all: \(missing.map { "\($0) (\(literal[$0]!))" })")
    }

    static func ids(in html: String) -> [String] {
        html.components(separatedBy: #" id=""#).dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
