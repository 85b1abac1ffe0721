import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// History from real git, on repositories the tests make themselves with fixed dates.
@Suite("Geschiedenis uit git", .serialized)
struct HistoryTests {
    /// A repository holding the valid site under `content/`, with a first commit, a change to the
    /// vision and a rename of the national factsheet (with the link to it updated).
    struct Repository {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }

        init(order: [String]? = nil) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("regio-git-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try git("init", "-q", "-b", "main")
            try write(SiteFixture.valid.files, order: order)
            try commit("Eerste versie", date: "2024-01-10T09:00:00+01:00", author: "Anna de Vries")
            let vision = (SiteFixture.valid.files["haaglanden/regiovisie-2023-2026.md"] ?? "") + "\nNieuwe alinea.\n"
            try write(["haaglanden/regiovisie-2023-2026.md": vision])
            try commit("Visie bijgewerkt na de raadsvergadering", date: "2024-03-01T14:30:00+01:00", author: "Piet Jansen")
            try git("mv", "content/factsheets/landelijk.md", "content/factsheets/landelijke-cijfers.md")
            try write(["haaglanden/regiovisie-2023-2026.md": vision.replacingOccurrences(of: "factsheets/landelijk.md", with: "factsheets/landelijke-cijfers.md")])
            try commit("Factsheet hernoemd", date: "2024-04-02T10:00:00+02:00", author: "Anna de Vries")
        }

