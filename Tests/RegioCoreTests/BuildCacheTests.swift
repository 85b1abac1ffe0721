import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// The cache `regio serve` keeps between builds: a rebuild redoes only what changed, and gives the
/// same bytes as a build from scratch.
@Suite("Bouwcache voor het voorbeeld")
struct BuildCacheTests {
    private func run(_ fixture: SiteFixture, cache: BuildCache?) async -> BuildResult {
        var options = BuildOptions(content: fixture.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                   parallelism: 2, today: testToday)
        options.cache = cache
        return await BuildPipeline.run(options)
    }

    private func build(_ fixture: SiteFixture, cache: BuildCache?) async throws -> RenderedSite {
        try #require(await run(fixture, cache: cache).site)
    }

    private func expectSame(_ cached: RenderedSite, _ fresh: RenderedSite) {
        #expect(cached.files.map(\.path) == fresh.files.map(\.path))
        for (one, other) in zip(cached.files, fresh.files) where one.data != other.data {
            Issue.record("\(one.path) verschilt van een build zonder cache")
        }
    }

    @Test("één gewijzigd document: alleen dat wordt opnieuw gelezen en gerenderd, en de site is gelijk aan een verse build")
    func oneDocumentChanged() async throws {
        let fixture = try SiteFixture.withChecklist()
        let cache = BuildCache()
        _ = try await build(fixture, cache: cache)
        let first = cache.statistics
        #expect(first.decodeReused == 0 && first.decoded > 1)
        let plan = try #require(fixture.files["haaglanden/delft/plan-2024.md"])
        let changed = SiteFixture(files: fixture.files.merging(["haaglanden/delft/plan-2024.md": plan + "\nEen nieuwe alinea.\n"]) { $1 })
        let cached = try await build(changed, cache: cache)
        let second = cache.statistics
        #expect(second.decoded - first.decoded == 1)
        #expect(second.decodeReused == first.decoded - 1)
        #expect(second.bodiesRendered - first.bodiesRendered == 1)
        #expect(second.coverageEvaluated - first.coverageEvaluated == 1)
        expectSame(cached, try await build(changed, cache: nil))
    }

    /// `after` built with a cache that has just built `before`: the result, and how many bodies were rendered and reused.
    private func rebuild(from before: SiteFixture, to after: SiteFixture) async -> (result: BuildResult, rendered: Int, reused: Int) {
        let cache = BuildCache()
        _ = await run(before, cache: cache)
        let first = cache.statistics
        let result = await run(after, cache: cache)
        return (result, cache.statistics.bodiesRendered - first.bodiesRendered, cache.statistics.bodiesReused - first.bodiesReused)
    }

    /// A plan of Haaglanden, as a file to merge with `with`.
    private func plan(_ path: String, title: String, municipality: String) -> String {
        "=== haaglanden/\(path)\n---\ntype: beleidsplan\ntitel: \(title)\nstatus: concept\ngemeente: \(municipality)\n"
            + "regiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2025, tot: 2026}\n---\nTekst.\n"
    }

