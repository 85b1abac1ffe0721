import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// The fix for a missing or malformed `regiovisie` or `periode` comes from the document's own region
/// and file name, and doing what it says brings no new error.
@Suite("Herstel van een ontbrekend veld")
struct MissingFieldFixTests {
    static let plan = "drenthe/emmen/uitvoeringsplan-2026.md"

    /// The bundled example with `file`, a new Emmen plan whose front matter has `fields` besides the
    /// common ones, and the frameworks and body of Emmen's plan so that the checklist is met.
    static func example(file: String = plan, fields: String = "") throws -> SiteFixture {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let emmen = try #require(example.files["drenthe/emmen/beleidsplan-2024-2027.md"])
        let body = emmen.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        return example.with("""
        === \(file)
        ---
        type: beleidsplan
        titel: "Nieuw plan Emmen"
        status: concept
        gemeente: GM0114
        kaders: [wmo-2015, jeugdwet, meldcode-2013, wet-tijdelijk-huisverbod, wpg, istanbul-verdrag, regiovisie-afspraak]
        \(fields)---
        \(body)
        """)
    }

    static func fixes(_ result: BuildResult, file: String = plan) -> [String: Diagnostic] {
        Dictionary(result.diagnostics.filter { $0.location.file == file && $0.code == .missingField }
            .map { ($0.message, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("een plan in Emmen zonder regiovisie en periode: de regiovisie van Drenthe en de jaren uit de bestandsnaam")
    func ownRegionAndFileName() async throws {
        let result = await build(try Self.example())
        let found = Self.fixes(result)
        let vision = try #require(found["verplicht veld `regiovisie` ontbreekt in de front matter"])
        let period = try #require(found["verplicht veld `periode` ontbreekt in de front matter"])
        #expect(vision.fixIt == "voeg toe: `regiovisie: drenthe/regiovisie-2024-2027`")
        #expect(period.fixIt == "voeg toe: `periode: {van: 2026, tot: 2026}`")
        #expect(vision.location.file == Self.plan && vision.location.line == 2)

        let followed = await build(try Self.example(fields: "regiovisie: drenthe/regiovisie-2024-2027\nperiode: {van: 2026, tot: 2026}\n"))
        let errors = followed.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location.file):\($0.location.line): \($0.message)" })")
    }

    @Test("zonder jaren in de bestandsnaam: de periode van de regiovisie van de eigen regio")
    func periodOfTheVision() async throws {
        let file = "drenthe/emmen/uitvoeringsplan-opvang.md"
        let result = await build(try Self.example(file: file, fields: "regiovisie: drenthe/regiovisie-2024-2027\n"))
        let period = try #require(Self.fixes(result, file: file)["verplicht veld `periode` ontbreekt in de front matter"])
        #expect(period.fixIt?.hasPrefix("voeg toe: `periode: {van: 2024, tot: 2027}` (de periode van `drenthe/regiovisie-2024-2027`)") == true)

        let followed = await build(try Self.example(file: file, fields: "regiovisie: drenthe/regiovisie-2024-2027\nperiode: {van: 2024, tot: 2027}\n"))
        let errors = followed.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location.file):\($0.location.line): \($0.message)" })")
    }

    @Test("`periode: 2024` in de regiovisie 2024-2027: de jaren uit de bestandsnaam, niet een los voorbeeld")
    func visionPeriodFromFileName() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let file = "drenthe/regiovisie-2024-2027.md"
        let text = try #require(example.files[file])
        let broken = example.with("=== \(file)\n" + text.replacingOccurrences(of: "periode: {van: 2024, tot: 2027}", with: "periode: 2024"))
        let result = await build(broken)
        let wrong = try #require(result.diagnostics.first { $0.location.file == file && $0.code == .wrongType })
        #expect(wrong.message == "`periode` moet een groep velden zijn, maar is `2024`")
        #expect(wrong.location.line == 8)
        #expect(wrong.fixIt == "schrijf bijvoorbeeld `periode: {van: 2024, tot: 2027}`")
    }
}