        func write(_ files: [String: String], order: [String]? = nil) throws {
            for path in order ?? files.keys.sorted() {
                guard let text = files[path] else { continue }
                let url = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        func commit(_ message: String, date: String, author: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "-m", message, environment: [
                "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": author, "GIT_COMMITTER_NAME": author,
                "GIT_AUTHOR_EMAIL": "redactie@example.org", "GIT_COMMITTER_EMAIL": "redactie@example.org",
            ])
        }

        @discardableResult
        func git(_ arguments: String..., environment: [String: String] = [:], in folder: URL? = nil) throws -> String {
            let run = try runTool(["git", "-C", (folder ?? root).path] + arguments, environment: environment)
            #expect(run.status == 0, "git \(arguments): \(run.output)")
            return run.output
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    func build(_ content: URL, history: ContentHistory?) async -> BuildResult {
        await BuildPipeline.run(BuildOptions(
            content: DiskFileSystem(root: content), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2,
            today: testToday, history: history
        ))
    }

    @Test("datum van toevoegen, laatste wijziging en de lijst van wijzigingen, ook over een hernoeming heen")
    func history() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let history = GitHistoryReader(contentFolder: repository.content).read()
        #expect(history.limitation == nil)
        let vision = try #require(history.files["haaglanden/regiovisie-2023-2026.md"])
        #expect(vision.added == DayDate("2024-01-10") && vision.lastChanged == DayDate("2024-04-02"))
        #expect(vision.changes.map(\.message) == ["Factsheet hernoemd", "Visie bijgewerkt na de raadsvergadering", "Eerste versie"])
        let renamed = try #require(history.files["factsheets/landelijke-cijfers.md"])
        #expect(renamed.added == DayDate("2024-01-10"), "the rename is followed back to the first commit")
        #expect(history.files["factsheets/landelijk.md"] == nil)
        #expect(history.files["haaglanden/delft/plan-2024.md"]?.changes.count == 1)
    }

    @Test("de documentpagina toont de datums en de wijzigingen; namen alleen als site.yaml dat vraagt")
    func page() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        let result = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains("<dt>Op deze site sinds</dt><dd>10 januari 2024</dd>"))
        #expect(page.contains("<dt>Tekst laatst gewijzigd</dt><dd>2 april 2024</dd>"))
        #expect(page.contains(#"<li><span class="doc-meta">1 maart 2024</span> Visie bijgewerkt na de raadsvergadering</li>"#))
        #expect(!page.contains("Piet Jansen") && !page.contains("redactie@example.org"), "names are personal data")
        try repository.write(["site.yaml": "titel: Testsite\nauteurs_tonen: ja\n"])
        let named = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        #expect(named.site?.html("haaglanden/regiovisie-2023-2026.html")?.contains("Visie bijgewerkt na de raadsvergadering <span class=\"doc-meta\">(Piet Jansen)</span>") == true)
        // The feed dates come from git too.
        #expect(result.site?.html("haaglanden/atom.xml")?.contains("<updated>2024-04-02T00:00:00Z</updated>") == true)
    }

    @Test("commitberichten_tonen: nee laat de berichten weg, de datums blijven")
    func changeMessagesHidden() async throws {
        let repository = try HistoryTests.Repository()
        defer { repository.remove() }
        try repository.write(["site.yaml": "titel: Testsite\ncommitberichten_tonen: nee\n"])
        let result = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let page = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(!page.contains("Visie bijgewerkt na de raadsvergadering") && !page.contains("Factsheet hernoemd"))
        #expect(page.contains(#"<li><span class="doc-meta">1 maart 2024</span></li>"#))
        #expect(site.html("haaglanden/regiovisie-2023-2026.wijziging.html")?.contains(
            #"<p class="lead">Vergeleken met de vastgestelde tekst, zoals die werd vastgelegd op 10 januari 2024. Gewijzigd op 2 april 2024.</p>"#) == true)
    }

    /// As in a CI container that checks the repository out as another user: git refuses it.
    @Test("een repository van een andere gebruiker: git weigert hem, en de melding zegt hoe u de map vertrouwt",
          .enabled(if: getuid() == 0, "alleen root kan de repository aan een andere gebruiker geven"))
    func dubiousOwnership() throws {
        let repository = try Repository()
        defer { repository.remove() }
        #expect(chown(repository.root.path, 65534, 65534) == 0)
        let limitation = try #require(GitHistoryReader(contentFolder: repository.content).read().limitation)
        #expect(limitation.contains("git weigert de repository te lezen"))
        #expect(limitation.contains("`git config --global --add safe.directory \(repository.root.path)`"), "\(limitation)")
        #expect(!limitation.contains("niet in een git-repository"))
    }

    @Test("buiten git, zonder commits en in een ondiepe kloon: de build werkt en zegt één keer wat ontbreekt")
    func limitations() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("regio-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect(GitHistoryReader(contentFolder: outside).read().limitation?.contains("niet in een git-repository") == true)

        let repository = try Repository()
        defer { repository.remove() }
        let empty = repository.root.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try repository.git("init", "-q", in: empty)
        #expect(GitHistoryReader(contentFolder: empty).read().limitation?.contains("nog geen commits") == true)

        let shallow = repository.root.appendingPathComponent("ondiep")
        try repository.git("clone", "-q", "--depth", "1", "file://\(repository.root.path)", shallow.path, in: repository.root)
        let history = GitHistoryReader(contentFolder: shallow.appendingPathComponent("content")).read()
        #expect(history.limitation?.contains("ondiepe kloon") == true)
        #expect(history.files["haaglanden/regiovisie-2023-2026.md"]?.changes.count == 1)

        // A damaged repository: the first commit's object is gone.
        let first = try repository.git("rev-list", "--max-parents=0", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.removeItem(at: repository.root.appendingPathComponent(".git/objects/\(first.prefix(2))/\(first.dropFirst(2))"))
        let damaged = GitHistoryReader(contentFolder: repository.content).read()
        #expect(damaged.limitation?.contains("beschadigd") == true)
        #expect(damaged.files.isEmpty)
    }

    @Test("dezelfde inhoud en geschiedenis geven byte-identieke uitvoer, ook als de bestanden in een andere volgorde zijn gemaakt")
    func byteIdentical() async throws {
        let first = try Repository()
        defer { first.remove() }
        let second = try Repository(order: SiteFixture.valid.files.keys.sorted().reversed())
        defer { second.remove() }
        #expect(try first.git("rev-parse", "HEAD") == second.git("rev-parse", "HEAD"), "the same history")
        let a = try #require(await build(first.content, history: GitHistoryReader(contentFolder: first.content).read()).site)
        let b = try #require(await build(second.content, history: GitHistoryReader(contentFolder: second.content).read()).site)
        #expect(a.files.map(\.path) == b.files.map(\.path))
        #expect(a.files.map(\.data) == b.files.map(\.data))
        #expect(a.files.count > 20)
    }

    @Test("de laatste wijziging: beide versies uit één git cat-file --batch, ook na een hernoeming; een pagina naast het document")
    func lastChange() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        let history = GitHistoryReader(contentFolder: repository.content).read()
        let vision = try #require(history.lastChanges["haaglanden/regiovisie-2023-2026.md"])
        #expect(vision.before.contains("](../factsheets/landelijk.md)") && vision.after.contains("](../factsheets/landelijke-cijfers.md)"))
        let renamed = try #require(history.lastChanges["factsheets/landelijke-cijfers.md"])
        #expect(renamed.before == renamed.after && renamed.after.contains("titel: Landelijke cijfers"))
        #expect(history.lastChanges["haaglanden/delft/plan-2024.md"] == nil, "one version only: nothing to compare")

        // The last change alone, as for a document that was not adopted (`sinceAdoption` covers the adopted text).
        var lastOnly = history
        lastOnly.adoptedVersions = [:]
        let result = await build(repository.content, history: lastOnly)
        let site = try #require(result.site)
        let page = try #require(site.html("haaglanden/regiovisie-2023-2026.wijziging.html"))
        #expect(page.contains(#"<p class="lead">Gewijzigd op 2 april 2024: Factsheet hernoemd.</p>"#))
        #expect(page.contains("<p>0 nieuwe onderdelen, 0 vervallen onderdelen, 0 gewijzigde onderdelen.</p>"), "only a link target changed")
        #expect(site.html("haaglanden/regiovisie-2023-2026.html")?.contains(#"<a href="regiovisie-2023-2026.wijziging.html">Bekijk wat de laatste wijziging veranderde</a>"#) == true)
        #expect(try LinkAudit.run(site).broken.isEmpty)
    }

    @Test("een link of verwijzing naar een verwijderd document zegt in welke commit het verdween en hoe u het terugzet")
    func deletedDocument() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        try repository.git("rm", "-q", "content/haaglanden/regiovisie-2023-2026.md")
        try repository.commit("Oude regiovisie weg", date: "2024-05-06T11:00:00+02:00", author: "Anna de Vries")
        let commit = String(try repository.git("rev-parse", "HEAD").prefix(7))
        let result = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        let restore = "zet het bestand terug met `git checkout \(commit)~1 -- content/haaglanden/regiovisie-2023-2026.md` (vanuit de hoofdmap van de repository)"
        let note = "`haaglanden/regiovisie-2023-2026.md` is op 6 mei 2024 verwijderd in commit `\(commit)` („Oude regiovisie weg”)"
        // The plan's front matter names the vision, and its body links to it.
        let reference = try #require(result.diagnostics.first { $0.code == .unknownReference })
        #expect(reference.location.file == "haaglanden/delft/plan-2024.md" && reference.location.line == 6)
        #expect(reference.notes == [note])
        #expect(reference.fixIt?.hasPrefix(restore) == true, "\(reference.fixIt ?? "")")
        let link = try #require(result.diagnostics.first { $0.code == .brokenLink })
        #expect(link.location.file == "haaglanden/delft/plan-2024.md" && link.location.line == 11)
        #expect(link.notes == [note] && link.fixIt?.hasPrefix(restore) == true)

        // The command as given brings it back, and the site builds without errors again.
        try repository.git("checkout", "\(commit)~1", "--", "content/haaglanden/regiovisie-2023-2026.md")
        let restored = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        #expect(restored.diagnostics.isEmpty, "\(restored.diagnostics.map(\.message))")
    }

    @Test("een document weg maar nog niet vastgelegd: terugzetten uit de laatste commit, ook in het voorbeeld na het bewaren")
    func uncommittedDeletion() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        let history = GitHistoryReader(contentFolder: repository.content).read()
        // The plan deleted without a commit, and the vision's link to it taken out: no findings.
        let visionURL = repository.content.appendingPathComponent("haaglanden/regiovisie-2023-2026.md")
        let vision = try String(contentsOf: visionURL, encoding: .utf8)
        try FileManager.default.removeItem(at: repository.content.appendingPathComponent("haaglanden/delft/plan-2024.md"))
        try Data(vision.replacingOccurrences(of: " en [Delft](delft/plan-2024.md#doelen)", with: "").utf8).write(to: visionURL)
        var options = BuildOptions(content: DiskFileSystem(root: repository.content), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                   parallelism: 2, today: testToday, history: history)
        options.rendersOnDemand = true
        let served = await BuildPipeline.run(options)
        #expect(served.diagnostics.isEmpty, "\(served.diagnostics.map(\.message))")

        // The link written again: the preview's short way after the save and the whole pipeline say the same.
        try Data(vision.utf8).write(to: visionURL)
        let quick = try #require(await BuildPipeline.rebuild(afterEditing: ["haaglanden/regiovisie-2023-2026.md"], previous: served, options: options))
        let full = await build(repository.content, history: history)
        let restore = "zet het bestand terug met `git checkout HEAD -- content/haaglanden/delft/plan-2024.md` (vanuit de hoofdmap van de repository)"
        for result in [quick, full] {
            let link = try #require(result.diagnostics.first { $0.code == .brokenLink })
            #expect(link.location.file == "haaglanden/regiovisie-2023-2026.md")
            #expect(link.notes == ["`haaglanden/delft/plan-2024.md` staat nog in de laatste commit, maar niet meer in de map: het is verwijderd of verplaatst zonder dat dat is vastgelegd"])
            #expect(link.fixIt?.hasPrefix(restore) == true, "\(link.fixIt ?? "")")
        }
        #expect(full.diagnostics == quick.diagnostics)
        try repository.git("checkout", "HEAD", "--", "content/haaglanden/delft/plan-2024.md")
        #expect(await build(repository.content, history: history).diagnostics.isEmpty)
    }

    @Test("een link naar de oude naam van een hernoemd document noemt de nieuwe naam")
    func renamedDocument() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        let vision = "haaglanden/regiovisie-2023-2026.md"
        // The vision as it was before the rename, with its link to the old name.
        try repository.write([vision: SiteFixture.valid.files[vision] ?? ""])
        let result = await build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        let commit = String(try repository.git("rev-parse", "HEAD").prefix(7))
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map { "\($0.location.line) \($0.message) \($0.notes)" })")
        let link = try #require(result.diagnostics.first)
        #expect(link.code == .brokenLink && link.location.file == vision && link.location.line == 10)
        #expect(link.notes == ["`factsheets/landelijk.md` heet sinds 2 april 2024 `factsheets/landelijke-cijfers.md` (commit `\(commit)`, „Factsheet hernoemd”)"])
        #expect(link.fixIt == "schrijf de nieuwe naam: `landelijke-cijfers.md` in plaats van `landelijk.md`")
    }

    /// A walkthrough's council document: adopted, then amended and corrected in later commits. The page
    /// said "vastgesteld op" above a text the council never saw, and the adopted text was nowhere.
    @Test("een vastgesteld document dat daarna is gewijzigd: de pagina zegt het, en de vergelijking gaat tegen de vastgestelde tekst")
    func changedSinceAdoption() async throws {
        let repository = try Repository()
        defer { repository.remove() }
        let history = GitHistoryReader(contentFolder: repository.content).read()
        let vision = "haaglanden/regiovisie-2023-2026.md"
        // Adopted in the first commit (its `vastgesteld_op` line came then), changed twice since.
        let adopted = try #require(history.adoptedVersions[vision])
        #expect(adopted.change.message == "Eerste versie" && adopted.change.date == DayDate("2024-01-10"))
        #expect(adopted.text == SiteFixture.valid.files[vision])
        #expect(history.adoptedVersions["factsheets/landelijke-cijfers.md"]?.change.message == "Eerste versie", "followed across the rename")
        #expect(history.adoptedVersions["haaglanden/delft/plan-2024.md"] == nil, "a concept with one version")

        let site = try #require(await build(repository.content, history: history).site)
        let page = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(page.contains(#"<dt>Vastgesteld op</dt><dd>16 maart 2023</dd>"#))
        #expect(page.contains(#"<dt>Gewijzigd na de vaststelling</dt><dd><a href="regiovisie-2023-2026.wijziging.html">2 april 2024</a></dd>"#))
        #expect(page.contains(#"<a href="regiovisie-2023-2026.wijziging.html">Bekijk wat er sinds de vaststelling veranderde</a>"#))
        let comparison = try #require(site.html("haaglanden/regiovisie-2023-2026.wijziging.html"))
        #expect(comparison.contains("<h1>Wijzigingen sinds de vaststelling: Regiovisie 2023-2026</h1>"))
        #expect(comparison.contains(#"<p class="lead">Vergeleken met de vastgestelde tekst, zoals die werd vastgelegd op 10 januari 2024. Gewijzigd op 2 april 2024: Factsheet hernoemd.</p>"#))
        #expect(comparison.contains("Nieuwe alinea."), "the paragraph added after adoption, which the last change alone did not show")
        #expect(try LinkAudit.run(site).broken.isEmpty)

        // Set back to concept (uncommitted): nothing was adopted, so only the last change is shown.
        try repository.write([vision: (try String(contentsOf: repository.content.appendingPathComponent(vision), encoding: .utf8))
            .replacingOccurrences(of: "status: vastgesteld\nvastgesteld_op: 2023-03-16\n", with: "status: concept\n")])
        let concept = try #require(await build(repository.content, history: history).site)
        #expect(concept.html("haaglanden/regiovisie-2023-2026.html")?.contains("Gewijzigd na de vaststelling") == false)
        #expect(concept.html("haaglanden/regiovisie-2023-2026.wijziging.html")?.contains("<h1>Laatste wijziging: Regiovisie 2023-2026</h1>") == true)
    }

    @Test("voor het voorbeeld: de geschiedenis wordt pas opnieuw gelezen als HEAD verschuift, niet bij het opslaan van een bestand")
    func historyCache() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let cache = HistoryCache(contentFolder: repository.content)
        let vision = "haaglanden/regiovisie-2023-2026.md"
        let before = try #require(cache.read().files[vision]?.changes.count)
        // Saving without committing: the same history, from the cache.
        try repository.write([vision: "---\nanders\n---\n"])
        #expect(HistoryCache.signature(of: repository.content) != nil)
        #expect(cache.read().files[vision]?.changes.count == before)
        try repository.commit("Nog een wijziging", date: "2024-05-01T10:00:00+02:00", author: "Anna de Vries")
        #expect(cache.read().files[vision]?.changes.count == before + 1)
    }

    @Test("buiten een repository wordt git niet bij elke build gevraagd, tot er een repository verschijnt")
    func historyCacheOutsideRepository() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("geen-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("inhoud")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let outside = HistoryCache.signature(of: content)
        #expect(outside == ["geen repository"])
        let cache = HistoryCache(contentFolder: content)
        #expect(cache.read().limitation != nil)
        #expect(try runTool(["git", "-C", root.path, "init", "-q"]).status == 0)
        // A new repository has no reflog yet, so no signature: history is read every time until the first commit.
        #expect(HistoryCache.signature(of: content) != outside)
    }
}