    @Test("een nieuw document: alleen de tekst die ernaar linkte wordt opnieuw gelezen, en de kapotte link is geen fout meer")
    func documentAdded() async throws {
        // The vision links to a plan that is not there yet; the plan links only to the vision.
        let before = SiteFixture.valid.with(SiteFixture.vision(body: "Zie [het plan van Den Haag](den-haag/plan-2025.md)."))
        let added = before.with(plan("den-haag/plan-2025.md", title: "Plan Den Haag", municipality: "GM0518"))
        let (cached, rendered, reused) = await rebuild(from: before, to: added)
        // The new plan and the vision that linked to it; the other plan and the factsheet as they were.
        #expect(rendered == 2 && reused == 2)
        expectSame(try #require(cached.site), try await build(added, cache: nil))
    }

    @Test("andere cijfers in een factsheet: de tekst die ze citeert wordt opnieuw gelezen, de rest niet")
    func figuresChanged() async throws {
        func factsheet(_ fixture: SiteFixture, _ old: String, _ new: String) -> String {
            "=== factsheets/landelijk.md\n" + (fixture.files["factsheets/landelijk.md"] ?? "").replacingOccurrences(of: old, with: new)
        }
        let quoting = SiteFixture.valid.with(SiteFixture.vision(body: "Er waren [](cijfer:factsheets/landelijk#meldingen) in 2023."))
            .with(factsheet(.valid, "{label: Meldingen,", "{id: meldingen, label: Meldingen,"))
        let changed = quoting.with(factsheet(quoting, "waarde: 127340", "waarde: 130000"))
        let (cached, rendered, reused) = await rebuild(from: quoting, to: changed)
        // The factsheet itself (its text changed) and the vision that quotes it; the plan as it was.
        #expect(rendered == 2 && reused == 1)
        let site = try #require(cached.site)
        #expect(site.file("haaglanden/regiovisie-2023-2026.html").map { String(decoding: $0, as: UTF8.self).contains("130") } == true)
        expectSame(site, try await build(changed, cache: nil))
    }

    @Test("een nieuw document met een kapotte link elders: die tekst wordt opnieuw gelezen, want haar suggestie kan veranderen")
    func suggestionsFollowNewDocuments() async throws {
        let before = SiteFixture.valid.with(SiteFixture.vision(body: "Zie [het plan](delft/plan-2042.md)."))
        let added = before.with(plan("delft/plan-2041.md", title: "Plan Delft 2041", municipality: "GM0503"))
        let (cached, rendered, _) = await rebuild(from: before, to: added)
        #expect(rendered == 2)
        #expect(cached.diagnostics == (await run(added, cache: nil)).diagnostics)
        #expect(cached.diagnostics.contains { $0.code == .brokenLink && $0.fixIt == "bedoelde u `delft/plan-2041.md`?" })
    }

    @Test("een document dat niet meer decodeert: de tekst die eruit citeert wordt opnieuw gelezen en krijgt geen vervolgfout")
    func quotedDocumentStopsDecoding() async throws {
        let quoting = SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "## Doelen", with: "## Doelen\n\nZie [](cijfer:haaglanden/regiovisie-2023-2026#x)."))
        let broken = quoting.with(SiteFixture.vision(status: "vastgestel", body: "Tekst."))
        #expect(await run(quoting, cache: nil).diagnostics.contains { $0.code == .unknownFigure })
        let (cached, _, _) = await rebuild(from: quoting, to: broken)
        #expect(cached.diagnostics == (await run(broken, cache: nil)).diagnostics)
        #expect(cached.diagnostics.map(\.code) == [.invalidValue], "\(cached.diagnostics.map(\.message))")
    }

    @Test("het cachende bestandssysteem leest een bestand pas opnieuw als het ongeldig is verklaard")
    func cachedFileSystem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let files = CachedFileSystem(DiskFileSystem(root: folder))
        let path = "haaglanden/delft/plan-2024.md"
        let before = try files.read(path)
        #expect(try !files.allFiles().isEmpty)
        try Data("anders".utf8).write(to: folder.appendingPathComponent(path))
        #expect(try files.read(path) == before)
        files.invalidate([path], listChanged: false)
        #expect(try files.read(path) == Data("anders".utf8))
        try Data("nieuw".utf8).write(to: folder.appendingPathComponent("haaglanden/nieuw.md"))
        #expect(try !files.allFiles().contains("haaglanden/nieuw.md"))
        files.invalidate(["haaglanden/nieuw.md"], listChanged: true)
        #expect(try files.allFiles().contains("haaglanden/nieuw.md"))
    }

    @Test("een regiobestand met een fout: dezelfde melding, één keer, ook als het uit de cache komt")
    func settingsFilesFromCache() async throws {
        let broken = SiteFixture.valid.with("=== haaglanden/regio.yaml\nnaam: Haaglanden\nonbekend: ja\n")
        let cache = BuildCache()
        func diagnostics() async -> [String] {
            var options = BuildOptions(content: broken.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                       parallelism: 2, today: testToday)
            options.cache = cache
            return await BuildPipeline.run(options).diagnostics.map { "\($0.location.file):\($0.location.line) \($0.message)" }
        }
        let first = await diagnostics(), second = await diagnostics()
        #expect(!first.isEmpty && first == second)
        #expect(first.contains { $0.hasPrefix("haaglanden/regio.yaml") })
    }
}
