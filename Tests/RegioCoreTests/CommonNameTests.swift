import RegioCore
import RegioTestSupport
import Testing

/// `roepnaam` in regio.yaml: the name residents use, shown where they look for it.
@Suite("Roepnaam van een gemeente")
struct CommonNameTests {
    static func site(commonName: String) -> SiteFixture {
        let region = (SiteFixture.valid.files["haaglanden/regio.yaml"] ?? "")
            .replacingOccurrences(of: #"{code: GM0518, naam: "'s-Gravenhage", slug: den-haag}"#,
                                  with: #"{code: GM0518, naam: "'s-Gravenhage", roepnaam: "\#(commonName)", slug: den-haag}"#)
        return SiteFixture.valid.with("=== haaglanden/regio.yaml\n" + region)
    }

    @Test("de site toont de roepnaam in lijsten, kop en kruimelpad, en de officiële naam bij de feiten van de gemeente")
    func shownWhereReadersLook() async throws {
        let result = await build(Self.site(commonName: "Den Haag"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<a href="den-haag/index.html">Den Haag</a>"#) && !region.contains("s-Gravenhage</a>"))
        let page = try #require(site.html("haaglanden/den-haag/index.html"))
        #expect(page.contains("<h1>Gemeente Den Haag</h1>"))
        #expect(page.contains("<dt>Officiële naam</dt><dd>&#39;s-Gravenhage</dd>"))
        // The code says what it is: a reader does not know "CBS-code".
        #expect(page.contains("<dt>Gemeentecode (CBS)</dt><dd>GM0518</dd>"), "\(page)")
        #expect(page.contains("<title>Den Haag · Testsite</title>"))
    }

    @Test("de zoekfunctie vindt de gemeente op roepnaam en officiële naam, met de roepnaam als titel")
    func foundByBothNames() async throws {
        let site = try #require(await build(Self.site(commonName: "Den Haag")).site)
        let all = try SearchIndexTests.records(site)
        let page = try #require(all.firstIndex { $0[1] == "haaglanden/den-haag/index.html" })
        #expect(all[page][0] == "Den Haag")
        for term in ["den", "haag", "gravenhage"] {
            let postings = try #require(try SearchIndexTests.terms(site, key: String(term.prefix(1)))[term], "\(term)")
            #expect(postings.first == page, "\(term) finds the municipality's page first")
        }
    }

    @Test("een roepnaam gelijk aan de naam voegt niets toe: geen officiële naam ernaast")
    func sameAsOfficialName() async throws {
        let site = try #require(await build(Self.site(commonName: "'s-Gravenhage")).site)
        let page = try #require(site.html("haaglanden/den-haag/index.html"))
        #expect(page.contains("<h1>Gemeente &#39;s-Gravenhage</h1>") && !page.contains("Officiële naam"))
    }

    @Test("een factsheet die de gemeente bij haar roepnaam noemt, krijgt haar code als oplossing")
    func factsheetByCommonName() async throws {
        let fixture = Self.site(commonName: "Haagse gemeente").with("""
            === haaglanden/factsheets/meldingen.md
            ---
            type: factsheet
            titel: Meldingen
            status: concept
            schaal: gemeente
            gemeente: Haagse gemeente
            peiljaar: 2023
            bron: {naam: Veilig Thuis Haaglanden}
            cijfers:
              - {label: Meldingen, waarde: 10, eenheid: meldingen, jaar: 2023}
            ---
            Tekst.
            """)
        let diagnostic = try #require(await build(fixture).diagnostics.first)
        #expect(diagnostic.fixIt?.contains("GM0518") == true, "\(diagnostic.message) \(diagnostic.fixIt ?? "")")
    }
}
