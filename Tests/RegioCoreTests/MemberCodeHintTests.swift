import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// A typo in a municipality's code in regio.yaml: the documents that name the right code are told
/// that regio.yaml may be the one to fix, at its line.
@Suite("Tikfout in een gemeentecode in regio.yaml")
struct MemberCodeHintTests {
    static let hint = "controleer de code van Assen in drenthe/regio.yaml, regel 12: noemen de documenten de goede code, dan zit de tikfout daar"

    static func example(region: (String, String)? = nil, plan: (String, String)? = nil) throws -> SiteFixture {
        var example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        for (file, change) in [("drenthe/regio.yaml", region), ("drenthe/assen/beleidsplan-2025-2028.md", plan)] {
            guard let (old, new) = change else { continue }
            let text = try #require(example.files[file])
            example = example.with("=== \(file)\n" + text.replacingOccurrences(of: old, with: new))
        }
        return example
    }

    @Test("Assen met code GM0160 in regio.yaml: het plan en de factsheet wijzen naar regel 12 van regio.yaml")
    func typoInRegionFile() async throws {
        let result = await build(try Self.example(region: ("code: GM0106", "code: GM0160")))
        let plan = try #require(result.diagnostics.first { $0.code == .municipalityMismatch })
        #expect(plan.location == SourceLocation(file: "drenthe/assen/beleidsplan-2025-2028.md", line: 9, column: 11))
        #expect(plan.message == "`gemeente: GM0106` klopt niet met de map `assen` (Assen, GM0160)")
        #expect(plan.fixIt == "schrijf `gemeente: GM0160`, of verplaats het document, of " + Self.hint)

        let sheet = result.diagnostics.filter { $0.location.file == "drenthe/factsheets/veilig-thuis-assen-2023.md" && $0.code == .unknownMunicipality }
        #expect(sheet.map(\.location.line) == [9, 21, 27])
        for diagnostic in sheet {
            #expect(diagnostic.message == "gemeente GM0106 hoort niet bij regio Drenthe")
            #expect(diagnostic.fixIt == "bedoelde u `GM0160` (Assen)? Of " + Self.hint)
        }
    }

    @Test("een tikfout in het plan zelf, terwijl de factsheet de goede code noemt: geen verwijzing naar regio.yaml")
    func typoInDocument() async throws {
        let result = await build(try Self.example(plan: ("gemeente: GM0106", "gemeente: GM0160")))
        let plan = try #require(result.diagnostics.first { $0.code == .municipalityMismatch })
        #expect(plan.location == SourceLocation(file: "drenthe/assen/beleidsplan-2025-2028.md", line: 9, column: 11))
        #expect(plan.fixIt == "schrijf `gemeente: GM0106`, of verplaats het document")
    }
}
