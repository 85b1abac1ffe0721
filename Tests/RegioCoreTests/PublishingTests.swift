import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegioCore
import RegioTestSupport
import Testing

/// Publishing anywhere: one region as a site of its own, the base URL, feeds, sitemap, robots and 404.
@Suite("Publiceren: losse regio, feeds, sitemap")
struct PublishingTests {
    /// The valid site with a second region whose vision links to Haaglanden, and the national factsheet
    /// showing a chart image beside it.
    static let twoRegions = SiteFixture.valid.with("""
    === west-brabant/regio.yaml
    naam: West-Brabant
    centrumgemeenten: [GM0758]
    gemeenten:
      - {code: GM0758, naam: Breda}
    === west-brabant/regiovisie-2024-2027.md
    ---
    type: regiovisie
    titel: Regiovisie West-Brabant
    status: vastgesteld
    vastgesteld_op: 2024-01-20
    periode: {van: 2024, tot: 2027}
    ---
    ## Samenwerking

    Wij leren van [de visie van Haaglanden](../haaglanden/regiovisie-2023-2026.md) en van [de landelijke cijfers](../factsheets/landelijk.md).
    === factsheets/grafiek.png
    PNG
    """).with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "---\nLandelijke cijfers.", with: "---\n![Meldingen per jaar](grafiek.png)"))

    func standalone(_ region: String, baseURL: BaseURL? = nil) async throws -> RenderedSite {
        let result = await build(Self.twoRegions, scope: .region(Slug(region)!), baseURL: baseURL)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return try #require(result.site)
    }

    @Test("een losse regio staat aan de wortel, bevat de landelijke factsheets en linkt nergens buiten zichzelf")
    func standaloneRegion() async throws {
        let site = try await standalone("haaglanden")
        let paths = Set(site.files.map(\.path.description))
        for expected in ["index.html", "regiovisie-2023-2026.html", "delft/index.html", "delft/plan-2024.html",
                         "landelijk/landelijk.html", "zoeken.html", "zoeken/index.js", "atom.xml", "404.html", "robots.txt",
                         "assets/regio.css", "assets/favicon.svg", "assets/zoeken.js"] {
            #expect(paths.contains(expected), "\(expected)")
        }
        #expect(!paths.contains { $0.hasPrefix("west-brabant/") || $0.hasPrefix("haaglanden/") || $0.hasPrefix("factsheets/") })
        let audit = try LinkAudit.run(site)
        #expect(audit.broken.isEmpty, "\(audit.broken)")
        #expect(audit.escaping.isEmpty, "\(audit.escaping)")
        #expect(audit.checked > 50)
        let index = try #require(site.html("index.html"))
        #expect(!index.contains("Alle regio&#39;s") && !index.contains("Alle regio's"), "no crumb to a portal that is not there")
        #expect(index.contains(#"<a class="site-title" href="index.html">"#))
    }

    @Test("de afbeelding van een landelijke factsheet gaat mee naar landelijk/ van elke regio")
    func nationalFilesTravelWithTheRegion() async throws {
        let whole = try #require(await build(Self.twoRegions).site)
        #expect(whole.file("factsheets/grafiek.png") != nil)
        #expect(whole.file("haaglanden/landelijk/grafiek.png") != nil)
        #expect(whole.html("haaglanden/landelijk/landelijk.html")?.contains(#"src="grafiek.png""#) == true)
        let region = try await standalone("west-brabant")
        #expect(region.file("landelijk/grafiek.png") != nil)
    }

    @Test("een link naar een andere regio wordt in een losse regio gewone tekst; in de hele site blijft hij")
    func crossRegionLinkBecomesText() async throws {
        let whole = try #require(await build(Self.twoRegions).site)
        let linked = try #require(whole.html("west-brabant/regiovisie-2024-2027.html"))
        #expect(linked.contains(#"<a href="../haaglanden/regiovisie-2023-2026.html">de visie van Haaglanden</a>"#))
        let alone = try #require(try await standalone("west-brabant").html("regiovisie-2024-2027.html"))
        #expect(alone.contains("Wij leren van de visie van Haaglanden en van <a href=\"landelijk/landelijk.html\">de landelijke cijfers</a>"))
        #expect(!alone.contains("haaglanden/"))
    }

    @Test("de kopie van een landelijke factsheet in een regio noemt alleen verwijzingen uit die regio; de landelijke pagina alle")
    func nationalCopyListsItsRegion() async throws {
        let site = try #require(await build(Self.twoRegions).site)
        let referredBy = { (page: String) throws -> Substring in
            let html = try #require(site.html(page))
            return html[try #require(html.range(of: #"<h2 id="verwezen-door">"#)).upperBound...]
        }
        let root = try referredBy("factsheets/landelijk.html")
        #expect(root.contains("Regiovisie 2023-2026") && root.contains("Regiovisie West-Brabant"))
        let haaglanden = try referredBy("haaglanden/landelijk/landelijk.html")
        #expect(haaglanden.contains("Regiovisie 2023-2026") && !haaglanden.contains("West-Brabant"))
    }

    @Test("de kopie van een landelijke factsheet in een regio: dezelfde tekst als in elke regio, het kruimelpad van de regio, gemeentenamen en links vanuit de regio")
    func nationalCopiesInTheRegions() async throws {
        let fixture = SiteFixture.valid.with("""
        === utrecht/regio.yaml
        naam: Utrecht
        centrumgemeenten: [GM0344]
        gemeenten:
          - {code: GM0344, naam: Utrecht}
        === factsheets/per-gemeente.md
        ---
        type: factsheet
        titel: Meldingen per gemeente
        status: vastgesteld
        vastgesteld_op: 2024-01-10
        schaal: landelijk
        bron: {naam: CBS}
        cijfers:
          - {label: Meldingen, waarde: 610, eenheid: meldingen, jaar: 2023, gemeente: GM0503}
        ---
        Per gemeente.
        === factsheets/met-link.md
        ---
        type: factsheet
        titel: Met een link
        status: vastgesteld
        vastgesteld_op: 2024-01-10
        schaal: landelijk
        bron: {naam: CBS}
        cijfers:
          - {label: Meldingen, waarde: 1, eenheid: meldingen, jaar: 2023}
        ---
        Zie [de visie](../haaglanden/regiovisie-2023-2026.md).
        """)
        let result = await build(fixture)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        // From the header to the references, which are the region's own.
        func text(_ page: String) throws -> Substring {
            let header = try #require(page.range(of: #"<header class="document-header">"#))
            let start = try #require(page[header.upperBound...].range(of: "</header>"))
            let end = try #require(page.range(of: #"<section class="related" aria-labelledby="verw"#) ?? page.range(of: "</article>"))
            return page[start.upperBound..<end.lowerBound]
        }
        let haaglanden = try #require(site.html("haaglanden/landelijk/landelijk.html"))
        let utrecht = try #require(site.html("utrecht/landelijk/landelijk.html"))
        #expect(try text(haaglanden).contains("Landelijke cijfers."))
        #expect(try text(haaglanden) == text(utrecht))
        #expect(haaglanden.contains(#"<li><a href="../index.html">Haaglanden</a></li>"#))
        #expect(utrecht.contains(#"<li><a href="../index.html">Utrecht</a></li>"#))
        // A municipality's name is looked up in the region: Delft is a member of Haaglanden only.
        let named = try #require(site.html("haaglanden/landelijk/per-gemeente.html"))
        let coded = try #require(site.html("utrecht/landelijk/per-gemeente.html"))
        #expect(named.contains("Meldingen (Delft)"))
        #expect(coded.contains("Meldingen (GM0503)"))
        // A link to a region's document leads elsewhere from each region.
        #expect(site.html("haaglanden/landelijk/met-link.html")?.contains(#"<a href="../regiovisie-2023-2026.html">de visie</a>"#) == true)
        #expect(site.html("utrecht/landelijk/met-link.html")?.contains(#"<a href="../../haaglanden/regiovisie-2023-2026.html">de visie</a>"#) == true)
    }

    @Test("zonder basisadres: geen canonical en geen sitemap; robots.txt zonder Sitemap-regel")
    func withoutBaseURL() async throws {
        let site = try #require(await build(Self.twoRegions).site)
        #expect(site.file("sitemap.xml") == nil)
        #expect(site.html("robots.txt") == "User-agent: *\nAllow: /\n")
        #expect(site.html("index.html")?.contains("rel=\"canonical\"") == false)
    }

    @Test("met --base-url: canonical per pagina, sitemap met volledige adressen zonder 404, robots wijst de sitemap aan")
    func withBaseURL() async throws {
        let base = try #require(BaseURL("https://www.voorbeeld.nl/huiselijk-geweld"))
        let site = try #require(await build(Self.twoRegions, baseURL: base).site)
        #expect(site.html("haaglanden/delft/plan-2024.html")?.contains(
            #"<link rel="canonical" href="https://www.voorbeeld.nl/huiselijk-geweld/haaglanden/delft/plan-2024.html">"#) == true)
        let sitemap = try #require(site.html("sitemap.xml"))
        let locations = try sitemap.matches(of: Regex(#"<loc>([^<]*)</loc>"#)).map { String($0.output[1].substring ?? "") }
        let pages = site.files.map(\.path.description).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(locations == pages.map { "https://www.voorbeeld.nl/huiselijk-geweld/" + $0 }.sorted())
        #expect(try XMLDocumentCheck.isWellFormed(sitemap))
        #expect(site.html("robots.txt")?.contains("Sitemap: https://www.voorbeeld.nl/huiselijk-geweld/sitemap.xml\n") == true)
        // A national factsheet's copy in a region names the root page as the original.
        let original = #"<link rel="canonical" href="https://www.voorbeeld.nl/huiselijk-geweld/factsheets/landelijk.html">"#
        #expect(site.html("factsheets/landelijk.html")?.contains(original) == true)
        #expect(site.html("haaglanden/landelijk/landelijk.html")?.contains(original) == true)
        // A standalone region's addresses start at its own root; there the copy is the only page.
        let region = try await standalone("haaglanden", baseURL: base)
        #expect(region.html("sitemap.xml")?.contains("<loc>https://www.voorbeeld.nl/huiselijk-geweld/delft/plan-2024.html</loc>") == true)
        #expect(region.html("landelijk/landelijk.html")?.contains(
            #"<link rel="canonical" href="https://www.voorbeeld.nl/huiselijk-geweld/landelijk/landelijk.html">"#) == true)
    }

    @Test("een ongeldige basis_url in site.yaml is een fout op zijn regel")
    func invalidBaseURL() async throws {
        let result = await build(SiteFixture.valid.with("=== site.yaml\ntitel: Testsite\nbasis_url: www.voorbeeld.nl\n"))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .invalidValue })
        #expect(diagnostic.location.file == "site.yaml" && diagnostic.location.line == 2)
        #expect(diagnostic.message == "`basis_url` `www.voorbeeld.nl` kan niet: het is geen volledig webadres: het begint met https:// en de naam van de website")
        #expect(diagnostic.fixIt?.contains("https://") == true)
        #expect(BaseURL("ftp://voorbeeld.nl") == nil && BaseURL("https://voorbeeld.nl/?a=1") == nil)
        #expect(BaseURL("https://voorbeeld.nl/hg")?.description == "https://voorbeeld.nl/hg/")
    }

    @Test("de Atom-feed per regio: vastgestelde documenten, nieuwste eerst, relatieve links die bestaan, vaste id's")
    func atomFeed() async throws {
        let site = try #require(await build(Self.twoRegions).site)
        let feed = try #require(site.html("haaglanden/atom.xml"))
        #expect(try XMLDocumentCheck.isWellFormed(feed))
        #expect(feed.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">"#))
        // The plan is a concept without a date: only the vision is in the feed.
        let titles = try feed.matches(of: Regex(#"<entry>\n<title>([^<]*)</title>"#)).map { String($0.output[1].substring ?? "") }
        #expect(titles == ["Regiovisie 2023-2026"])
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="regiovisie-2023-2026.html"/>"#))
        #expect(feed.contains("<updated>2023-03-16T00:00:00Z</updated>"))
        let ids = try feed.matches(of: Regex(#"<id>(urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})</id>"#))
        #expect(ids.count == 2)
        let again = try #require(await build(Self.twoRegions).site?.html("haaglanden/atom.xml"))
        #expect(again == feed)
        let base = try #require(BaseURL("https://www.voorbeeld.nl/"))
        let absolute = try #require(await build(Self.twoRegions, baseURL: base).site?.html("haaglanden/atom.xml"))
        #expect(absolute.contains("<id>https://www.voorbeeld.nl/haaglanden/regiovisie-2023-2026.html</id>"))
        #expect(site.html("haaglanden/index.html")?.contains(#"<link rel="alternate" type="application/atom+xml""#) == true)
    }

    @Test("de 404-pagina: aan de wortel; met het basisadres links vanaf de wortel van de host, zodat ze op elke hostnaam en in elke submap werken")
    func notFoundPage() async throws {
        let plain = try #require(await build(Self.twoRegions).site?.html("404.html"))
        #expect(plain.contains("<h1>Pagina niet gevonden</h1>"))
        #expect(plain.contains(#"href="assets/regio.css""#))
        let base = try #require(BaseURL("https://www.voorbeeld.nl/hg/"))
        let rooted = try #require(await build(Self.twoRegions, baseURL: base).site?.html("404.html"))
        // Not https://www.voorbeeld.nl/…: a visitor on voorbeeld.nl or http:// would get a stylesheet the CSP ('self') blocks.
        #expect(rooted.contains(#"href="/hg/assets/regio.css""#))
        #expect(rooted.contains(#"<a href="/hg/index.html">Naar de startpagina</a>"#))
        #expect(!rooted.contains("https://www.voorbeeld.nl/hg/assets"))
    }

    @Test("een losse regio gebruikt de basis_url van de hele site niet, en zegt dat; met --base-url wel het eigen adres")
    func regionSetsAsideWholeSiteBaseURL() async throws {
        let fixture = Self.twoRegions.with("=== site.yaml\n" + (Self.twoRegions.files["site.yaml"] ?? "") + "basis_url: https://www.voorbeeld.nl/beleid/\n")
        let region = await build(fixture, scope: .region(try #require(Slug("haaglanden"))))
        #expect(region.diagnostics.isEmpty, "\(region.diagnostics.map(\.message))")
        #expect(region.notes.count == 1 && region.notes[0].hasPrefix("basis_url in site.yaml (https://www.voorbeeld.nl/beleid/) is het adres van de hele site"))
        let page = try #require(region.site?.html("index.html"))
        #expect(!page.contains("rel=\"canonical\""), "no address that exists on neither site")
        #expect(region.site?.file("sitemap.xml") == nil)
        let own = await build(fixture, scope: .region(try #require(Slug("haaglanden"))), baseURL: BaseURL("https://haaglanden.voorbeeld.nl/"))
        #expect(own.notes.isEmpty)
        #expect(own.site?.html("index.html")?.contains(#"<link rel="canonical" href="https://haaglanden.voorbeeld.nl/index.html">"#) == true)
        #expect(await build(fixture).notes.isEmpty, "the whole site uses it")
    }

    @Test("een basisadres dat niet kan, zegt waarom", arguments: [
        ("https://www.gemeente.nl/beleid/index.html", "het eindigt op `index.html`, een pagina; het adres van de map is `https://www.gemeente.nl/beleid/`"),
        ("https://www.gemeente.nl/beleid huiselijk geweld/", "er staat een spatie in"),
        ("https://beheer:geheim@www.gemeente.nl/beleid/", "er staan een gebruikersnaam of wachtwoord in"),
        ("https://www.gemeente.nl/beleid//", "er staan twee / achter elkaar in de map"),
        ("www.gemeente.nl/beleid/", "het is geen volledig webadres"),
        ("https://www.gemeente.nl/beleid/?pagina=1", "er staat een ? of # in"),
    ])
    func baseURLProblems(_ text: String, _ reason: String) async throws {
        #expect(BaseURL(text) == nil)
        #expect(BaseURL.problem(with: text)?.hasPrefix(reason) == true, "\(BaseURL.problem(with: text) ?? "nil")")
        let site = (Self.twoRegions.files["site.yaml"] ?? "") + "basis_url: \"\(text)\"\n"
        let diagnostic = try #require(await build(Self.twoRegions.with("=== site.yaml\n" + site)).diagnostics.first)
        #expect(diagnostic.code == .invalidValue && diagnostic.location.file == "site.yaml")
        #expect(diagnostic.message.contains(reason), "\(diagnostic.message)")
    }

    @Test("een goed basisadres: zonder / aan het eind krijgt het er een; het pad vanaf de wortel van de host")
    func baseURLPath() throws {
        #expect(BaseURL("https://www.gemeente.nl/beleid")?.description == "https://www.gemeente.nl/beleid/")
        #expect(BaseURL("https://www.gemeente.nl/beleid")?.path == "/beleid/")
        #expect(BaseURL("https://www.gemeente.nl")?.path == "/")
    }
}

/// Well-formedness by Foundation's XML parser: a feed or sitemap that a reader cannot parse fails here.
enum XMLDocumentCheck {
    static func isWellFormed(_ text: String) throws -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
