import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// The cache `regio serve` keeps between builds: a rebuild redoes only what changed, and gives the
/// same bytes as a build from scratch.
@Suite("Bouwcache voor het voorbeeld")
struct BuildCacheTests {
    private func build(_ fixture: SiteFixture, cache: BuildCache?) async throws -> RenderedSite {
        var options = BuildOptions(content: fixture.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                   parallelism: 2, today: testToday)
        options.cache = cache
        return try #require(await BuildPipeline.run(options).site)
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

    @Test("een nieuw document verandert waar links heen kunnen: alle teksten worden opnieuw gerenderd, met dezelfde uitkomst")
    func worldChanged() async throws {
        let cache = BuildCache()
        _ = try await build(.valid, cache: cache)
        let first = cache.statistics
        let added = SiteFixture.valid.with("=== haaglanden/delft/extra.md\n---\ntype: factsheet\ntitel: Extra\nstatus: concept\nschaal: gemeente\ngemeente: GM0503\npeiljaar: 2024\nbron:\n  naam: CBS\n  url: https://www.cbs.nl/\ncijfers:\n  - label: Meldingen\n    waarde: 10\n    jaar: 2024\n---\nTekst.\n")
        let cached = try await build(added, cache: cache)
        // Every body again (the world changed), plus the new one; nothing taken from before.
        #expect(cache.statistics.bodiesRendered - first.bodiesRendered >= first.bodiesRendered)
        #expect(cache.statistics.bodiesReused == first.bodiesReused)
        #expect(cache.statistics.decoded - first.decoded == 1)
        expectSame(cached, try await build(added, cache: nil))
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
