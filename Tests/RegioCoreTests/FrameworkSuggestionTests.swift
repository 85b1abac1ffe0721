import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// An id in `kaders` that kaders.yaml lacks, as a policy officer writes it from memory: the
/// abbreviation, the law's main word, its name. The example's real kaders.yaml.
@Suite("Onbekende kaders: wat werd bedoeld")
struct FrameworkSuggestionTests {
    static let breda = "west-brabant/breda/beleidsplan-2023-2026.md"

    /// The findings for `kaders` written as `ids` in the example's Breda plan (line 11, from column 10).
    private func findings(_ ids: String) async throws -> [Diagnostic] {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let plan = try #require(example.files[Self.breda])
        let line = try #require(plan.split(separator: "\n").first { $0.hasPrefix("kaders: [") })
        let result = await build(SiteFixture(files: example.files.merging([Self.breda: plan.replacingOccurrences(of: String(line), with: "kaders: [\(ids)]")]) { $1 }))
        return result.diagnostics.filter { $0.code == .unknownFramework }
    }

    @Test("een afkorting, een woord uit de naam, de naam als id: de kaders die het noemt")
    func abbreviationsAndNames() async throws {
        let found = try await findings("wmo, meldcode, wet-verplichte-meldcode")
        #expect(found.map(\.message) == ["`wmo` is geen kader uit kaders.yaml", "`meldcode` is geen kader uit kaders.yaml",
                                         "`wet-verplichte-meldcode` is geen kader uit kaders.yaml"])
        #expect(found.map(\.location.column) == [10, 15, 25])
        #expect(found.allSatisfy { $0.location.file == Self.breda && $0.location.line == 11 })
        #expect(found.map(\.fixIt) == [
            "bedoelde u `wmo-2015` (Wmo 2015)?",
            "bedoelde u `meldcode-2013` (Wet verplichte meldcode) of `meldcode-besluit` (Besluit verplichte meldcode huiselijk geweld en kindermishandeling)?",
            "bedoelde u `meldcode-2013` (Wet verplichte meldcode)?",
        ])
        #expect(found.allSatisfy { $0.notes.isEmpty })
    }

    @Test("niets dat erop lijkt: de lijst van alle kaders met hun naam")
    func nothingNear() async throws {
        let found = try await findings("wet-xyz")
        let finding = try #require(found.first)
        #expect(found.count == 1 && finding.fixIt == nil)
        let list = try #require(finding.notes.first)
        #expect(list.hasPrefix("kaders in kaders.yaml: `wmo-2015` (Wmo 2015), `jeugdwet` (Jeugdwet), `meldcode-2013` (Wet verplichte meldcode), "))
        #expect(list.contains("`nap-sggsg` (Nationaal Actieprogramma SGG)"))
    }
}
