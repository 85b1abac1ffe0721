import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// A heading that counts for a requirement by its first words, with a typo in the rest of an accepted name.
@Suite("Kop met een tikfout")
struct HeadingTypoRuleTests {
    static func plan(heading: String) throws -> SiteFixture {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let plan = try #require(example.files["haaglanden/den-haag/beleidsplan-2024-2027.md"])
        #expect(plan.contains("## Monitoring en verantwoording\n"))
        return example.with("=== haaglanden/den-haag/beleidsplan-2024-2027.md\n"
            + plan.replacingOccurrences(of: "## Monitoring en verantwoording\n", with: "## \(heading)\n"))
    }

    @Test("‘Monitoring en verantwoordnig’ telt als ‘Monitoring’, maar krijgt een waarschuwing met de kop zoals hij bedoeld is")
    func typoInTheRest() async throws {
        let result = await build(try Self.plan(heading: "Monitoring en verantwoordnig"))
        let found = result.diagnostics.filter { $0.code == .headingTypo }
        let diagnostic = try #require(found.first, "\(result.diagnostics.map(\.message))")
        #expect(found.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "de kop ‘Monitoring en verantwoordnig’ lijkt op ‘Monitoring en verantwoording’, op een letter of twee na")
        #expect(diagnostic.location.file == "haaglanden/den-haag/beleidsplan-2024-2027.md" && diagnostic.location.line > 1)
        #expect(diagnostic.notes == ["hij telt voor ‘Jaarlijkse verantwoording aan de raad’ door zijn eerste woorden, maar komt zo op de site"])
        #expect(diagnostic.fixIt == "schrijf `## Monitoring en verantwoording`, als dat bedoeld is")
        // It still counts: no finding that the requirement is missing.
        #expect(!result.diagnostics.contains { $0.requirement == "wmo-verantwoording" })
    }

    @Test("een kop die een aangenomen naam is, of er duidelijk meer van zegt, krijgt niets", arguments: [
        "Monitoring en verantwoording", "Monitoring en evaluatie", "Monitoring van de resultaten", "Monitoring 2024",
    ])
    func noTypo(_ heading: String) async throws {
        let result = await build(try Self.plan(heading: heading))
        #expect(!result.diagnostics.contains { $0.code == .headingTypo }, "\(result.diagnostics.map(\.message))")
    }

    @Test("de voorbeeldinhoud heeft geen koppen met een tikfout")
    func example() async throws {
        let result = await buildExample()
        #expect(!result.diagnostics.contains { $0.code == .headingTypo })
    }
}
