import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// The example site in the tools the web's community trusts: axe-core in headless Chromium on every
/// page, linkchecker over `file://` and over HTTP in a subfolder, the search in a real browser, and
/// screenshots to look at. `scripts/test.sh` installs the tools (scripts/ensure-browser-tools.sh) and
/// sets `REGIO_BROWSER_TESTS=1`; without it these tests say so and do not run.
@Suite("In een echte browser (Chromium, axe, linkchecker)", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["REGIO_BROWSER_TESTS"] == "1", "REGIO_BROWSER_TESTS niet gezet: draai scripts/test.sh"))
struct BrowserTests {
    /// Screenshots and reports land here, outside git, to be looked at after a run.
    static let artefacts = RepositoryPaths.root.appendingPathComponent(".build/test-artefacts")

    /// The example built and written to a fresh folder, whole or as one region.
    static func writtenExample(scope: SiteMap.Scope = .whole) async throws -> URL {
        let result = await buildExample(scope: scope)
        let site = try #require(result.site)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-browser-\(UUID().uuidString)")
        try DiskSiteWriter(output: folder.appendingPathComponent("site")).write(site)
        return folder.appendingPathComponent("site")
    }

    /// Runs one of the scripts in Tests/Browser and returns its exit status and everything it printed.
    static func script(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let path = RepositoryPaths.root.appendingPathComponent("Tests/Browser/\(name)").path
        return try runTool((name.hasSuffix(".py") ? ["python3", path] : ["bash", path]) + arguments)
    }

