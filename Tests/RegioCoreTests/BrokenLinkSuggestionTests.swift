@testable import RegioCore
import RegioTestSupport
import Testing

/// The suggestion for a broken link, measured once per file name instead of once per document:
/// the same answer as measuring every document, ties to the first path included.
@Suite("Suggesties bij kapotte links")
struct BrokenLinkSuggestionTests {
    static let documents: Set<String> = [
        "haaglanden/regiovisie-2023-2026.md", "drenthe/regiovisie-2023-2026.md", "west-brabant/regiovisie-2023-2026.md",
        "haaglanden/den-haag/beleidsplan-2024-2027.md", "haaglanden/delft/beleidsplan-2024-2027.md",
        "drenthe/assen/beleidsplan-2024-2027.md", "haaglanden/delft/plan-2024.md", "factsheets/landelijk.md",
        "haaglanden/factsheets/veilig-thuis-2023.md", "drenthe/emmen/uitvoeringsplan-2025.md", "a.md", "b/ab.md",
    ]

    @Test("alleen de documenten met een naam die lijkt meten geeft hetzelfde antwoord als alle documenten langs", arguments: [
        "haaglanden/regiovisie-2023-2025.md", "x/regiovisie-2023-2026.md", "beleidsplan-2024-2028.md", "haaglanden/delft/plan-2025.md",
        "landelik.md", "veilig-thuis-2022.md", "uitvoeringsplan-2052.md", "ab.md", "b.md", "abc.md", "niets-dat-lijkt.md", "",
        "haaglanden/delft/Plan-2024.md", "drenthe/Regiovisie-2023-2026.md",
    ])
    func sameAsBefore(path: String) {
        let byName = Dictionary(grouping: Self.documents) { $0.split(separator: "/").last.map(String.init) ?? $0 }
        let near = BodyRenderer.nearDocuments(to: path, among: byName)
        #expect(LinkSuggestion.nearest(to: path, among: near) == LinkSuggestion.nearest(to: path, among: Self.documents))
        #expect(near.count < Self.documents.count)
    }

    @Test("een document erbij en weer weg tijdens serve, daarna een kapotte link: de suggestie kent de nieuwe lijst")
    func suggestionFollowsSaves() async throws {
        func options(_ fixture: SiteFixture) -> BuildOptions {
            var options = BuildOptions(content: fixture.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                       parallelism: 2, today: testToday)
            options.rendersOnDemand = true
            return options
        }
        func fixIt(_ result: BuildResult) -> String? {
            result.diagnostics.first { $0.code == .brokenLink }?.fixIt
        }
        let vision = "haaglanden/regiovisie-2023-2026.md"
        let newPlan = "haaglanden/delft/plan-2041.md"
        let without = SiteFixture.valid
        let with = without.with("""
        === \(newPlan)
        ---
        type: beleidsplan
        titel: Plan Delft 2041
        status: concept
        gemeente: GM0503
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2025, tot: 2026}
        ---
        Tekst.
        """)
        // A save that links the vision to a plan that is not there; the short way keeps the renderer's file list.
        func brokenLink(_ fixture: SiteFixture) -> SiteFixture {
            SiteFixture(files: fixture.files.merging([vision: fixture.files[vision]! + "\nZie [het plan](delft/plan-2042.md).\n"]) { $1 })
        }

        let added = try #require(await BuildPipeline.rebuild(after: ContentEdits(added: [newPlan]), previous: await BuildPipeline.run(options(without)),
                                                             options: options(with)))
        let linkedAfterAdding = try #require(await BuildPipeline.rebuild(afterEditing: [vision], previous: added, options: options(brokenLink(with))))
        // Written from the vision (`haaglanden/`), as the link must be.
        #expect(fixIt(linkedAfterAdding) == "bedoelde u `delft/plan-2041.md`?")
        #expect(linkedAfterAdding.diagnostics == (await BuildPipeline.run(options(brokenLink(with)))).diagnostics)

        let removed = try #require(await BuildPipeline.rebuild(after: ContentEdits(removed: [newPlan]), previous: await BuildPipeline.run(options(with)),
                                                               options: options(without)))
        let linkedAfterRemoving = try #require(await BuildPipeline.rebuild(afterEditing: [vision], previous: removed, options: options(brokenLink(without))))
        #expect(fixIt(linkedAfterRemoving) == "bedoelde u `delft/plan-2024.md`?")
        #expect(linkedAfterRemoving.diagnostics == (await BuildPipeline.run(options(brokenLink(without)))).diagnostics)
    }
}
