@testable import RegioCore
import RegioTestSupport
import Testing

/// A linked file's name as it stands in a link: escaped where a URL needs it.
@Suite("Bestandsnamen in links")
struct FileNameURLTests {
    @Test("een bijlage met spatie, ? of # in de naam: de link is geëscaped en leidt naar het gekopieerde bestand")
    func escapedFileName() async throws {
        let vision = SiteFixture.vision(body: "Zie [het rapport](bijlagen/rapport%20versie%202%3F%20%23def.pdf) en [de kaart](bijlagen/kaart-2024.pdf).")
        let fixture = SiteFixture.valid.with(vision).with("""
            === haaglanden/bijlagen/rapport versie 2? #def.pdf
            %PDF-1.4
            === haaglanden/bijlagen/kaart-2024.pdf
            %PDF-1.4
            """)
        let result = await build(fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let page = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains(#"<a href="bijlagen/rapport%20versie%202%3F%20%23def.pdf">het rapport</a>"#), "\(page)")
        #expect(page.contains(#"<a href="bijlagen/kaart-2024.pdf">de kaart</a>"#), "a plain name stays as it is")
        #expect(site.file("haaglanden/bijlagen/rapport versie 2? #def.pdf") != nil)
        #expect(try LinkAudit.run(site).broken.isEmpty)
    }

    @Test("een naam met alleen letters, cijfers, - . _ gaat ongewijzigd; andere tekens als %XX", arguments: [
        ("regiovisie-2023_v2.html", "regiovisie-2023_v2.html"), ("a b.pdf", "a%20b.pdf"), ("50%.png", "50%25.png"), ("café.pdf", "caf%C3%A9.pdf"),
    ])
    func encoding(_ name: String, _ expected: String) {
        #expect(OutputPath(["map", name]).url(to: OutputPath(["map", name])) == expected)
    }
}
