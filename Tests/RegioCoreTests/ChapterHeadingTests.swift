import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// Chapters as readers see them: none empty, none twice (`lege-kop`, `dubbele-kop`).
@Suite("Lege en dubbele hoofdstukken")
struct ChapterHeadingTests {
    static let breda = "west-brabant/breda/beleidsplan-2023-2026.md"

    /// The example's Breda plan with `chapters` appended, and the line the first of them starts on.
    private func breda(appending chapters: String) throws -> (fixture: SiteFixture, line: Int) {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let plan = try #require(example.files[Self.breda])
        let line = plan.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        return (SiteFixture(files: example.files.merging([Self.breda: plan + "\n" + chapters]) { $1 }), line)
    }

    /// As a walkthrough found it: `regio new` wrote the chapter for a requirement that the plan
    /// already meets by naming the Jeugdwet in `kaders`; the checklist says "gedekt" and said nothing.
    @Test("een leeg hoofdstuk over een eis die het kader al dekt: een waarschuwing op de kop")
    func emptyChapterOfAMetRequirement() async throws {
        let (fixture, line) = try breda(appending: "## Kindermishandeling\n\n<!-- Schrijf hier welke maatregelen de gemeente neemt. -->\n")
        let result = await build(fixture)
        #expect(result.diagnostics.map(\.code) == [.emptySection], "\(result.diagnostics.map(\.message))")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.location == SourceLocation(file: Self.breda, line: line, column: 1))
        #expect(warning.message == "de kop ‘Kindermishandeling’ heeft geen tekst eronder: de pagina toont een leeg hoofdstuk")
        #expect(warning.fixIt == "schrijf onder ‘Kindermishandeling’ wat het beleidsplan hierover zegt, of haal de kop weg")
        #expect(warning.severity == .warning)
        // The page still counts the requirement as met by the framework named: the warning is what tells.
        let page = try #require(result.site?.html("west-brabant/breda/beleidsplan-2023-2026.html"))
        #expect(page.contains("Noemt als kader: Jeugdwet"))
    }

    @Test("een hoofdstuk met alleen subkoppen eronder is niet leeg; een subkop zonder tekst wel")
    func subsections() async throws {
        let (fixture, line) = try breda(appending: "## Kindermishandeling\n\n### Op school\n\nTekst.\n\n### Thuis\n\n## Slot\n\nTekst.\n")
        let result = await build(fixture)
        #expect(result.diagnostics.map(\.code) == [.emptySection])
        #expect(result.diagnostics.first?.location.line == line + 6)
        #expect(result.diagnostics.first?.message.contains("‘Thuis’") == true)
    }

    @Test("een lege kop die de toetsing nodig heeft, meldt alleen de toetsing")
    func checklistTellsItsOwn() async throws {
        let fixture = try SiteFixture.withChecklist().with(SiteFixture.vision(body: "## Veilig Thuis\n\n## Meldcode en afwegingskader 2019\n\nTekst."))
        let result = await build(fixture)
        #expect(result.diagnostics.map(\.id) == ["wmo-veilig-thuis"], "\(result.diagnostics.map(\.message))")
    }

    @Test("twee keer hetzelfde hoofdstuk: een waarschuwing op het tweede, met de regel van het eerste")
    func duplicateChapter() async throws {
        let (fixture, line) = try breda(appending: "## Preventie\n\nOp school.\n\n## Preventie\n\nIn de wijk.\n\n### Doelen\n\nA.\n\n## Slot\n\n### Doelen\n\nB.\n")
        let result = await build(fixture)
        #expect(result.diagnostics.map(\.code) == [.duplicateHeading], "subsections may repeat: \(result.diagnostics.map(\.message))")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.location == SourceLocation(file: Self.breda, line: line + 4, column: 1))
        #expect(warning.message == "de kop ‘Preventie’ staat al op regel \(line)")
        #expect(warning.notes == ["een link naar `#preventie` gaat naar de eerste; deze krijgt `#preventie-2`, en de inhoudsopgave noemt de kop twee keer"])
        #expect(warning.fixIt == "voeg de twee hoofdstukken samen, of geef dit hoofdstuk een eigen naam")
    }
}