    @Test("axe (WCAG 2.1 A en AA): 0 overtredingen op elke pagina; geen verzoek naar een andere host; schermafdrukken")
    func accessibilityAndRequests() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let screenshots = Self.artefacts.appendingPathComponent("screenshots")
        try? FileManager.default.removeItem(at: screenshots)
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let report = Self.artefacts.appendingPathComponent("axe-report.json")
        let shots = ["index.html", "haaglanden/index.html", "haaglanden/regiovisie-2023-2026.html", "haaglanden/toetsing.html",
                     "haaglanden/den-haag/index.html", "zoeken.html"]
        let run = try Self.script("check_site.py", [site.path, "--report", report.path, "--screenshots", screenshots.path]
            + shots.flatMap { ["--shot", $0] })
        #expect(run.status == 0, "\(run.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        let pages = try #require(json["pages"] as? [String])
        let written = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect(pages.sorted() == written.sorted(), "every page was checked")
        #expect((json["violations"] as? [Any])?.isEmpty == true)
        #expect((json["externalRequests"] as? [Any])?.isEmpty == true)
        #expect((json["consoleErrors"] as? [Any])?.isEmpty == true)
        let pngs = try FileManager.default.contentsOfDirectory(atPath: screenshots.path).filter { $0.hasSuffix(".png") }
        #expect(pngs.count == shots.count * 2, "\(pngs)")
    }

    @Test("donkere modus (prefers-color-scheme: dark in Chromium): axe 0 overtredingen op elke pagina, ook contrast; schermafdrukken")
    func darkMode() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let screenshots = Self.artefacts.appendingPathComponent("screenshots-donker")
        try? FileManager.default.removeItem(at: screenshots)
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let report = Self.artefacts.appendingPathComponent("axe-report-donker.json")
        let shots = ["haaglanden/regiovisie-2023-2026.html", "haaglanden/versies/regiovisie-2023-2026.html", "haaglanden/toetsing.html",
                     "haaglanden/factsheets/den-haag-huisverboden.html"]
        let run = try Self.script("check_site.py", [site.path, "--dark", "--report", report.path, "--screenshots", screenshots.path]
            + shots.flatMap { ["--shot", $0] })
        #expect(run.status == 0, "\(run.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        #expect(json["dark"] as? Bool == true)
        let written = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect((json["pages"] as? [String])?.sorted() == written.sorted(), "every page was checked")
        #expect((json["violations"] as? [Any])?.isEmpty == true)
    }

    @Test("linkchecker: 0 kapotte links over file:// en over HTTP in een submap, voor de hele site")
    func linksWholeSite() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try Self.script("check_links.sh", [site.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("[file]") && run.output.contains("[http]"), "\(run.output)")
    }

    @Test("linkchecker: een losse regio (build --region) heeft 0 kapotte links, ook in een submap")
    func linksStandaloneRegion() async throws {
        let site = try await Self.writtenExample(scope: .region(Slug("west-brabant")!))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try Self.script("check_links.sh", [site.path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("grafieken (staaf en lijn) en indicatoren: 0 axe-overtredingen en geldige HTML (vnu); de titel van een grafiek één keer in de toegankelijkheidsboom")
    func chartsAndIndicators() async throws {
        // The chart fixture (three municipalities) with the indicator set and a plan that scores it.
        var files = ChartTests.fixture.files
        let indicators = try IndicatorTests.site().files
        for path in ["indicatoren.yaml", "haaglanden/delft/plan-2024.md"] { files[path] = indicators[path] }
        // A concept with figures of two of the three municipalities: the municipality page marks both.
        files["haaglanden/factsheets/meldingen-2024.md"] = """
        ---
        type: factsheet
        titel: Meldingen 2024
        status: concept
        schaal: regio
        bron: {naam: Voorbeeldbron}
        cijfers:
          - {label: Meldingen, waarde: 640, eenheid: meldingen, jaar: 2024, gemeente: GM0503}
          - {label: Meldingen, waarde: 300, eenheid: meldingen, jaar: 2024, gemeente: GM0603}
        ---
        Tekst.
        """
        let result = await build(SiteFixture(files: files))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-charts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DiskSiteWriter(output: folder).write(site)
        #expect(site.html("haaglanden/factsheets/meldingen.html")?.contains("Staafdiagram") == true)
        #expect(site.html("haaglanden/index.html")?.contains(#"id="indicatoren""#) == true)
        #expect(site.html("haaglanden/delft/index.html")?.contains(#"(2 van de 3 gemeenten, waaronder conceptcijfers)"#) == true)
        let axe = try Self.script("check_site.py", [folder.path, "--report", folder.appendingPathComponent("axe.json").path])
        #expect(axe.status == 0, "\(axe.output)")
        let (status, report) = try HTMLValidityTests.validate(folder)
        #expect(status == 0 && report.isEmpty, "\(report)")
        // In Chromium's accessibility tree each chart's title is said once: in the chart's name, not again by its caption.
        let names = try Self.script("check_chart_names.py", [folder.path, "haaglanden/factsheets/meldingen.html"])
        #expect(names.status == 0, "\(names.output)")
        #expect(names.output.components(separatedBy: "ok   ").count - 1 == 7, "\(names.output)")
    }

    @Test("XSS: een site vol bekende aanvallen laadt in Chromium zonder dat één script draait of dialoog opent")
    func crossSiteScripting() async throws {
        let result = await build(try AttackTests.fixture())
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-xss-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DiskSiteWriter(output: folder).write(site)
        let run = try Self.script("check_xss.py", [folder.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("0 vondsten"))
        // The check can fail: one page with a handler and a javascript: link is caught.
        let planted = folder.appendingPathComponent("haaglanden/index.html")
        let html = try String(contentsOf: planted, encoding: .utf8)
        try html.replacingOccurrences(of: "</main>", with: #"<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">x</a></main>"#)
            .write(to: planted, atomically: false, encoding: .utf8)
        let caught = try Self.script("check_xss.py", [folder.path])
        #expect(caught.status == 1)
        #expect(caught.output.contains("attribuut onerror") && caught.output.contains("href=javascript:alert(2)"), "\(caught.output)")
    }

    @Test("een vergelijking in blokken met aanvallen in de tekst (lijstitem, citaat, code): geen script draait, 0 axe-overtredingen")
    func comparisonInBlocks() async throws {
        let fixture = try ComparisonTests.blockSite()
        let path = "haaglanden/regiovisie-2023-2026.md"
        let hostile = try #require(fixture.files[path]).replacingOccurrences(of: "- het Centrum Seksueel Geweld\n", with: #"""
        - het Centrum Seksueel Geweld
        - `<script>alert(1)</script>` en \<img src=x onerror=alert(2)\>

        > \<a href="javascript:alert(3)"\>klik\</a\> [hier](javascript:alert(4))

        ```
        <svg onload=alert(5)>
        ```

        """#)
        let result = await build(SiteFixture(files: fixture.files.merging([path: hostile]) { _, new in new }))
        let site = try #require(result.site)
        let page = try #require(site.html("haaglanden/versies/regiovisie-2023-2026.html"))
        // Text in its block, escaped: the item in the list, the code in its `<pre>`.
        let ins = ComparisonTests.ins
        #expect(page.contains(#"<li class="diff">\#(ins)&lt;script&gt;alert(1)&lt;/script&gt; en &lt;img src=x onerror=alert(2)&gt;\#(ComparisonTests.insEnd)</li>"#))
        #expect(page.contains(#"<pre class="diff"><code>\#(ins)&lt;svg onload=alert(5)&gt;\#(ComparisonTests.insEnd)</code></pre>"#))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-blocks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DiskSiteWriter(output: folder).write(site)
        let xss = try Self.script("check_xss.py", [folder.path])
        #expect(xss.status == 0 && xss.output.contains("0 vondsten"), "\(xss.output)")
        let axe = try Self.script("check_site.py", [folder.path, "--report", folder.appendingPathComponent("axe.json").path])
        #expect(axe.status == 0, "\(axe.output)")
    }

    @Test("afdrukken: geen navigatie, linkdoelen achter de links, bronnen in tabellen met hun adres, zwart op wit (printmedia in Chromium, PDF als artefact)")
    func printing() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        for page in ["haaglanden/regiovisie-2023-2026.html", "haaglanden/den-haag/beleidsplan-2024-2027.html"] {
            let pdf = Self.artefacts.appendingPathComponent(page.replacingOccurrences(of: "/", with: "-") + ".pdf")
            let run = try Self.script("check_print.py", [site.path, page, "--pdf", pdf.path])
            #expect(run.status == 0, "\(run.output)")
            #expect(FileManager.default.fileExists(atPath: pdf.path))
        }
        // A factsheet's sources in its table keep their addresses on paper: a number in the cell, the address under the table.
        let sources = try Self.script("check_print.py", [site.path, "haaglanden/landelijk/veilig-thuis-landelijk-2023.html", "--table-sources"])
        #expect(sources.status == 0, "\(sources.output)")
        // A matrix of five documents fits upright A4 (680 CSS pixels) with its words.
        let upright = try Self.script("check_print.py", [site.path, "haaglanden/toetsing.html", "--fits", "680"])
        #expect(upright.status == 0, "\(upright.output)")
    }

    @Test("afdrukken: de toetsingstabel van een regio met 44 documenten past op A4 dwars, met tekens, een legenda en de kolomnamen op elke bladzijde")
    func printingWideMatrix() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-matrix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("site")
        let generated = try runTool(["python3", RepositoryPaths.root.appendingPathComponent("Benchmarks/generate.py").path, "150", content.path])
        try #require(generated.status == 0, "\(generated.output)")
        let result = await build(content: DiskFileSystem(root: content))
        let site = try #require(result.site)
        try DiskSiteWriter(output: output).write(site)
        // The region with the most documents in its matrix.
        let widest = try #require(result.regions.map { "\($0.value)/toetsing.html" }.max { page, other in
            (site.html(page) ?? "").components(separatedBy: "<th scope=\"col\">").count < (site.html(other) ?? "").components(separatedBy: "<th scope=\"col\">").count
        })
        let columns = (site.html(widest) ?? "").components(separatedBy: "<th scope=\"col\">").count - 2
        #expect(columns >= 40, "\(widest): \(columns) documents")
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let pdf = Self.artefacts.appendingPathComponent("toetsing-breed.pdf")
        let run = try Self.script("check_print.py", [output.path, widest, "--fits", "1009", "--pdf", pdf.path, "--repeats-header"])
        #expect(run.status == 0, "\(run.output)")
        #expect(site.html(widest)?.contains("<p class=\"matrix-legend\">Op papier staat") == true)
    }

    @Test("focus met Tab: zoekveld en knop hebben een ring van minstens 3:1 op wit; een tabel krijgt een ring en geen vulling")
    func focusIndicators() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try Self.script("check_focus.py", [site.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok   .table-scroll gets no fill when focused"), "\(run.output)")
    }

    @Test("telefoon (390 px): geen pagina schuift opzij; in het feitenblok staan label en korte waarde op één regel, elk feit op een eigen regel")
    func phoneLayout() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let pages = ["haaglanden/regiovisie-2023-2026.html", "haaglanden/den-haag/index.html", "haaglanden/factsheets/den-haag-huisverboden.html"]
        let run = try Self.script("check_phone.py", [site.path] + pages)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok   haaglanden/regiovisie-2023-2026.html: 'Status' and 'vastgesteld' on one line"), "\(run.output)")
        #expect(!run.output.contains("FAIL"), "\(run.output)")
    }

    @Test("zoeken in Chromium vanaf file://: hoofdletters en accenten maken niet uit, toetsenbord, zonder JavaScript")
    func search() async throws {
        let site = try await Self.writtenExample()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try Self.script("check_search.py", [
            site.path,
            "--query", "EERGERELATEERD regiovisie haaglanden", "--expect", "Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026",
            "--query", "huisverboden 's-Gravenhage", "--expect", "Tijdelijke huisverboden in Den Haag, 2014 en 2016",
            "--query", "prevalentiemonitor wodc", "--expect", "Prevalentie van huiselijk geweld en kindermishandeling in Nederland",
            // Ranking: a title outweighs a body that names the words on every page; "huisverbod" finds the
            // plural "huisverboden" as the same word; a superseded vision comes after the one that replaced it.
            "--first", "veilig thuis => Factsheet Veilig Thuis Drenthe 2023",
            "--first", "huisverbod => Tijdelijke huisverboden in Den Haag, 2014 en 2016",
            "--first", "regiovisie haaglanden => Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026",
            "--status", "regiovisie haaglanden => Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2019-2022 => vervallen",
            "--status", "regiovisie haaglanden => Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026 => -",
            // A typo finds nothing but offers the nearest word of the index, as a link that searches for it;
            // a word in no document leaves the results with the other words, and says which it could not find.
            "--suggest", "meldkode => meldcode",
            "--suggest", "kindermishandling => kindermishandeling",
            "--suggest", "huiselik geweld => huiselijk geweld",
            "--suggest", "huiselijk gewelt => huiselijk geweld",
            // A typo in the first letter: its own shard has no near word, the vocabulary has.
            "--suggest", "ceilig thuis => veilig thuis",
            "--partial", "veilig thuis drenthe xyzzyq => Factsheet Veilig Thuis Drenthe 2023 => 3 van 4 woorden",
            "--partial", "veilig thuis drenthe xyzzyq => Factsheet Veilig Thuis Drenthe 2023 => Niet gevonden: xyzzyq.",
            "--nothing", "qxzvw",
            // A question word is not searched for: the Veilig Thuis factsheets do not say "hoeveel".
            "--query", "hoeveel meldingen Veilig Thuis", "--expect", "Factsheet Veilig Thuis Drenthe 2023",
            // Municipalities, regions and themes are results of their own kind; a place's own page comes first,
            // a municipality also by the slug its region file gives it.
            "--kind", "wassenaar => Wassenaar => Gemeente",
            "--kind", "haaglanden => Haaglanden => Regio",
            "--kind", "opvang => Opvang => Thema",
            "--first", "wassenaar => Wassenaar",
            "--first", "haaglanden => Haaglanden",
            // The municipality's page under its roepnaam, by that name and by its official one.
            "--first", "den haag => Den Haag",
            "--first", "gravenhage => Den Haag",
            "--kind", "rijswijk => Rijswijk => Gemeente",
        ])
        #expect(run.status == 0, "\(run.output)")
        let region = try Self.script("check_search.py", [
            site.path, "--page", "drenthe/zoeken.html",
            "--query", "emmen", "--expect", "Beleidsplan aanpak huiselijk geweld en kindermishandeling gemeente Emmen 2024-2027",
            "--kind", "emmen => Emmen => Gemeente",
            "--kind", "opvang => Opvang => Thema",
        ])
        #expect(region.status == 0, "\(region.output)")
    }
}
