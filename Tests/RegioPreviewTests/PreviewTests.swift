import Foundation
import Hummingbird
import HummingbirdTesting
@testable import RegioPreview
import RegioCore
import RegioTestSupport
import Testing

/// Content that a test can change between builds, as an editor saving a file would.
private final class EditableContent: @unchecked Sendable {
    private let lock = NSLock()
    private var fixture: SiteFixture

    init(_ fixture: SiteFixture) {
        self.fixture = fixture
    }

    var current: SiteFixture {
        get { lock.withLock { fixture } }
        set { lock.withLock { fixture = newValue } }
    }
}

private func session(_ content: EditableContent, reports: ReportLog = ReportLog()) -> PreviewSession {
    PreviewSession(configuration: PreviewConfiguration(
        makeOptions: {
            BuildOptions(content: content.current.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday)
        },
        place: { "inhoud/" + $0.file },
        report: { result, _ in reports.add(result.diagnostics.count) }
    ))
}

/// A session over the valid fixture written to a folder of its own, as `regio serve` runs over a
/// content folder on disk (renames and added files are read from the disk); what it announces goes
/// to `said`. The caller removes the folder.
private func diskSession(_ name: String, said: Sentences = Sentences()) throws -> (PreviewSession, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-\(name)-\(UUID().uuidString)").standardizedFileURL
    try SiteFixture.valid.write(to: folder)
    let preview = PreviewSession(configuration: PreviewConfiguration(
        makeOptions: { BuildOptions(content: DiskFileSystem(root: folder), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday) },
        contentFolder: folder, place: { "inhoud/" + $0.file }, report: { _, _ in }, announce: { said.add($0) }
    ))
    return (preview, folder)
}

private final class ReportLog: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int] = []
    func add(_ count: Int) { lock.withLock { counts.append(count) } }
    var all: [Int] { lock.withLock { counts } }
}

private func text(_ response: PreviewResponse) -> String {
    String(decoding: response.body, as: UTF8.self)
}

@Suite("Voorbeeldserver (regio serve)")
struct PreviewTests {
    @Test("paden: wat buiten de site wijst wordt geweigerd, in elke codering; gewone paden worden bestanden")
    func paths() {
        let refused = [
            "/../etc/passwd", "/haaglanden/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2E/etc/passwd",
            "/%252e%252e/etc/passwd", "/haaglanden/..%2f..%2fetc%2fpasswd", "/.%2e/x", "/./index.html",
            "//etc/passwd", "etc/passwd", "http://127.0.0.1/x", "/x%00.html", "/a\\b", "/a%5cb", "/%zz",
        ]
        for path in refused {
            guard case .refused = PreviewPath(requestPath: path) else {
                Issue.record("niet geweigerd: \(path)")
                continue
            }
        }
        #expect(PreviewPath(requestPath: "/") == .file("index.html"))
        #expect(PreviewPath(requestPath: "/haaglanden/") == .file("haaglanden/index.html"))
        #expect(PreviewPath(requestPath: "/haaglanden/delft/plan-2024.html?q=x") == .file("haaglanden/delft/plan-2024.html"))
        #expect(PreviewPath(requestPath: "/zoeken/Den%20Haag.html") == .file("zoeken/Den Haag.html"))
        #expect(PreviewPath(requestPath: PreviewPath.eventsPath) == .events)
    }

