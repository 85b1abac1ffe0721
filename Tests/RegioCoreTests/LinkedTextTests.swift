import RegioCore
import RegioTestSupport
import Testing

/// Web addresses in the plain text of data files become links on the page.
@Suite("Adressen in tekst uit regio.yaml")
struct LinkedTextTests {
    @Test("de bron van de indeling van een regio: elk adres een link, zonder de punt of het haakje erachter; de rest als tekst")
    func regionBasis() async throws {
        let region = (SiteFixture.valid.files["haaglanden/regio.yaml"] ?? "")
            + "bron: \"Indeling volgens <de regiovisie> (bron: https://example.org/visie?a=1&b=2). Zie ook http://ris.example.nl/x.\"\n"
        let result = await build(SiteFixture.valid.with("=== haaglanden/regio.yaml\n" + region))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/index.html"))
        #expect(page.contains(#"<dd>Indeling volgens &lt;de regiovisie&gt; (bron: <a href="https://example.org/visie?a=1&amp;b=2">https://example.org/visie?a=1&amp;b=2</a>). Zie ook <a href="http://ris.example.nl/x">http://ris.example.nl/x</a>.</dd>"#), "\(page)")
    }
}
