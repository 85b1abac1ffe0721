import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// How a reader finds the way: breadcrumbs, contents, metadata, references both ways, versions,
/// municipality and theme pages, on the bundled example.
@Suite("Navigatie op de voorbeeldsite")
struct NavigationTests {
    static func site() async throws -> RenderedSite {
        try #require(await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent)).site)
    }

    @Test("een documentpagina: kruimelpad portaal › regio › gemeente › document, metadata in woorden, verwijzingen beide kanten op")
    func documentPage() async throws {
        let page = try #require(try await Self.site().html("haaglanden/den-haag/beleidsplan-2024-2027.html"))
        #expect(page.contains("""
        <li><a href="../../index.html">Alle regio&#39;s</a></li>
        <li><a href="../index.html">Haaglanden</a></li>
        <li><a href="index.html">Den Haag</a></li>
        <li><span aria-current="page">Beleidsplan aanpak huiselijk geweld en kindermishandeling Den Haag 2024-2027</span></li>
        """))
        #expect(page.contains("<dt>Vastgesteld op</dt><dd>8 februari 2024</dd>"))
        #expect(page.contains("<dt>Periode</dt><dd>2024–2027</dd>"))
        let refersTo = try #require(page.range(of: #"<h2 id="verwijst-naar">"#))
        #expect(page[refersTo.upperBound...].contains(#"<a href="../regiovisie-2023-2026.html">"#))
        let vision = try #require(try await Self.site().html("haaglanden/regiovisie-2023-2026.html"))
        let referredBy = try #require(vision.range(of: #"<h2 id="verwezen-door">"#))
        #expect(vision[referredBy.upperBound...].contains(#"<a href="den-haag/beleidsplan-2024-2027.html">"#))
    }

    @Test("een plan noemt zijn regiovisie met link; onder een vervallen visie zegt een balk welke nu geldt; regio en gemeente linken")
    func planNamesItsVision() async throws {
        let page = try #require(try await Self.site().html("west-brabant/breda/beleidsplan-2023-2026.html"))
        #expect(page.contains(#"<dt>Regiovisie</dt><dd><a href="../regiovisie-2022-2025.html">Regiovisie huiselijk geweld en kindermishandeling West-Brabant 2022-2025 (vervallen)</a></dd>"#))
        #expect(page.contains(#"<dt>Regio</dt><dd><a href="../index.html">West-Brabant</a></dd>"#))
        #expect(page.contains(#"<dt>Gemeente</dt><dd><a href="index.html">Breda (GM0758)</a></dd>"#))
        #expect(page.contains(#"<p class="banner" role="note">Dit plan hoort bij een eerdere regiovisie: <a href="../regiovisie-2022-2025.html">"#))
        #expect(page.contains(#"De geldende regiovisie is <a href="../regiovisie-2026-2029.html">"#))
        // A plan under the vision in force has no such banner.
        let current = try #require(try await Self.site().html("haaglanden/den-haag/beleidsplan-2024-2027.html"))
        #expect(!current.contains("eerdere regiovisie") && !current.contains(#"class="banner""#))
    }

    @Test("een plan dat vooruitloopt op de komende regiovisie heet niet 'bij een eerdere regiovisie'")
    func planAheadOfItsVision() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let vision = try #require(example.files["haaglanden/regiovisie-2023-2026.md"])
            .replacingOccurrences(of: "status: vastgesteld\nvastgesteld_op: 2023-03-16\nversie: \"1.0\"\nperiode: {van: 2023, tot: 2026}",
                                  with: "status: concept\nperiode: {van: 2027, tot: 2030}")
            .replacingOccurrences(of: "vorige: haaglanden/regiovisie-2019-2022", with: "vorige: haaglanden/regiovisie-2023-2026")
            .replacingOccurrences(of: "Haaglanden 2023-2026\"", with: "Haaglanden 2027-2030\"")
        let plan = try #require(example.files["haaglanden/den-haag/beleidsplan-2024-2027.md"])
            .replacingOccurrences(of: "status: vastgesteld\nvastgesteld_op: 2024-02-08\nversie: \"1.0\"", with: "status: concept")
            .replacingOccurrences(of: "regiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2024, tot: 2027}",
                                  with: "regiovisie: haaglanden/regiovisie-2027-2030\nperiode: {van: 2027, tot: 2030}")
            .replacingOccurrences(of: "Den Haag 2024-2027\"", with: "Den Haag 2027-2030\"")
        let fixture = example.with("=== haaglanden/regiovisie-2027-2030.md\n" + vision + "=== haaglanden/den-haag/beleidsplan-2027-2030.md\n" + plan)
        #expect(fixture.files["haaglanden/regiovisie-2027-2030.md"]?.contains("periode: {van: 2027, tot: 2030}") == true)
        #expect(fixture.files["haaglanden/den-haag/beleidsplan-2027-2030.md"]?.contains("regiovisie: haaglanden/regiovisie-2027-2030") == true)
        let result = await build(fixture, today: DayDate(year: 2026, month: 11, day: 27))
        let page = try #require(result.site?.html("haaglanden/den-haag/beleidsplan-2027-2030.html"), "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        #expect(page.contains(#"<p class="banner" role="note">Dit plan hoort bij de komende regiovisie: <a href="../regiovisie-2027-2030.html">"#))
        #expect(page.contains(#"De geldende regiovisie is <a href="../regiovisie-2023-2026.html">"#))
        #expect(!page.contains("eerdere regiovisie"))
    }

    @Test("een vastgesteld plan waarvan de jaren voorbij zijn, zegt dat bovenaan, met het nieuwste plan van de gemeente als dat er is")
    func endedPlan() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let yearly = try #require(try await Self.site().html("haaglanden/zoetermeer/uitvoeringsplan-2024.html"))
        #expect(yearly.contains(#"<p class="banner" role="note">De looptijd van dit plan liep tot en met 2024. De gemeente heeft op deze site nog geen nieuwer plan.</p>"#))
        // A plan whose years are not over has none.
        let running = try #require(try await Self.site().html("haaglanden/den-haag/beleidsplan-2024-2027.html"))
        #expect(!running.contains("De looptijd van dit plan"))
        // With a newer plan of the municipality, the banner leads to it.
        let plan = try #require(example.files["haaglanden/zoetermeer/uitvoeringsplan-2024.md"])
        let next = plan.replacingOccurrences(of: "periode: {van: 2024, tot: 2024}", with: "periode: {van: 2026, tot: 2026}")
            .replacingOccurrences(of: "2024\"", with: "2026\"")
        #expect(next.contains("periode: {van: 2026, tot: 2026}"))
        let result = await build(example.with("=== haaglanden/zoetermeer/uitvoeringsplan-2026.md\n" + next))
        let page = try #require(result.site?.html("haaglanden/zoetermeer/uitvoeringsplan-2024.html"))
        #expect(page.contains(#"De looptijd van dit plan liep tot en met 2024. Het nieuwste plan van de gemeente is <a href="uitvoeringsplan-2026.html">"#), "\(page.prefix(3000))")
    }

    @Test("de regio en de gemeente tonen bij elk plan hoeveel eisen van de toetsing het dekt")
    func coverageInLists() async throws {
        let site = try await Self.site()
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<li><a href="den-haag/beleidsplan-2024-2027.html">Beleidsplan aanpak huiselijk geweld en kindermishandeling Den Haag 2024-2027</a> <span class="doc-meta">Lokaal plan · 2024–2027 · vastgesteld · Toetsing: 7 van 7 eisen gedekt</span></li>"#))
        let municipality = try #require(site.html("haaglanden/den-haag/index.html"))
        #expect(municipality.contains("</span></span>\n<span class=\"doc-meta\">Toetsing: 7 van 7 eisen gedekt</span>\n<p class=\"doc-summary\">"))
        // A factsheet is not judged, and says nothing of it.
        let factsheets = try #require(site.html("haaglanden/factsheets/index.html") ?? site.html("haaglanden/index.html"))
        #expect(!factsheets.contains("Toetsing: 0 van"))
    }

    @Test("de startpagina: de sitetitel één keer in de titelbalk, en centrumgemeenten in het meervoud als het er twee zijn")
    func portalWording() async throws {
        let site = try await Self.site()
        let portal = try #require(site.html("index.html"))
        #expect(portal.contains("<title>Beleid huiselijk geweld en kindermishandeling</title>"), "\(portal.prefix(600))")
        #expect(portal.contains("<p>Centrumgemeenten: Den Haag, Delft"))
        #expect(portal.contains("<p>Centrumgemeente: Assen") || portal.contains("<p>Centrumgemeente: Emmen"))
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains("<title>Haaglanden · Beleid huiselijk geweld en kindermishandeling</title>"))
        // "vastgesteld · vastgesteld op …" said the status twice; a superseded version keeps both facts.
        #expect(region.contains(#"<span class="status status-vastgesteld">vastgesteld op 16 maart 2023</span></span>"#))
        #expect(region.contains(#"<span class="status status-vervallen">vervallen</span> · vastgesteld op 14 maart 2019</span>"#))
        #expect(!region.contains("vastgesteld · vastgesteld op"))
    }

    @Test("een concept krijgt bovenaan een balk dat het nog niet is vastgesteld")
    func conceptBanner() async throws {
        let site = try #require(await build(SiteFixture.valid).site)
        let plan = try #require(site.html("haaglanden/delft/plan-2024.html"))
        #expect(plan.contains("<p class=\"banner\" role=\"note\">Dit is een concept: het is nog niet vastgesteld en kan nog veranderen.</p>"))
        #expect(site.html("haaglanden/regiovisie-2023-2026.html")?.contains("Dit is een concept") == false)
    }

    @Test("de inhoudsopgave nest paragrafen onder hun hoofdstuk, met de ids van de koppen")
    func tableOfContents() async throws {
        let page = try #require(try await Self.site().html("haaglanden/regiovisie-2023-2026.html"))
        let start = try #require(page.range(of: #"<nav class="toc""#))
        let end = try #require(page[start.upperBound...].range(of: "</nav>"))
        let toc = page[start.lowerBound..<end.upperBound]
        #expect(toc.contains("""
        <li><a href="#inleiding">Inleiding</a>
        <ol>
        <li><a href="#aanleiding">Aanleiding</a></li>
        """))
        // Every entry points at a heading of the body.
        let ids = try toc.matches(of: Regex(##"href="#([^"]+)""##)).map { String($0.output[1].substring ?? "") }
        #expect(ids.count > 10)
        for id in ids { #expect(page.contains(#"<h2 id="\#(id)">"#) || page.contains(#"<h3 id="\#(id)">"#), "\(id)") }
    }

    @Test("een regiovisie wijst naar haar vorige en nieuwere versie")
    func previousAndNextVersion() async throws {
        let site = try await Self.site()
        let old = try #require(site.html("haaglanden/regiovisie-2019-2022.html"))
        #expect(old.contains(#"Nieuwere versie: <a href="regiovisie-2023-2026.html" rel="next">"#))
        #expect(!old.contains("Vorige versie:"))
        let current = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(current.contains(#"Vorige versie: <a href="regiovisie-2019-2022.html" rel="prev">"#))
        #expect(current.contains(#"Nieuwere versie: <a href="regiovisie-2027-2030.html" rel="next">"#))
        let newest = try #require(site.html("haaglanden/regiovisie-2027-2030.html"))
        #expect(newest.contains(#"Vorige versie: <a href="regiovisie-2023-2026.html" rel="prev">"#))
        #expect(!newest.contains("Nieuwere versie:"))
    }

    @Test("onder elke pagina staat waar een bewoner in nood hulp vindt: Veilig Thuis en 112, als telefoonlink; ook in het Engels")
    func helpLineInFooter() async throws {
        let site = try await Self.site()
        let line = #"<p class="help-line">Hulp nodig? Bel Veilig Thuis: <a href="tel:08002000">0800-2000</a> (gratis, dag en nacht). Bij direct gevaar: <a href="tel:112">112</a>.</p>"#
        for path in ["index.html", "haaglanden/index.html", "haaglanden/regiovisie-2023-2026.html", "haaglanden/den-haag/index.html", "zoeken.html", "404.html"] {
            let page = try #require(site.html(path), "\(path)")
            let footer = try #require(page.range(of: #"<footer class="site-footer">"#), "\(path)")
            #expect(page[footer.upperBound...].contains(line), "\(path)")
        }
        let english = try #require(await build(SiteFixture.valid.with("=== site.yaml\ntitel: Testsite\ntaal: en\n")).site)
        #expect(english.html("index.html")?.contains(#"Need help? Call Veilig Thuis, the Dutch helpline for domestic violence and child abuse: <a href="tel:08002000">0800-2000</a> (free, day and night). In immediate danger: <a href="tel:112">112</a>.</p>"#) == true)
    }

    @Test("een thema dat geen document bij themas noemt, zegt dat zonder te beweren dat geen tekst erover gaat, en zoekt op de naam")
    func themeWithoutDocuments() async throws {
        let page = try #require(try await Self.site().html("haaglanden/themas/mensenhandel.html"))
        #expect(page.contains(#"<p>Nog geen document is bij dit thema ingedeeld. <a href="../zoeken.html?q=Mensenhandel%20en%20huiselijke%20uitbuiting">Zoek in de teksten naar ‘Mensenhandel en huiselijke uitbuiting’</a>.</p>"#))
        #expect(!page.contains("geen documenten over dit thema"))
        let partner = try #require(try await Self.site().html("haaglanden/themas/partnergeweld.html"))
        #expect(!partner.contains("Nog geen document"))
    }

    @Test("de inhoudsopgave van een factsheet begint bij de cijfers, die vóór de tekst staan")
    func factsheetContentsNameTheFigures() async throws {
        let page = try #require(try await Self.site().html("haaglanden/factsheets/den-haag-huisverboden.html"))
        let toc = try #require(page.range(of: #"<nav class="toc" aria-labelledby="inhoudsopgave">"#))
        #expect(page[toc.upperBound...].hasPrefix("""

        <h2 id="inhoudsopgave">Inhoudsopgave</h2>
        <ol>
        <li><a href="#cijfers">Cijfers</a></li>
        <li><a href="#de-cijfers">De cijfers</a>
        """), "\(page[toc.upperBound...].prefix(300))")
        #expect(page.contains(#"<h2 id="cijfers">Cijfers</h2>"#))
    }

    @Test("op de regiopagina zijn komende en eerdere versies en de tijdlijn eigen hoofdstukken, geen onderdeel van de huidige regiovisie")
    func regionOutline() async throws {
        let page = try #require(try await Self.site().html("haaglanden/index.html"))
        let headings = try page.matches(of: Regex(#"<h([1-6])[^>]*>([^<]*)<"#)).map { "\($0.output[1].substring ?? "") \($0.output[2].substring ?? "")" }
        let current = try #require(headings.firstIndex(of: "2 Huidige regiovisie"))
        #expect(Array(headings[current...].prefix(4)) == ["2 Huidige regiovisie", "2 Komende versies", "2 Eerdere versies", "2 Tijdlijn van de regiovisie"], "\(headings)")
        #expect(!page.contains("<h3 id=\"komende-versies\"") && !page.contains("<h3 id=\"eerdere-versies\"") && !page.contains("<h3 id=\"tijdlijn\""))
    }

    @Test("de balken (nieuwere versie, eerdere regiovisie) staan na de h1 en de samenvatting: wie naar de kop springt, hoort ze")
    func bannersFollowTheHeading() async throws {
        let site = try await Self.site()
        for path in ["haaglanden/regiovisie-2019-2022.html", "west-brabant/breda/beleidsplan-2023-2026.html"] {
            let page = try #require(site.html(path))
            let heading = try #require(page.range(of: "<h1>"), "\(path)")
            let banner = try #require(page.range(of: #"<p class="banner" role="note">"#), "\(path)")
            let facts = try #require(page.range(of: #"<dl class="facts">"#), "\(path)")
            #expect(heading.upperBound < banner.lowerBound && banner.upperBound < facts.lowerBound, "\(path)")
            if let lead = page.range(of: #"<p class="lead">"#) { #expect(lead.upperBound < banner.lowerBound, "\(path)") }
        }
    }

    @Test("een concept van een nieuwere regiovisie heet op de geldende geen nieuwere versie, maar een conceptversie in voorbereiding")
    func conceptIsNoNewerVersion() async throws {
        let concept = """
            === haaglanden/regiovisie-2027-2030.md
            ---
            type: regiovisie
            titel: Regiovisie 2027-2030
            status: concept
            periode: {van: 2027, tot: 2030}
            vorige: haaglanden/regiovisie-2023-2026
            ---
            \(SiteFixture.visionSections)
            """
        let older = """
            === haaglanden/regiovisie-2019-2022.md
            ---
            type: regiovisie
            titel: Regiovisie 2019-2022
            status: vervallen
            vastgesteld_op: 2019-03-14
            periode: {van: 2019, tot: 2022}
            ---
            \(SiteFixture.visionSections)
            """
        let result = await build(SiteFixture.valid.with(concept).with(older).with(SiteFixture.vision("vorige: haaglanden/regiovisie-2019-2022", body: "")))
        let site = try #require(result.site, "\(result.diagnostics.map(\.message))")
        let current = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(current.contains(#"<p class="banner" role="note">Er is een conceptversie in voorbereiding: <a href="regiovisie-2027-2030.html">Regiovisie 2027-2030</a> (2027–2030).</p>"#))
        #expect(!current.contains("Er is een nieuwere versie"))
        #expect(current.contains(#"Nieuwere versie: <a href="regiovisie-2027-2030.html" rel="next">Regiovisie 2027-2030</a> <span class="doc-meta">2027–2030 · concept</span>"#))
        // The superseded version points past the concept to the version in force.
        let old = try #require(site.html("haaglanden/regiovisie-2019-2022.html"))
        #expect(old.contains(#"<p class="banner" role="note">Er is een nieuwere versie van deze regiovisie: <a href="regiovisie-2023-2026.html">Regiovisie 2023-2026</a> (2023–2026).</p>"#))
    }

    @Test("een regiovisie waarvan de periode nog moet beginnen staat onder komende versies, niet onder eerdere; ook als ze al is vastgesteld, en dan zegt de geldende tot wanneer zij geldt, geen ‘nieuwere versie’")
    func upcomingVision() async throws {
        let next = """
            === haaglanden/regiovisie-2027-2030.md
            ---
            type: regiovisie
            titel: Regiovisie 2027-2030
            status: vastgesteld
            vastgesteld_op: 2026-10-01
            periode: {van: 2027, tot: 2030}
            vorige: haaglanden/regiovisie-2023-2026
            ---
            \(SiteFixture.visionSections)
            """
        let site = try #require(await build(SiteFixture.valid.with(next)).site)
        let inForce = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(inForce.contains(#"<p class="banner" role="note">Deze regiovisie geldt tot en met 2026. De opvolger is al vastgesteld: <a href="regiovisie-2027-2030.html">Regiovisie 2027-2030</a> (2027–2030).</p>"#), "\(inForce)")
        #expect(!inForce.contains("Er is een nieuwere versie"))
        let page = try #require(site.html("haaglanden/index.html"))
        let upcoming = try #require(page.range(of: #"<h2 id="komende-versies">Komende versies</h2>"#))
        let current = try #require(page.range(of: #"<h2 id="regiovisie">"#))
        #expect(page[current.upperBound..<upcoming.lowerBound].contains("regiovisie-2023-2026.html"))
        #expect(page[upcoming.upperBound...].prefix(600).contains("regiovisie-2027-2030.html"))
        #expect(!page.contains(#"id="eerdere-versies""#), "no version lies before the current one")
    }

    @Test("een gemeentepagina: plannen, de regiovisie en de cijfers die haar aangaan")
    func municipalityPage() async throws {
        let page = try #require(try await Self.site().html("haaglanden/den-haag/index.html"))
        #expect(page.contains("<h1>Gemeente Den Haag</h1>"))
        #expect(page.contains("<dt>Officiële naam</dt><dd>&#39;s-Gravenhage</dd>"), "the official name beside the common one")
        #expect(page.contains(#"<a href="beleidsplan-2024-2027.html">"#))
        #expect(page.contains(#"<a href="../regiovisie-2023-2026.html">"#))
        // The note of the factsheet under the label, and the unit beside the value for a phone, where the unit column is hidden.
        #expect(page.contains(#"<th scope="row">Opgelegde tijdelijke huisverboden in Den Haag<br><small>Cijfer zoals genoemd in een nieuwsbericht van het AD (2017); geen officiële registratie.</small></th><td class="num">336<span class="unit-inline"> huisverboden</span></td><td class="unit">huisverboden</td>"#))
        #expect(page.contains(#"<th scope="col" class="unit">Eenheid</th>"#))
        #expect(page.contains(#"<a href="../factsheets/den-haag-huisverboden.html">"#))
    }

    @Test("een themapagina toont documenten uit alle regio's, kort, met per regio een link; in een regio alleen die van de regio en landelijk, met samenvatting")
    func themePages() async throws {
        let site = try await Self.site()
        let all = try #require(site.html("themas/partnergeweld.html"))
        for region in ["Drenthe", "Haaglanden", "West-Brabant"] { #expect(all.contains("<h2>\(region)</h2>"), "\(region)") }
        #expect(all.contains(#"href="../haaglanden/regiovisie-2023-2026.html""#))
        // Across all regions each document is a title and its type; the region's own theme page has the summaries.
        #expect(all.contains(#"<li><a href="../haaglanden/regiovisie-2023-2026.html">Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026</a> <span class="doc-meta">Regiovisie</span></li>"#))
        #expect(all.contains(#"<p><a href="../haaglanden/themas/partnergeweld.html">Meer over dit thema in Haaglanden</a></p>"#))
        #expect(!all.contains("doc-summary"))
        // A superseded vision says so here too, as on the region's theme page.
        let abuse = try #require(site.html("themas/kindermishandeling.html"))
        #expect(abuse.contains(#"West-Brabant 2022-2025</a> <span class="doc-meta">Regiovisie · <span class="status status-vervallen">vervallen</span></span></li>"#))
        let haaglanden = try #require(site.html("haaglanden/themas/partnergeweld.html"))
        #expect(haaglanden.contains(#"href="../regiovisie-2023-2026.html""#))
        #expect(!haaglanden.contains("west-brabant"))
        #expect(haaglanden.contains(#"<p class="doc-summary">"#))
        #expect(haaglanden.contains(#"<a href="../../themas/partnergeweld.html">Dit thema in alle regio&#39;s</a>"#))
        let vision = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(vision.contains(#"<li><a href="themas/partnergeweld.html">Partnergeweld</a></li>"#))
        let index = try #require(site.html("themas/index.html"))
        #expect(index.contains(#"<a href="partnergeweld.html">Partnergeweld</a>"#))
    }

    @Test("elke pagina heeft een zoekvak dat naar de zoekpagina van haar regio of van de hele site gaat")
    func searchBoxEverywhere() async throws {
        let site = try await Self.site()
        #expect(site.html("index.html")?.contains(#"<form class="header-search" role="search" action="zoeken.html" method="get">"#) == true)
        #expect(site.html("haaglanden/den-haag/index.html")?.contains(#"action="../zoeken.html""#) == true)
        let search = try #require(site.html("haaglanden/zoeken.html"))
        #expect(!search.contains("header-search"), "the search page has one search form")
        #expect(search.contains(#"data-index="zoeken/""#))
        #expect(search.contains(#"<p id="zoek-status" role="status" aria-live="polite"></p>"#))
        #expect(search.contains("<noscript>"))
    }

    @Test("de printstijl verbergt navigatie en schrijft alleen adressen van andere sites uit, niet in tabellen")
    func printStyle() throws {
        let css = try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("assets/regio.css"), encoding: .utf8)
        let print = try #require(css.range(of: "@media print {")).upperBound
        let rules = css[print...]
        #expect(rules.contains(".site-header, .breadcrumbs, .toc, .site-footer"))
        #expect(rules.contains(##"main a[href^="http://"]::after, main a[href^="https://"]::after { content: " (" attr(href) ")""##))
        #expect(rules.contains("main table a[href]::after { content: none; }"))
    }

    @Test("afdrukken: een bron met adres in de cijfertabel krijgt een nummer, en haar adres staat in een genummerde lijst onder de tabel die alleen papier toont")
    func tableSourcesOnPaper() async throws {
        let result = await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent))
        let page = try #require(result.site?.html("haaglanden/landelijk/veilig-thuis-landelijk-2023.html"))
        let table = try #require(page.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first)
        let cells = table.matches(of: #/<td><a href="([^"]+)">[^<]*</a><span class="print-only"> \[(\d+)\]</span></td>/#).map { (String($0.output.1), Int($0.output.2)!) }
        let rows = table.components(separatedBy: "<tr").count - 1
        #expect(cells.count == rows, "every row's source has an address and a number")
        let list = try #require(page.components(separatedBy: #"<ol class="printed-sources">"#).dropFirst().first?.components(separatedBy: "</ol>").first)
        let items = list.matches(of: #/<li>[^<]*: (https?://[^<]+)</li>/#).map { String($0.output.1) }
        #expect(Set(items).count == items.count && items.count >= 2, "each address once: \(items)")
        for (url, number) in cells { #expect(items.indices.contains(number - 1) && items[number - 1] == url, "[\(number)] \(url)") }
        // Numbered in the order the table first names them.
        var firstSeen: [String] = []
        for (url, _) in cells where !firstSeen.contains(url) { firstSeen.append(url) }
        #expect(firstSeen == items)
        // Hidden on screen, where the links work; shown on paper.
        let css = try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("assets/regio.css"), encoding: .utf8)
        let print = try #require(css.range(of: "@media print {"))
        #expect(try #require(css.range(of: ".print-only { display: none; }")).upperBound < print.lowerBound)
        #expect(css[print.upperBound...].contains(".print-only { display: revert; }"))
    }

    @Test("een bron zonder adres krijgt geen nummer; een factsheet zonder adressen geen lijst")
    func sourceWithoutAddress() async throws {
        let result = await build(ChartTests.fixture)
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(page.contains("<td>Voorbeeldbron</td>"))
        #expect(!page.contains("print-only"))
    }

    @Test("de feiten van een factsheet zeggen in gewone woorden waarover de cijfers gaan, niet 'Schaal' en 'Peiljaar'")
    func factsheetFactsInPlainWords() async throws {
        let page = try #require(try await Self.site().html("haaglanden/factsheets/den-haag-huisverboden.html"))
        #expect(page.contains("<dt>Cijfers over</dt><dd>één gemeente</dd>"))
        #expect(page.contains("<dt>Cijfers tot en met het jaar</dt><dd>2016</dd>"))
        #expect(!page.contains("Peiljaar") && !page.contains("<dt>Schaal"))
        #expect(page.contains("in een feedlezer (RSS/Atom)"))
        // The labels name Den Haag already: no "(Den Haag)" after them. A label without the name keeps it (ChartTests).
        #expect(page.contains("<th scope=\"row\">Opgelegde tijdelijke huisverboden in Den Haag</th>") || page.contains("<th scope=\"row\">Opgelegde tijdelijke huisverboden in Den Haag<br>"))
        #expect(!page.contains("in Den Haag (Den Haag)"))
    }
}