    @Test("de responder geeft dezelfde pagina als build, met alleen het herlaadscript erbij en verbindingen met de server toegestaan; 404 en doorverwijzing naar de map")
    func responder() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let built = try #require(await build(.valid).site)
        let page = await preview.respond(to: "/haaglanden/delft/plan-2024.html")
        #expect(page.status == 200 && page.contentType.hasPrefix("text/html"))
        let expected = try #require(built.html("haaglanden/delft/plan-2024.html"))
        // The page says which build it is of: the script reloads it when the server has a newer one.
        let script = "<script src=\"\(PreviewPath.scriptPath)\" data-versie=\"1\"></script>\n"
        // The theme's policy (default-src 'none') would refuse the script's connection to the server.
        let allowed = "; connect-src 'self'\">"
        #expect(!expected.contains("connect-src") && text(page).contains(allowed))
        #expect(text(page).replacingOccurrences(of: script, with: "").replacingOccurrences(of: allowed, with: "\">") == expected)
        #expect(text(page).contains(script + "</body>"))
        #expect(await preview.respond(to: "/haaglanden").location == "/haaglanden/")
        #expect(await preview.respond(to: "/haaglanden").status == 301)
        let missing = await preview.respond(to: "/bestaat-niet.html")
        #expect(missing.status == 404 && text(missing).contains(script))
        // In a subfolder the 404 page's style and links still lead to the root; its anchor stays.
        let nested = text(await preview.respond(to: "/haaglanden/delft/bestaat-niet.html"))
        #expect(nested.contains("href=\"../../assets/regio.css\"") && nested.contains("href=\"../../index.html\""), "\(nested)")
        #expect(nested.contains("action=\"../../zoeken.html\"") && nested.contains("href=\"#inhoud\""))
        #expect(text(missing).contains("href=\"assets/regio.css\""))
        let css = await preview.respond(to: "/assets/regio.css")
        #expect(css.status == 200 && css.contentType.hasPrefix("text/css") && css.body == built.file("assets/regio.css"))
        // The search index is made on the first request for it, with the same bytes as build writes.
        #expect(await preview.respond(to: "/zoeken/index.js").body == built.file("zoeken/index.js"))
        #expect(await preview.respond(to: "/../site.yaml").status == 400)
        #expect(await preview.respond(to: PreviewPath.scriptPath).body == Data(LiveReload.script.utf8))
        await preview.rebuild()
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("data-versie=\"2\"></script>\n</body>"))
        #expect(text(await preview.respond(to: "/bestaat-niet.html")).contains("data-versie=\"2\""))
    }

    @Test("de Content-Security-Policy van de pagina krijgt connect-src 'self', tenzij het thema connect-src al noemt; zonder policy blijft de pagina gelijk")
    func policyAllowsEvents() {
        let page = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\"></head>"
        #expect(LiveReload.allowingEvents(page) == "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; connect-src 'self'\"></head>")
        let withSemicolon = "<meta HTTP-EQUIV=\"Content-Security-Policy\" content=\"default-src 'none';\">"
        #expect(LiveReload.allowingEvents(withSemicolon) == "<meta HTTP-EQUIV=\"Content-Security-Policy\" content=\"default-src 'none'; connect-src 'self'\">")
        let own = "<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'self' https://x.nl\">"
        #expect(LiveReload.allowingEvents(own) == own)
        #expect(LiveReload.allowingEvents("<p>geen policy</p>") == "<p>geen policy</p>")
    }

    @Test("een document dat geen pagina meer oplevert houdt zijn laatste goede pagina, met de melding (bestand, regel) erop; na herstel is die weg")
    func errorsOnThePage() async throws {
        let content = EditableContent(.valid)
        let reports = ReportLog()
        let preview = session(content, reports: reports)
        await preview.rebuild()
        let good = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(!good.contains("regio-meldingen"))
        content.current = SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n---\ntype: beleidsplan\ntitel: Kapot\nstatus: onzin\n---\n# Tekst\n")
        await preview.rebuild()
        #expect(await preview.version == 2)
        let shown = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(shown.contains("id=\"regio-meldingen\""))
        // Dutch on every site, and marked so for a screen reader on an English one.
        // A region a screen reader can go to by its heading; not an alert, which would be read out
        // on every load of every page, and each save reloads the page.
        #expect(shown.contains(#"<section id="regio-meldingen" lang="nl" aria-labelledby="regio-meldingen-kop""#))
        #expect(shown.contains("<code>inhoud/haaglanden/delft/plan-2024.md:4:9</code>: fout: <code>onzin</code> is geen geldige waarde voor <code>status</code>"))
        // The plan does not decode, so it has no page: its last one stays, and says so.
        #expect(shown.contains("<p>Deze pagina is een eerdere versie: inhoud/haaglanden/delft/plan-2024.md kon na de laatste wijziging niet worden gebouwd.</p>"))
        let skipLink = ##"<a id="regio-naar-meldingen" href="#regio-meldingen" lang="nl">Naar de meldingen van het voorbeeld \(\d+\)</a>\n"##
        // The page itself is the good one, of the build before (its script says this build's version).
        #expect(shown.replacingOccurrences(of: #"<section id="regio-meldingen"[\s\S]*</section>\n"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: skipLink, with: "", options: .regularExpression)
            == good.replacingOccurrences(of: "data-versie=\"1\"", with: "data-versie=\"2\""))
        content.current = .valid
        await preview.rebuild()
        #expect(!text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("regio-meldingen"))
        #expect(reports.all.count == 3 && reports.all[1] > 0)
    }

    @Test("ik bewaar, ik zie mijn tekst: met een fout elders toont het voorbeeld de nieuwe site; alleen een document zonder pagina houdt zijn laatste pagina, en pagina en terminal zeggen welke versie")
    func errorsElsewhereDoNotFreeze() async throws {
        let said = Sentences()
        let (preview, folder) = try diskSession("fouten", said: said)
        defer { try? FileManager.default.removeItem(at: folder) }
        await preview.rebuild()
        #expect(said.all.isEmpty, "a build without errors is shown as it is, without a word")
        // A colleague starts a plan in another municipality's folder; it has an error (a link to nothing).
        let newPlan = folder.appendingPathComponent("haaglanden/den-haag/plan-2026.md")
        try FileManager.default.createDirectory(at: newPlan.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.denHaagPlan("Eerste opzet.").utf8).write(to: newPlan)
        await preview.rebuild(after: FileChanges(paths: [newPlan.path], listChanged: true))
        let started = await preview.respond(to: "/haaglanden/den-haag/plan-2026.html")
        #expect(started.status == 200 && text(started).contains("Eerste opzet."))
        #expect(text(started).contains("<p>U ziet de laatste versie, met de fouten erin.</p>"))
        #expect(!text(started).contains("zonder fouten"))
        #expect(said.all.last == "regio: het voorbeeld toont deze versie, met de fouten erin")
        // Another document saved meanwhile: its new text shows.
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        let original = try String(contentsOf: plan, encoding: .utf8)
        try Data((original + "\nEen nieuwe zin van de auteur.\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("Een nieuwe zin van de auteur."))
        // Its front matter broken: it gives no page, so its last page stays on screen, and says so.
        try Data((original.replacingOccurrences(of: "status: concept", with: "status: onzin") + "\nNog een zin.\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        let held = await preview.respond(to: "/haaglanden/delft/plan-2024.html")
        #expect(held.status == 200 && text(held).contains("Een nieuwe zin van de auteur.") && !text(held).contains("Nog een zin."))
        #expect(text(held).contains("Deze pagina is een eerdere versie: inhoud/haaglanden/delft/plan-2024.md kon na de laatste wijziging niet worden gebouwd."))
        let unbuilt = "van inhoud/haaglanden/delft/plan-2024.md, dat geen pagina opleverde,"
        #expect(text(await preview.respond(to: "/haaglanden/")).contains("U ziet de laatste versie, met de fouten erin; \(unbuilt) ziet u een eerdere versie."))
        #expect(said.all.last == "regio: het voorbeeld toont deze versie, met de fouten erin; \(unbuilt) een eerdere versie")
        // The new plan is written on (the short way): it shows, and the kept page stays.
        try Data(Self.denHaagPlan("Tweede opzet.").utf8).write(to: newPlan)
        await preview.rebuild(after: FileChanges(paths: [newPlan.path], listChanged: false))
        #expect(text(await preview.respond(to: "/haaglanden/den-haag/plan-2026.html")).contains("Tweede opzet."))
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("Een nieuwe zin van de auteur."))
        // Repaired: its own page again, of now.
        try Data((original + "\nHersteld.\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        let repaired = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(repaired.contains("Hersteld.") && !repaired.contains("eerdere versie"))
        #expect(said.all.last == "regio: het voorbeeld toont deze versie, met de fouten erin")
    }

    @Test("een kapotte regio.yaml haalt de regio niet van het scherm: de site van daarvoor blijft, en pagina en terminal zeggen waarom; na herstel de nieuwe")
    func brokenRegionFileKeepsTheSite() async throws {
        let said = Sentences()
        let (preview, folder) = try diskSession("regiobestand", said: said)
        defer { try? FileManager.default.removeItem(at: folder) }
        await preview.rebuild()
        let regionFile = folder.appendingPathComponent("haaglanden/regio.yaml")
        let original = try String(contentsOf: regionFile, encoding: .utf8)
        let reason = "inhoud/haaglanden/regio.yaml` heeft een fout, en daardoor zouden pagina's van de regio ontbreken of niet kloppen"
        func save(_ text: String) async throws {
            try Data(text.utf8).write(to: regionFile)
            await preview.rebuild(after: FileChanges(paths: [regionFile.path], listChanged: false))
        }
        // One space too few before a municipality: the file is no YAML; a key written wrong, valid
        // YAML that leaves every municipality out; a code with a digit missing.
        for broken in [original.replacingOccurrences(of: "  - {code: GM0503, naam: Delft}", with: " - {code: GM0503, naam: Delft}"),
                       original.replacingOccurrences(of: "gemeenten:", with: "gemeentes:"),
                       original.replacingOccurrences(of: "{code: GM0503, naam: Delft}", with: "{code: GM503, naam: Delft}")] {
            try await save(broken)
            let region = await preview.respond(to: "/haaglanden/index.html")
            #expect(region.status == 200 && text(region).contains("Regiovisie 2023-2026"))
            #expect(await preview.respond(to: "/haaglanden/delft/index.html").status == 200, "\(broken)")
            let plan = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).replacingOccurrences(of: "&#39;", with: "'")
            #expect(plan.contains("<p>U ziet de site van vóór de laatste wijziging: <code>\(reason.replacingOccurrences(of: "`", with: "</code>")). Herstel de fout hieronder en sla op; dan ziet u de nieuwe versie.</p>"), "\(plan)")
            #expect(plan.contains("<code>inhoud/haaglanden/regio.yaml:"))
            #expect(said.all.last == "regio: het voorbeeld toont de versie van vóór deze build: `\(reason)")
        }
        let style = await preview.respond(to: "/haaglanden/assets/regio.css")
        #expect(style.status == 200, "a region folder stands alone, with its own style")
        // Repaired: the site of now, without a word on its version.
        try await save(original)
        let repaired = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(!repaired.contains("vóór de laatste wijziging"))
    }

    @Test("een regio.yaml die al fout was toen het voorbeeld startte, bevriest het voorbeeld niet: een bewaard document is te zien")
    func regionFileBrokenFromTheStart() async throws {
        let (preview, folder) = try diskSession("regiobestand-start")
        defer { try? FileManager.default.removeItem(at: folder) }
        let regionFile = folder.appendingPathComponent("haaglanden/regio.yaml")
        try Data(try String(contentsOf: regionFile, encoding: .utf8).replacingOccurrences(of: "gemeenten:", with: "gemeentes:").utf8).write(to: regionFile)
        await preview.rebuild()
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        try Data((try String(contentsOf: plan, encoding: .utf8) + "\nEen zin van vandaag.\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        let page = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(page.contains("Een zin van vandaag.") && !page.contains("vóór de laatste wijziging"), "\(page)")
    }

    @Test("een regiovisie die binnenkort afloopt: het paneel zegt het op de startpagina's van site en regio, niet op elke pagina; een nieuwe visie neemt het weg")
    func expiringVisionReminder() async throws {
        let (preview, folder) = try diskSession("afloop")
        defer { try? FileManager.default.removeItem(at: folder) }
        await preview.rebuild()
        let reminder = "<p>Let op: de regiovisie van Haaglanden (<code>haaglanden/regiovisie-2023-2026</code>) loopt af op 31 december 2026"
        #expect(text(await preview.respond(to: "/index.html")).contains(reminder))
        #expect(text(await preview.respond(to: "/haaglanden/index.html")).contains(reminder))
        #expect(text(await preview.respond(to: "/haaglanden/index.html")).contains(">Regio: geen meldingen bij het starten</h2>"))
        #expect(!text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("regio-meldingen"))
        // With a finding: not in the panel of every page, and after the findings where it is said.
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        let original = try String(contentsOf: plan, encoding: .utf8)
        try Data((original + "\nZie [niets](niets.md).\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        let withFinding = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(withFinding.contains("regio-meldingen") && !withFinding.contains("Let op:"))
        let start = text(await preview.respond(to: "/haaglanden/index.html"))
        #expect(start.contains("</ul>\n" + reminder), "\(start)")
        try Data(original.utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        // The next vision is started (a save that goes the short way): the reminder is gone.
        let next = folder.appendingPathComponent("haaglanden/regiovisie-2027-2030.md")
        try Data("---\ntype: regiovisie\ntitel: Regiovisie 2027-2030\nstatus: concept\nperiode: {van: 2027, tot: 2030}\n---\n## Visie\n\nIn de maak.\n".utf8).write(to: next)
        await preview.rebuild(after: FileChanges(paths: [next.path], listChanged: true))
        #expect(!text(await preview.respond(to: "/haaglanden/index.html")).contains("Let op: de regiovisie"))
    }

    @Test("een bestand hernoemd zonder git mv en commit: de open pagina van de oude naam gaat naar de nieuwe, ook na nog een hernoeming")
    func renamedBeforeCommit() async throws {
        let (preview, folder) = try diskSession("hernoemd")
        defer { try? FileManager.default.removeItem(at: folder) }
        await preview.rebuild()
        func rename(_ from: String, _ to: String) async throws {
            let old = folder.appendingPathComponent(from), new = folder.appendingPathComponent(to)
            try FileManager.default.moveItem(at: old, to: new)
            await preview.rebuild(after: FileChanges(paths: [old.path, new.path], listChanged: true))
        }
        try await rename("haaglanden/delft/plan-2024.md", "haaglanden/delft/beleidsplan-2024.md")
        let sent = await preview.respond(to: "/haaglanden/delft/plan-2024.html")
        #expect(sent.status == 302 && sent.location == "/haaglanden/delft/beleidsplan-2024.html")
        #expect(await preview.respond(to: "/haaglanden/delft/beleidsplan-2024.html").status == 200)
        try await rename("haaglanden/delft/beleidsplan-2024.md", "haaglanden/delft/beleidsplan-2024-2027.md")
        #expect(await preview.respond(to: "/haaglanden/delft/plan-2024.html").location == "/haaglanden/delft/beleidsplan-2024-2027.html")
        #expect(await preview.respond(to: "/haaglanden/delft/beleidsplan-2024.html").location == "/haaglanden/delft/beleidsplan-2024-2027.html")
        // A national factsheet: each region's copy goes to the copy of the new name.
        try await rename("factsheets/landelijk.md", "factsheets/landelijke-cijfers.md")
        #expect(await preview.respond(to: "/haaglanden/landelijk/landelijk.html").location == "/haaglanden/landelijk/landelijke-cijfers.html")
        #expect(await preview.respond(to: "/factsheets/landelijk.html").location == "/factsheets/landelijke-cijfers.html")
        // Two files gone and come at once: no telling which is which, so no guess.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("haaglanden/den-haag"), withIntermediateDirectories: true)
        try Data(Self.denHaagPlan("Een plan.").utf8).write(to: folder.appendingPathComponent("haaglanden/den-haag/plan-a.md"))
        try Data(Self.denHaagPlan("Een ander plan.").utf8).write(to: folder.appendingPathComponent("haaglanden/den-haag/plan-b.md"))
        await preview.rebuild(after: FileChanges(paths: [folder.appendingPathComponent("haaglanden/den-haag/plan-a.md").path,
                                                          folder.appendingPathComponent("haaglanden/den-haag/plan-b.md").path], listChanged: true))
        let a = folder.appendingPathComponent("haaglanden/den-haag/plan-a.md"), b = folder.appendingPathComponent("haaglanden/den-haag/plan-b.md")
        let c = folder.appendingPathComponent("haaglanden/den-haag/plan-c.md"), d = folder.appendingPathComponent("haaglanden/den-haag/plan-d.md")
        try FileManager.default.moveItem(at: a, to: c)
        try FileManager.default.moveItem(at: b, to: d)
        await preview.rebuild(after: FileChanges(paths: [a.path, b.path, c.path, d.path], listChanged: true))
        #expect(await preview.respond(to: "/haaglanden/den-haag/plan-a.html").status == 404)
    }

    @Test("een document verwijderd terwijl het voorbeeld loopt: zijn adres zegt welk bestand weg is en hoe het terugkomt; teruggezet is de pagina er weer")
    func deletedDocument() async throws {
        let (preview, folder) = try diskSession("verwijderd")
        defer { try? FileManager.default.removeItem(at: folder) }
        await preview.rebuild()
        let file = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        let saved = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        await preview.rebuild(after: FileChanges(paths: [file.path], listChanged: true))
        let gone = await preview.respond(to: "/haaglanden/delft/plan-2024.html")
        #expect(gone.status == 404)
        #expect(text(gone).contains("<title>Deze pagina is er niet meer</title>"), "\(text(gone))")
        #expect(text(gone).contains("<h1>Deze pagina is er niet meer</h1>\n<p class=\"lead\">inhoud/haaglanden/delft/plan-2024.md is verwijderd of verplaatst."), "\(text(gone))")
        #expect(text(gone).contains("<code>git checkout -- inhoud/haaglanden/delft/plan-2024.md</code>"))
        // Another address that never was a page stays the theme's own "not found".
        #expect(!text(await preview.respond(to: "/haaglanden/delft/nooit-bestaan.html")).contains("er niet meer"))
        try saved.write(to: file)
        await preview.rebuild(after: FileChanges(paths: [file.path], listChanged: true))
        #expect(await preview.respond(to: "/haaglanden/delft/plan-2024.html").status == 200)
    }

    @Test("een factsheet zoals regio new die begint (cijfers: []) heeft meteen een pagina in het voorbeeld, met de fout; de build weigert hem")
    func newFactsheetShowsAtOnce() async throws {
        let sheet = """
        === haaglanden/factsheets/delft-meldingen-2025.md
        ---
        type: factsheet
        titel: Meldingen Delft 2025
        status: concept
        schaal: gemeente
        gemeente: GM0503
        bron: {naam: Veilig Thuis Haaglanden}
        cijfers: []
        ---
        ## Toelichting

        De cijfers volgen.
        """
        let fixture = SiteFixture.valid.with(sheet)
        let preview = session(EditableContent(fixture))
        await preview.rebuild()
        let page = await preview.respond(to: "/haaglanden/factsheets/delft-meldingen-2025.html")
        #expect(page.status == 200 && text(page).contains("<h1>Meldingen Delft 2025</h1>") && text(page).contains("De cijfers volgen."))
        #expect(text(page).contains("<code>inhoud/haaglanden/factsheets/delft-meldingen-2025.md:8:10</code>: fout: <code>cijfers</code> is leeg"))
        let result = await build(fixture)
        #expect(result.hasErrors && result.diagnostics.map(\.code) == [.noFigures], "\(result.diagnostics.map(\.message))")
    }

    @Test("gestart met een document zonder pagina: dat is 404, de rest is te zien, en niets beweert een versie zonder fouten")
    func startedWithErrors() async throws {
        let content = EditableContent(SiteFixture.valid.with("=== haaglanden/delft/plan-2025.md\n---\ntype: beleidsplan\ntitel: Kapot\nstatus: onzin\n---\nTekst.\n"))
        let said = Sentences()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { BuildOptions(content: content.current.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday) },
            place: { "inhoud/" + $0.file }, report: { _, _ in }, announce: { said.add($0) }
        ))
        await preview.rebuild()
        #expect(said.all == ["regio: het voorbeeld toont deze versie, met de fouten erin; inhoud/haaglanden/delft/plan-2025.md heeft nog geen pagina"])
        let missing = await preview.respond(to: "/haaglanden/delft/plan-2025.html")
        #expect(missing.status == 404)
        // Not "the page was moved, perhaps": the page that is not there yet, why, and its own finding first.
        #expect(text(missing).contains("<p>Deze pagina is er nog niet: inhoud/haaglanden/delft/plan-2025.md heeft een fout die haar tegenhoudt (hieronder als eerste). Herstel die en sla op; dan verschijnt de pagina hier vanzelf.</p>"))
        #expect(text(missing).contains("<ul>\n<li><code>inhoud/haaglanden/delft/plan-2025.md:2:1</code>"))
        #expect(text(missing).contains(">Regio: 3 fouten bij het starten</h2>"))
        // The page itself says so too, not "not found, perhaps it moved".
        #expect(text(missing).contains("<title>Deze pagina is er nog niet</title>") && text(missing).contains("<h1>Deze pagina is er nog niet</h1>"))
        #expect(text(missing).contains("<p class=\"lead\">inhoud/haaglanden/delft/plan-2025.md heeft een fout die de pagina tegenhoudt; de melding staat onderaan."))
        #expect(!text(missing).contains("Misschien is het document verplaatst"))
        #expect(!text(await preview.respond(to: "/haaglanden/delft/bestaat-niet.html")).contains("Deze pagina is er nog niet"))
        let page = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(page.contains("<p>U ziet de laatste versie, met de fouten erin. inhoud/haaglanden/delft/plan-2025.md heeft nog geen pagina, en staat dus ook niet in de lijsten.</p>") && !page.contains("zonder fouten"), "\(page)")
    }

    @Test("het paneel telt fouten én waarschuwingen, toont `code` als code (ontsnapt), en zet de meldingen van het getoonde document eerst")
    func findingsPanel() {
        let findings = Findings(diagnostics: [
            Diagnostic(.unknownKey, "`titl` is geen sleutel van een beleidsplan", at: SourceLocation(file: "a.md", line: 2, column: 1),
                       notes: ["sleutels van een beleidsplan: `titel`, `status`"], fixIt: "bedoelde u `titel`?"),
            Diagnostic(.templatePlaceholder, "`naam` is nog de voorbeeldtekst van `regio new`", at: SourceLocation(file: "b.md", line: 3, column: 7)),
            Diagnostic(.unknownKey, "`<b>` en een losse ` blijven tekst", at: SourceLocation(file: "b.md", line: 4, column: 1)),
        ])
        let panel = LiveReload.panel(findings, page: PanelPage(document: "b.md"))
        #expect(panel.contains(">Regio: 2 fouten en 1 waarschuwing bij het starten</h2>"))
        #expect(panel.contains("waarschuwing: <code>naam</code> is nog de voorbeeldtekst van <code>regio new</code>"))
        #expect(panel.contains("<br>= sleutels van een beleidsplan: <code>titel</code>, <code>status</code><br>→ bedoelde u <code>titel</code>?"), "notes as the terminal gives them, then the fix")
        // An odd backtick leaves the message as text, escaped.
        #expect(panel.contains("fout: `&lt;b&gt;` en een losse ` blijven tekst"))
        let items = panel.components(separatedBy: "<li>").dropFirst().map { $0.prefix(14) }
        #expect(items == ["<code>b.md:4:1", "<code>b.md:3:7", "<code>a.md:2:1"], "the page's own document first, its errors before its warnings, then the rest")
        #expect(LiveReload.panel(findings).components(separatedBy: "<li>").dropFirst().first?.hasPrefix("<code>a.md") == true)
        // A shared file that keeps the site before on screen comes before the page's own document.
        var blocked = findings
        blocked.diagnostics.append(Diagnostic(.yamlSyntax, "ongeldige YAML", at: SourceLocation(file: "haaglanden/regio.yaml", line: 5, column: 4)))
        blocked.shown = .previousWithout(["haaglanden/regio.yaml"])
        #expect(blocked.ordered(first: "b.md").map(\.location.file) == ["haaglanden/regio.yaml", "b.md", "b.md", "a.md"])
        #expect(LiveReload.inlineCode("`<script>`") == "<code>&lt;script&gt;</code>")
        let warnings = Findings(diagnostics: [findings.diagnostics[1]])
        #expect(LiveReload.panel(warnings).contains(">Regio: 1 waarschuwing bij het starten</h2>"))
        var afterSave = warnings
        afterSave.isAfterChange = true
        #expect(LiveReload.panel(afterSave).contains(">Regio: 1 waarschuwing na de laatste wijziging</h2>"))
        #expect(!LiveReload.panel(warnings).contains("<p>"), "a build without errors needs no word on its version")
    }

    /// After `regio new` a site has many findings; the panel shows 50, and a theme's error, sorted by
    /// its name after every document's, was among those left out.
    @Test("het paneel zet fouten in instellingen en thema vóór de documenten, fouten vóór waarschuwingen, en telt de fouten die het weglaat")
    func panelOrdersErrorsFirst() {
        let warnings = (1...40).map { index in
            Diagnostic(.templatePlaceholder, "voorbeeldtekst \(index)", at: SourceLocation(file: "a/nieuw-\(index).md", line: 3, column: 1))
        }
        let errors = (1...30).map { index in
            Diagnostic(requirement: "hoofdstuk-\(index)", severity: .error, "hoofdstuk \(index) ontbreekt", at: SourceLocation(file: "a/plan-\(index).md", line: 1, column: 1))
        }
        let theme = Diagnostic(.yamlSyntax, "ongeldige YAML", at: SourceLocation(file: "themes/default/strings/nl.yaml", line: 7, column: 10))
        let own = Diagnostic(.templatePlaceholder, "voorbeeldtekst op deze pagina", at: SourceLocation(file: "b.md", line: 2, column: 1))
        var findings = Findings(diagnostics: (warnings + errors + [own, theme]).inReadingOrder())
        findings.shown = .previous
        let ordered = findings.ordered(first: "b.md")
        #expect(ordered.first?.location.file == theme.location.file, "the theme's error holds up every page")
        #expect(ordered[1].message == own.message, "then the page's own document")
        #expect(Array(ordered[2...31]).allSatisfy { $0.severity == .error }, "then every other error")
        #expect(Array(ordered[32...]).allSatisfy { $0.severity == .warning })
        let panel = LiveReload.panel(findings, page: PanelPage(document: "b.md"))
        #expect(panel.contains("themes/default/strings/nl.yaml:7:10</code>: fout: ongeldige YAML"), "\(panel)")
        #expect(panel.contains("<li>en nog 22 meldingen; zie de terminal</li>"), "the 22 left out are warnings")
        findings.diagnostics += (31...50).map { index in
            Diagnostic(requirement: "hoofdstuk-\(index)", severity: .error, "hoofdstuk \(index) ontbreekt", at: SourceLocation(file: "a/plan-\(index).md", line: 1, column: 1))
        }
        #expect(LiveReload.panel(findings).contains("<li>en nog 42 meldingen, waarvan 1 fout; zie de terminal</li>"))
    }

    @Test("het paneel toont onder een melding de regel met een dakje, zoals de terminal, en een melding van een ander document linkt naar diens pagina")
    func panelLineAndPageLink() async throws {
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: "Zie [de oude visie](../regiovisie-2019-2022.md).")
        let preview = session(EditableContent(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan)))
        await preview.rebuild()
        let elsewhere = text(await preview.respond(to: "/haaglanden/regiovisie-2023-2026.html"))
        #expect(elsewhere.contains("<code>inhoud/haaglanden/delft/plan-2024.md:11:5</code>: fout: "), "\(elsewhere)")
        #expect(elsewhere.contains(" (<a href=\"/haaglanden/delft/plan-2024.html\">naar de pagina</a>)<pre>11 | Zie <mark>[</mark>de oude visie](../regiovisie-2019-2022.md).</pre>"), "\(elsewhere)")
        // On the plan's own page the finding needs no link to it.
        let own = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(own.contains("</code>: fout: ") && !own.contains("naar de pagina") && own.contains("<pre>11 | Zie <mark>[</mark>"))
    }

    @Test("het paneel: de kop met een knop om in te klappen (verborgen tot het script hem toont), de meldingen in een eigen deel, het aantal voor het script")
    func panelButton() {
        let findings = Findings(diagnostics: [
            Diagnostic(.unknownKey, "`titl` is geen sleutel", at: SourceLocation(file: "a.md", line: 2, column: 1)),
            Diagnostic(.templatePlaceholder, "`naam` is nog de voorbeeldtekst", at: SourceLocation(file: "b.md", line: 3, column: 7)),
        ])
        let panel = LiveReload.panel(findings)
        #expect(panel.hasPrefix(#"""
        <section id="regio-meldingen" lang="nl" aria-labelledby="regio-meldingen-kop" data-count="2">
        <div id="regio-meldingen-balk">
        <h2 id="regio-meldingen-kop">Regio: 1 fout en 1 waarschuwing bij het starten</h2>
        <button type="button" id="regio-meldingen-knop" aria-expanded="true" aria-controls="regio-meldingen-inhoud" hidden>Inklappen</button>
        </div>
        <div id="regio-meldingen-inhoud">
        <p>U ziet de laatste versie, met de fouten erin.</p>
        <ul>

        """#), "\(panel)")
        #expect(panel.hasSuffix("</ul>\n</div>\n</section>\n"))
        // Without a finding (a held page of a build without errors): the version only, the parts closed.
        let held = LiveReload.panel(Findings(), page: PanelPage(document: "a.md", isHeld: true))
        #expect(held.contains(#"data-count="0""#) && held.hasSuffix("niet worden gebouwd.</p>\n</div>\n</section>\n"), "\(held)")
        #expect(held.components(separatedBy: "<div").count == held.components(separatedBy: "</div>").count)
    }

    @Test("de link naar de meldingen: alleen met het paneel, na de eigen link naar de inhoud van het thema (of direct na <body>), met het aantal meldingen")
    func skipLinkToPanel() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>x</title></head>\n<body class=\"start\">\n<a class=\"skip-link\" href=\"#inhoud\">Skip</a>\n<main id=\"inhoud\">Tekst</main>\n</body>\n</html>\n"
        let findings = Findings(diagnostics: (1...3).map { line in
            Diagnostic(.unknownKey, "fout \(line)", at: SourceLocation(file: "a.md", line: line, column: 1))
        })
        let link = ##"<a id="regio-naar-meldingen" href="#regio-meldingen" lang="nl">Naar de meldingen van het voorbeeld (3)</a>"##
        let shown = LiveReload.inject(into: page, findings: findings)
        #expect(shown.contains("<body class=\"start\">\n<a class=\"skip-link\" href=\"#inhoud\">Skip</a>\n" + link + "\n<main"), "the second thing Tab reaches: \(shown)")
        #expect(shown.components(separatedBy: "regio-naar-meldingen").count == 2)
        // Only where the panel is: a build without findings adds the script alone.
        let clean = LiveReload.inject(into: page, findings: Findings())
        #expect(!clean.contains("regio-naar-meldingen") && !clean.contains("regio-meldingen"))
        #expect(clean == page.replacingOccurrences(of: "</body>", with: "<script src=\"\(PreviewPath.scriptPath)\"></script>\n</body>"))
        // A held page of a build without findings has the panel, and a link without a count.
        let held = LiveReload.inject(into: page, findings: Findings(), page: PanelPage(document: "a.md", isHeld: true))
        #expect(held.contains(#"lang="nl">Naar de meldingen van het voorbeeld</a>"#))
        // `<body>` in upper case is found; a page without one gets the panel but no link.
        #expect(LiveReload.inject(into: "<BODY>\n<p>x</p></BODY>", findings: findings).hasPrefix("<BODY>\n" + link))
        let bare = LiveReload.inject(into: "<p>geen body</p>", findings: findings)
        #expect(bare.contains("id=\"regio-meldingen\"") && !bare.contains("regio-naar-meldingen"))
    }

    @Test("het paneel ontsnapt wat uit de inhoud komt: bestandsnaam, melding, noot en oplossing; de link en de knop hebben geen tekst van de inhoud")
    func panelEscaping() {
        var findings = Findings(diagnostics: [
            Diagnostic(.unknownKey, "</section><script>alert(1)</script> & \"x\"", at: SourceLocation(file: "a\"><img src=x onerror=alert(2)>.md", line: 1, column: 1),
                       notes: ["`<b onclick=alert(3)>`"], fixIt: "<i>bedoelde</i> u `'x'`?"),
        ])
        findings.place = { "inhoud/" + $0.file }
        let page = LiveReload.inject(into: "<body>\n<p>x</p>\n</body>", findings: findings)
        #expect(!page.contains("<script>") && !page.contains("<img") && !page.contains("<b ") && !page.contains("<i>"), "\(page)")
        #expect(page.contains("<code>inhoud/a&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.md:1:1</code>"), "\(page)")
        #expect(page.contains("fout: &lt;/section&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), "\(page)")
        #expect(page.contains("<br>= <code>&lt;b onclick=alert(3)&gt;</code><br>→ &lt;i&gt;bedoelde&lt;/i&gt; u <code>&#39;x&#39;</code>?"), "\(page)")
        #expect(page.components(separatedBy: "</section>").count == 2)
    }

    @Test("het script: in- en uitklappen met Escape, bewaard in sessionStorage, stijlen alleen via element.style (de CSP), geen HTML uit tekst, nooit een wachtwoord")
    func panelScript() {
        let script = LiveReload.script
        #expect(script.contains(#"new EventSource("\#(PreviewPath.eventsPath)")"#))
        #expect(script.contains(#""Uitklappen" : "Inklappen""#) && script.contains(#"setAttribute("aria-expanded""#))
        #expect(script.contains(#"event.key !== "Escape""#))
        #expect(script.contains(#"PANEL_KEY = "regio-meldingen", RELOAD_KEY = "regio-herladen""#) && script.contains("window.sessionStorage"))
        // Folded stays folded unless the count grew.
        #expect(script.contains("saved.collapsed && count <= saved.count"))
        // The page ends above the panel, also when it changes size.
        #expect(script.contains("document.body.style.paddingBottom") && script.contains("new ResizeObserver(update).observe(panel)"))
        // The theme's policy refuses style attributes and `<style>`; the script writes no HTML from text.
        for refused in [#"setAttribute("style""#, "<style", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] {
            #expect(!script.contains(refused), "\(refused)")
        }
        #expect(!script.contains("password"), "typed text is kept, a password never")
        #expect(script.contains(#"TEXT_TYPES = ["text", "search", "email", "url", "tel", "number"]"#))
    }

    /// A plan of Den Haag with a link to nothing: an error, yet a page.
    static func denHaagPlan(_ text: String) -> String {
        """
        ---
        type: beleidsplan
        titel: Het nieuwe plan van Den Haag
        status: concept
        gemeente: GM0518
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2026, tot: 2026}
        ---
        \(text) Zie [het oude plan](plan-2020.md).

        """
    }

    @Test("een open pagina krijgt elke nieuwe versie; een trage pagina krijgt alleen de nieuwste en houdt niets op")
    func versions() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let stream = await preview.versions()
        var iterator = stream.makeAsyncIterator()
        #expect(await iterator.next() == 1)
        // Three builds while the page reads nothing: the builds finish, the page then sees the newest only.
        for _ in 0..<3 { await preview.rebuild() }
        #expect(await iterator.next() == 4)
    }

    @Test("de router zonder socket: pagina's, weigeringen en geen cache")
    func routerWithoutSocket() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let app = PreviewServer(session: preview).application(port: 0)
        try await app.test(.router) { client in
            try await client.execute(uri: "/haaglanden/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(String(buffer: response.body).contains("Haaglanden"))
            }
            try await client.execute(uri: "/%2e%2e/%2e%2e/etc/passwd", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("HEAD zoals GET zonder inhoud (zelfde status, kopregels en Content-Length); andere methoden 405 met Allow: GET, HEAD")
    func headAndOtherMethods() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let app = PreviewServer(session: preview).application(port: 0)
        try await app.test(.router) { client in
            for path in ["/", "/haaglanden/delft/plan-2024.html", "/assets/regio.css", PreviewPath.scriptPath, "/bestaat-niet.html"] {
                var got: (HTTPResponse.Status, HTTPFields)?
                try await client.execute(uri: path, method: .get) { response in got = (response.status, response.headers) }
                let (status, headers) = try #require(got)
                try await client.execute(uri: path, method: .head) { response in
                    #expect(response.status == status, "\(path)")
                    #expect(response.headers[.contentType] == headers[.contentType], "\(path)")
                    #expect(response.headers[.contentLength] == headers[.contentLength] && headers[.contentLength] != nil, "\(path)")
                    #expect(response.body.readableBytes == 0, "\(path)")
                }
            }
            // The event stream's headers, without a stream that would hold a place.
            try await client.execute(uri: PreviewPath.eventsPath, method: .head) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/event-stream" && response.body.readableBytes == 0)
            }
            for method in [HTTPRequest.Method.post, .put, .delete, .options, .patch] {
                for path in ["/haaglanden/", PreviewPath.eventsPath, "/bestaat-niet.html"] {
                    try await client.execute(uri: path, method: method) { response in
                        #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                        #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
                    }
                }
            }
        }
    }

    @Test("alleen een Host van deze computer krijgt antwoord (tegen DNS-rebinding); een andere naam 403 met een Nederlandse tekst")
    func foreignHostRefused() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let app = PreviewServer(session: preview).application(port: 0)
        try await app.test(.router) { client in
            // The test client's authority is `localhost`; a further Host header must not name another site.
            try await client.execute(uri: "/haaglanden/", method: .get) { response in
                #expect(response.status == .ok)
            }
            for path in ["/haaglanden/", PreviewPath.eventsPath, "/bestaat-niet.html"] {
                for method in [HTTPRequest.Method.get, .head, .post] {
                    try await client.execute(uri: path, method: method, headers: [.init("Host")!: "evil.example:8123"]) { response in
                        #expect(response.status == .forbidden, "\(method) \(path)")
                        if method != .head {
                            #expect(String(buffer: response.body).contains("Regio: geweigerd: dit voorbeeld is alleen te openen op deze computer"))
                        }
                    }
                }
            }
        }
        let accepted: [String?] = [nil, "127.0.0.1", "127.0.0.1:8123", "localhost", "LocalHost:8123", "[::1]", "[::1]:8123"]
        for host in accepted { #expect(PreviewHost.accepts(host, port: 8123), "\(host ?? "geen Host")") }
        let refused = ["evil.example", "evil.example:8123", "127.0.0.1:9999", "localhost:", "localhost:+8123", "127.0.0.1.nip.io:8123",
                       "localhost.evil.example", "[::1]x", "[::1", "", "[::2]:8123", "0.0.0.0:8123"]
        for host in refused { #expect(!PreviewHost.accepts(host, port: 8123), "\(host)") }
    }

    @Test("rooktest over 127.0.0.1: een pagina en de gebeurtenissenstroom")
    func smokeOverLoopback() async throws {
        let preview = session(EditableContent(.valid))
        await preview.rebuild()
        let app = PreviewServer(session: preview).application(port: 0)
        try await app.test(.live) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(PreviewPath.scriptPath))
            }
            try await client.execute(uri: "/haaglanden/delft/plan-2024.html", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("de bewaker ziet een gewijzigd, nieuw of verwijderd bestand, en geen verborgen bestanden")
    func watcher() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-bewaker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let watcher = ContentWatcher(folders: [folder])
        let before = watcher.snapshot()
        #expect(before.count == SiteFixture.valid.files.count)
        try Data("x".utf8).write(to: folder.appendingPathComponent(".verborgen"))
        #expect(watcher.snapshot() == before)
        try Data("---\ntype: factsheet\n---\nmeer tekst\n".utf8).write(to: folder.appendingPathComponent("haaglanden/delft/plan-2024.md"))
        #expect(watcher.snapshot() != before)
        let changed = watcher.snapshot()
        try Data("nieuw".utf8).write(to: folder.appendingPathComponent("haaglanden/nieuw.md"))
        #expect(watcher.snapshot().count == changed.count + 1)
    }

    /// The bound only catches a watcher that waits for something else; its speed is measured by
    /// Benchmarks/preview.py. With every test running at once on two cores, 1.6 s was seen, and
    /// 5.2 s while two builds ran beside the tests.
    @Test("de bewaker meldt een opgeslagen bestand met zijn pad, binnen enkele seconden")
    func watcherReportsSaves() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-bewaker-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let reported = AsyncStream<FileChanges>.makeStream()
        let watching = Task { await ContentWatcher(folders: [folder]).watch { reported.continuation.yield($0) } }
        defer { watching.cancel() }
        try await Task.sleep(for: .milliseconds(300))
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        try Data("---\ntype: factsheet\n---\nanders\n".utf8).write(to: plan)
        let clock = ContinuousClock(), start = clock.now
        var iterator = reported.stream.makeAsyncIterator()
        let changes = try #require(await iterator.next())
        #expect(changes.paths.contains(plan.path))
        #expect(clock.now - start < .seconds(15))
        try Data("nieuw".utf8).write(to: folder.appendingPathComponent("haaglanden/nieuw.md"))
        var sawNewFile = false
        while let next = await iterator.next() {
            if next.listChanged { sawNewFile = true; break }
        }
        #expect(sawNewFile)
    }

    @Test("de bewaker ziet een commit en een checkout in de git-repository van de inhoud, ook in een worktree; git status en git add niet")
    func watcherSeesCommits() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-git-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try SiteFixture.valid.write(to: content)
        let author = ["GIT_AUTHOR_NAME": "A", "GIT_COMMITTER_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_EMAIL": "a@example.org"]
        func git(_ arguments: String..., in place: URL? = nil) throws {
            let run = try runTool(["git", "-C", (place ?? folder).path] + arguments, environment: author)
            #expect(run.status == 0, "git \(arguments): \(run.output)")
        }
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "eerste")
        let refs = try #require(GitRefs.locate(for: content))
        #expect(refs.gitFolder.path == folder.appendingPathComponent(".git").path && refs.commonFolder == refs.gitFolder)
        #expect(GitRefs.locate(for: FileManager.default.temporaryDirectory.appendingPathComponent("geen-repository-\(UUID().uuidString)")) == nil)

        func reports(_ watcher: ContentWatcher, after action: () throws -> Void) async throws -> FileChanges? {
            let log = ChangeLog()
            let watching = Task { await watcher.watch { await log.add($0) } }
            defer { watching.cancel() }
            // Armed when a file written now is reported: a fixed wait was too short on a loaded CI machine.
            let probe = content.appendingPathComponent("wacht.txt")
            for attempt in 0..<100 where await log.count == 0 {
                try Data("\(attempt)".utf8).write(to: probe)
                try await Task.sleep(for: .milliseconds(100))
            }
            try await Task.sleep(for: .milliseconds(300))
            let before = await log.count
            try action()
            // The first report after the action, or none within five seconds. A late report of the
            // probe alone (the machine may be slow) is not the action's.
            var index = before
            for _ in 0..<100 {
                while let next = await log.item(index) {
                    if next.historyChanged || next.paths.contains(where: { !$0.hasSuffix("/wacht.txt") }) { return next }
                    index += 1
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            return nil
        }
        let watcher = ContentWatcher(folders: [content], repository: refs)
        let committed = try await reports(watcher) { try git("commit", "-q", "--allow-empty", "-m", "leeg") }
        // A commit touches no content file; a late report of the probe may share its batch.
        #expect(committed?.historyChanged == true && committed?.paths.allSatisfy { $0.hasSuffix("/wacht.txt") } == true)
        let checkedOut = try await reports(watcher) { try git("checkout", "-q", "-b", "werk/plan") }
        #expect(checkedOut?.historyChanged == true)
        try Data("x".utf8).write(to: content.appendingPathComponent("notitie.txt"))
        let added = try await reports(watcher) { try git("status", "--short"); try git("add", "-A") }
        #expect(added?.historyChanged != true, "git status and git add move no HEAD")
        // The watcher that compares, as where inotify is refused.
        let polled = try await reportsByPolling(ContentWatcher(folders: [content], repository: refs, interval: .milliseconds(50))) {
            try git("commit", "-q", "-m", "notitie")
        }
        #expect(polled?.historyChanged == true && polled?.paths.isEmpty == true)
        // A worktree: HEAD and its reflog in .git/worktrees/…, the branches in the common folder.
        let tree = folder.deletingLastPathComponent().appendingPathComponent("regio-werkboom-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tree) }
        try git("worktree", "add", "-q", "-b", "boom", tree.path)
        let treeRefs = try #require(GitRefs.locate(for: tree.appendingPathComponent("content")))
        #expect(treeRefs.gitFolder != treeRefs.commonFolder && treeRefs.commonFolder.path == refs.gitFolder.path)
        let inTree = try await reports(ContentWatcher(folders: [tree.appendingPathComponent("content")], repository: treeRefs)) {
            try git("commit", "-q", "--allow-empty", "-m", "in de werkboom", in: tree)
        }
        #expect(inTree?.historyChanged == true)
    }

    /// What a watcher reported, in order.
    private actor ChangeLog {
        private var items: [FileChanges] = []
        var count: Int { items.count }
        func add(_ changes: FileChanges) { items.append(changes) }
        func item(_ index: Int) -> FileChanges? { index < items.count ? items[index] : nil }
    }

    /// What the comparing watcher reports after `action`; its first report is of the action.
    private func reportsByPolling(_ watcher: ContentWatcher, after action: () throws -> Void) async throws -> FileChanges? {
        let reported = AsyncStream<FileChanges>.makeStream()
        let watching = Task { await watcher.poll { reported.continuation.yield($0) } }
        defer { watching.cancel() }
        try await Task.sleep(for: .milliseconds(200))
        try action()
        var iterator = reported.stream.makeAsyncIterator()
        return await iterator.next()
    }

    @Test("bewaren via een tijdelijk bestand en hernoemen: alleen de tekst wordt opnieuw gelezen, en de pagina toont de wijziging")
    func savedByRename() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-hernoemd-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let quick = Flags()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { BuildOptions(content: DiskFileSystem(root: folder), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday) },
            contentFolder: folder, place: { $0.file }, report: { result, _ in quick.add(result.isDocumentEdit) }
        ))
        await preview.rebuild()
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md"), temporary = folder.appendingPathComponent("haaglanden/delft/plan-2024.md~")
        let original = try String(contentsOf: plan, encoding: .utf8)
        try Data((original + "\nNieuwe zin na het hernoemen.\n").utf8).write(to: temporary)
        #expect(rename(temporary.path, plan.path) == 0)
        await preview.rebuild(after: FileChanges(paths: [temporary.path, plan.path], listChanged: true))
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("Nieuwe zin na het hernoemen."))
        // A file that stays beside it is a new file: the whole pipeline, which lists it.
        try Data("---\ntype: factsheet\n---\n".utf8).write(to: folder.appendingPathComponent("haaglanden/nieuw.md"))
        await preview.rebuild(after: FileChanges(paths: [folder.appendingPathComponent("haaglanden/nieuw.md").path], listChanged: true))
        // A change in the theme: the whole pipeline too.
        await preview.rebuild(after: FileChanges(paths: [RepositoryPaths.defaultTheme.appendingPathComponent("assets/regio.css").path], listChanged: false))
        #expect(quick.all == [false, true, false, false])
    }

    @Test("een nieuw plan en daarna weer weg: de korte weg, en de pagina van de gemeente toont het plan en daarna niet meer")
    func planAddedAndDeleted() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-nieuw-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let quick = Flags(), counts = ReportLog()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { BuildOptions(content: DiskFileSystem(root: folder), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday) },
            contentFolder: folder, place: { $0.file }, report: { result, _ in quick.add(result.isDocumentEdit); counts.add(result.documentCount) }
        ))
        await preview.rebuild()
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2026.md")
        try Data("""
        ---
        type: beleidsplan
        titel: Het nieuwe plan van Delft
        status: concept
        gemeente: GM0503
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2026, tot: 2026}
        ---
        Tekst.

        """.utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: true))
        #expect(text(await preview.respond(to: "/haaglanden/delft/index.html")).contains("Het nieuwe plan van Delft"))
        #expect(await preview.respond(to: "/haaglanden/delft/plan-2026.html").status == 200)
        // As between two saves: the kept build gets tables of its own, and the next save changes those.
        await preview.ownTables()
        try FileManager.default.removeItem(at: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: true))
        #expect(!text(await preview.respond(to: "/haaglanden/delft/index.html")).contains("Het nieuwe plan van Delft"))
        #expect(await preview.respond(to: "/haaglanden/delft/plan-2026.html").status == 404)
        // The list of files followed: a full build after it lists what is on disk.
        await preview.rebuild(after: FileChanges(paths: [RepositoryPaths.defaultTheme.appendingPathComponent("assets/regio.css").path], listChanged: false))
        #expect(quick.all == [false, true, true, false])
        #expect(counts.all == [3, 4, 3, 3])
    }

    /// A preview of the valid fixture in `folder`/inhoud with a copy of the default theme in
    /// `folder`/thema, and whether each rebuild went the short way.
    private func themedSession(in folder: URL) throws -> (PreviewSession, content: URL, theme: URL, quick: Flags) {
        let content = folder.appendingPathComponent("inhoud"), theme = folder.appendingPathComponent("thema")
        try SiteFixture.valid.write(to: content)
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: theme)
        let quick = Flags()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { BuildOptions(content: DiskFileSystem(root: content), theme: DiskFileSystem(root: theme), themeLabel: "thema", parallelism: 2, today: testToday) },
            contentFolder: content, themeFolder: theme, place: { $0.file }, report: { result, _ in quick.add(result.isDocumentEdit) }
        ))
        return (preview, content, theme, quick)
    }

    @Test("een wijziging in het thema gaat de korte weg: dezelfde inhoud, de nieuwe stijl; een kapot sjabloon de hele pijplijn, met de melding")
    func themeSaved() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        let (preview, _, theme, quick) = try themedSession(in: folder)
        await preview.rebuild()
        let css = theme.appendingPathComponent("assets/regio.css")
        try Data((try String(contentsOf: css, encoding: .utf8) + "\n.nieuw { color: black; }\n").utf8).write(to: css)
        await preview.rebuild(after: FileChanges(paths: [css.path], listChanged: false))
        #expect(text(await preview.respond(to: "/haaglanden/assets/regio.css")).contains(".nieuw { color: black; }"))
        let template = theme.appendingPathComponent("templates/document.mustache")
        try Data((try String(contentsOf: template, encoding: .utf8) + "{{#open}}").utf8).write(to: template)
        await preview.rebuild(after: FileChanges(paths: [template.path], listChanged: false))
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains("sjabloon"), "the finding is on the page")
        #expect(quick.all == [false, true, false])
    }

    @Test("een naam in een sjabloon die Regio niet geeft: de waarschuwing staat op de pagina tot de naam klopt, en dan is zij weg")
    func unknownTemplateNameSaved() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        let (preview, content, theme, quick) = try themedSession(in: folder)
        await preview.rebuild()
        let template = theme.appendingPathComponent("templates/document.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>").utf8).write(to: template)
        await preview.rebuild(after: FileChanges(paths: [template.path], listChanged: false))
        let broken = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        let warning = "het sjabloon gebruikt <code>titel</code>, een naam die Regio niet geeft"
        #expect(broken.contains(warning) && broken.contains("bedoelt u <code>title</code>?"), "the warning is on the page")
        #expect(broken.contains("<h1></h1>"))
        // A save of a document keeps the theme's warning.
        let plan = content.appendingPathComponent("haaglanden/delft/plan-2024.md")
        try Data((try String(contentsOf: plan, encoding: .utf8) + "\nNog een zin.\n").utf8).write(to: plan)
        await preview.rebuild(after: FileChanges(paths: [plan.path], listChanged: false))
        #expect(text(await preview.respond(to: "/haaglanden/delft/plan-2024.html")).contains(warning))
        try Data(original.utf8).write(to: template)
        await preview.rebuild(after: FileChanges(paths: [template.path], listChanged: false))
        let mended = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(!mended.contains("het sjabloon gebruikt") && !mended.contains("<h1></h1>"))
        // The typo and its repair take the whole pipeline, which makes and clears the finding; the
        // document's save goes the short way.
        #expect(quick.all == [false, false, true, false])
    }

    @Test("de bewaker raakte het spoor kwijt en noemt verdwenen bestanden niet: de hele pijplijn, met een nieuwe lijst van bestanden")
    func watcherLostTrack() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-kwijt-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        // A factsheet in a folder of its own, which no document links to.
        try SiteFixture.valid.with("=== haaglanden/factsheets/meldingen.md\n---\ntype: factsheet\ntitel: Meldingen\nstatus: concept\nschaal: regio\nbron: {naam: Voorbeeldbron}\ncijfers:\n  - {label: Meldingen, waarde: 10, jaar: 2023}\n---\nTekst.\n").write(to: folder)
        let counts = ReportLog()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { BuildOptions(content: DiskFileSystem(root: folder), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday) },
            contentFolder: folder, place: { $0.file }, report: { result, _ in counts.add(result.documentCount) }
        ))
        await preview.rebuild()
        #expect(await preview.respond(to: "/haaglanden/factsheets/meldingen.html").status == 200)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("haaglanden/factsheets"))
        // What the watcher reports when inotify lost track: every file there is now, and no more.
        let lost = ContentWatcher(folders: [folder]).everything()
        #expect(!lost.namesEveryChange && !lost.paths.contains { $0.hasSuffix("meldingen.md") })
        await preview.rebuild(after: lost)
        #expect(counts.all == [4, 3])
        #expect(await preview.respond(to: "/haaglanden/factsheets/meldingen.html").status == 404)
    }

    @Test("de inhoudsmap verwijderd en teruggezet: de pagina herlaadt en zegt dat de map weg is, niet dat site.yaml ontbreekt; teruggezet de nieuwe site")
    func contentFolderGoneAndBack() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("regio-weg-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("inhoud")
        try SiteFixture.valid.write(to: folder)
        let said = Sentences()
        let preview = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: {
                // As `regio serve`: a content folder that is not there is refused before any build.
                guard FileManager.default.fileExists(atPath: folder.path) else { throw CocoaError(.fileNoSuchFile) }
                return BuildOptions(content: DiskFileSystem(root: folder), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday)
            },
            contentFolder: folder, place: { $0.file == "." ? "inhoud" : "inhoud/" + $0.file }, report: { _, _ in }, announce: { said.add($0) }
        ))
        await preview.rebuild()
        let stream = await preview.versions()
        var versions = stream.makeAsyncIterator()
        #expect(await versions.next() == 1)
        try FileManager.default.removeItem(at: folder)
        // What the watcher reports when the folder's watch is gone: every file there is now, none.
        await preview.rebuild(after: ContentWatcher(folders: [folder]).everything())
        // Asked before the stream, which would wait for a version that never comes.
        try #require(await preview.version == 2, "a build was tried")
        #expect(await versions.next() == 2, "the open page reloads")
        let page = await preview.respond(to: "/haaglanden/delft/plan-2024.html")
        #expect(page.status == 200, "the site before stays")
        #expect(text(page).contains("<code>inhoud</code>: fout: de inhoudsmap is er niet meer"), "\(text(page))")
        #expect(text(page).contains("Na de laatste wijziging kon de site niet worden gemaakt; u ziet de versie daarvoor."))
        #expect(!text(page).contains("site.yaml"))
        #expect(said.all.contains { $0.hasPrefix("regio: de inhoudsmap inhoud is er niet meer") }, "\(said.all)")
        let plan = try #require(SiteFixture.valid.files["haaglanden/delft/plan-2024.md"])
        try SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan + "\nTeruggezet uit de reservekopie.\n").write(to: folder)
        await preview.rebuild(after: ContentWatcher(folders: [folder]).everything())
        try #require(await preview.version == 3)
        #expect(await versions.next() == 3)
        let back = text(await preview.respond(to: "/haaglanden/delft/plan-2024.html"))
        #expect(back.contains("Teruggezet uit de reservekopie.") && !back.contains("regio-meldingen"), "\(back)")
    }

    @Test("wat een bewaring met de bestanden deed: verborgen bestanden tellen niet; nieuwe en verdwenen bestanden apart; een nieuwe map niet vast te pinnen")
    func contentEdits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-bewaard-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let files = CachedFileSystem(DiskFileSystem(root: folder))
        func edits(_ paths: [String], listChanged: Bool) -> ContentEdits? {
            PreviewSession.contentEdits(FileChanges(paths: Set(paths.map { folder.appendingPathComponent($0).path }), listChanged: listChanged),
                                        in: folder, listed: files)
        }
        let plan = "haaglanden/delft/plan-2024.md"
        #expect(edits([plan], listChanged: false) == ContentEdits(saved: [plan]))
        // An editor's save by a temporary file and a rename.
        #expect(edits([plan, "haaglanden/.plan-2024.md.swp"], listChanged: true) == ContentEdits(saved: [plan]))
        #expect(edits([plan, "haaglanden/delft/weg.tmp"], listChanged: true) == ContentEdits(saved: [plan]))
        // Emacs's auto-save file, written while the author types, comes and goes beside the document.
        try Data("x".utf8).write(to: folder.appendingPathComponent("haaglanden/delft/#plan-2024.md#"))
        #expect(edits([plan, "haaglanden/delft/#plan-2024.md#"], listChanged: true) == ContentEdits(saved: [plan]))
        // A temporary file that stays is still no content, as for the folder walk.
        try Data("x".utf8).write(to: folder.appendingPathComponent("haaglanden/delft/blijft.tmp"))
        #expect(edits([plan, "haaglanden/delft/blijft.tmp"], listChanged: true) == ContentEdits(saved: [plan]))
        try Data("x".utf8).write(to: folder.appendingPathComponent("haaglanden/delft/blijft.txt"))
        #expect(edits([plan, "haaglanden/delft/blijft.txt"], listChanged: true) == ContentEdits(saved: [plan], added: ["haaglanden/delft/blijft.txt"]))
        try FileManager.default.removeItem(at: folder.appendingPathComponent(plan))
        #expect(edits([plan], listChanged: true) == ContentEdits(removed: [plan]))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("haaglanden/rijswijk"), withIntermediateDirectories: true)
        #expect(edits(["haaglanden/rijswijk"], listChanged: true) == nil, "files in a new folder may not have been reported yet")
        #expect(PreviewSession.contentEdits(FileChanges(paths: ["/elders/stijl.css"], listChanged: false), in: folder, listed: files) == nil)
        let incomplete = FileChanges(paths: [folder.appendingPathComponent(plan).path], listChanged: true, namesEveryChange: false)
        #expect(PreviewSession.contentEdits(incomplete, in: folder, listed: files) == nil)
        // The list of files follows what came and went without walking the folder again.
        files.updateListing(adding: ["haaglanden/delft/blijft.txt"], removing: [plan])
        let listed = try files.listing().files
        #expect(listed.contains("haaglanden/delft/blijft.txt") && !listed.contains(plan) && listed == listed.sorted())
        #expect(listed == (try DiskFileSystem(root: folder).listing().files))
        // A link in the content is reported by where it leads, which a new file may change: walked again.
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("haaglanden/delft/link.md"),
                                                   withDestinationURL: folder.appendingPathComponent("haaglanden/delft/nieuw.md"))
        let linked = CachedFileSystem(DiskFileSystem(root: folder))
        try Data("x".utf8).write(to: folder.appendingPathComponent("haaglanden/delft/nieuw.md"))
        #expect(PreviewSession.contentEdits(FileChanges(paths: [folder.appendingPathComponent("haaglanden/delft/nieuw.md").path], listChanged: true),
                                            in: folder, listed: linked) == nil)
    }
}

private final class Sentences: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func add(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}

private final class Flags: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool] = []
    func add(_ value: Bool) { lock.withLock { values.append(value) } }
    var all: [Bool] { lock.withLock { values } }
}