@Suite("Hernoemde documenten", .serialized)
struct MovedPageTests {
    @Test("na git mv stuurt het oude adres door naar het nieuwe, op elke plek waar de pagina stond; de sitemap noemt het niet")
    func renamedDocument() async throws {
        let repository = try HistoryTests.Repository()
        defer { repository.remove() }
        try repository.write(["site.yaml": "titel: Testsite\nbasis_url: https://beleid.example.nl/\n"])
        try repository.commit("Adres van de site", date: "2024-05-01T10:00:00+02:00", author: "Anna de Vries")
        let history = GitHistoryReader(contentFolder: repository.content).read()
        #expect(history.files["factsheets/landelijke-cijfers.md"]?.formerFiles == ["factsheets/landelijk.md"])
        #expect(history.files["haaglanden/delft/plan-2024.md"]?.formerFiles == [])
        let result = await HistoryTests().build(repository.content, history: history)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let moved = site.files.filter { String(decoding: $0.data, as: UTF8.self).contains(#"http-equiv="refresh""#) }.map(\.path.description)
        #expect(moved == ["factsheets/landelijk.html", "haaglanden/landelijk/landelijk.html"], "the national page and its copy in the region")
        let page = try #require(site.html("haaglanden/landelijk/landelijk.html"))
        #expect(page.contains(#"<meta http-equiv="refresh" content="0; url=landelijke-cijfers.html">"#))
        #expect(page.contains(#"<link rel="canonical" href="https://beleid.example.nl/haaglanden/landelijk/landelijke-cijfers.html">"#))
        #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        #expect(page.contains(#"<h1>Deze pagina is verhuisd</h1>"#))
        #expect(page.contains(#"heeft een nieuw adres: <a href="landelijke-cijfers.html">Landelijke cijfers</a>."#))
        let sitemap = try #require(site.html("sitemap.xml"))
        #expect(sitemap.contains("landelijke-cijfers.html") && !sitemap.contains("landelijk/landelijk.html"))
        #expect(try LinkAudit.run(site).broken.isEmpty)
    }

    @Test("de doorverwijzing is geldige HTML5", .enabled(if: HTMLValidityTests.vnuJar != nil, "REGIO_VNU_JAR niet gezet: draai scripts/test.sh"))
    func movedPageIsValidHTML() async throws {
        let repository = try HistoryTests.Repository()
        defer { repository.remove() }
        let site = try #require(await HistoryTests().build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read()).site)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("regio-vnu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try DiskSiteWriter(output: output).write(site)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("factsheets/landelijk.html").path))
        let (status, report) = try HTMLValidityTests.validate(output.appendingPathComponent("factsheets"))
        #expect(status == 0 && report.isEmpty, "\(report)")
    }

    @Test("een hernoemd plan houdt zijn id in de feed; een nieuw document op het oude adres krijgt dat adres en geen doorverwijzing")
    func feedIdentityAndReuse() async throws {
        let repository = try HistoryTests.Repository()
        defer { repository.remove() }
        let before = await HistoryTests().build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        let feedBefore = try #require(before.site?.html("haaglanden/atom.xml"))
        try repository.git("mv", "content/haaglanden/delft/plan-2024.md", "content/haaglanden/delft/plan-2024-2025.md")
        let vision = try String(contentsOf: repository.content.appendingPathComponent("haaglanden/regiovisie-2023-2026.md"), encoding: .utf8)
        try repository.write(["haaglanden/regiovisie-2023-2026.md": vision.replacingOccurrences(of: "delft/plan-2024.md", with: "delft/plan-2024-2025.md")])
        try repository.commit("Plan hernoemd", date: "2024-05-01T10:00:00+02:00", author: "Anna de Vries")
        let after = await HistoryTests().build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics.map(\.message))")
        let feedAfter = try #require(after.site?.html("haaglanden/atom.xml"))
        let id = { (feed: String) in feed.components(separatedBy: "<entry>").first { $0.contains("Plan Delft 2024") }?
            .components(separatedBy: "<id>").dropFirst().first?.components(separatedBy: "</id>").first }
        #expect(id(feedBefore) != nil && id(feedAfter) == id(feedBefore))
        #expect(feedAfter.contains(#"href="delft/plan-2024-2025.html""#))
        #expect(after.site?.html("haaglanden/delft/plan-2024.html")?.contains(#"url=plan-2024-2025.html"#) == true)

        // A new plan under the old name takes its address back.
        try repository.write(["haaglanden/delft/plan-2024.md": (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: Uitvoeringsplan Delft 2024")
            .replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "soort: uitvoeringsplan\nperiode: {van: 2024, tot: 2024}")])
        try repository.commit("Nieuw plan", date: "2024-06-01T10:00:00+02:00", author: "Anna de Vries")
        let reused = await HistoryTests().build(repository.content, history: GitHistoryReader(contentFolder: repository.content).read())
        let page = try #require(reused.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(page.contains("Uitvoeringsplan Delft 2024") && !page.contains(#"http-equiv="refresh""#))
    }
}
