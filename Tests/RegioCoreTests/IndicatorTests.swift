import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// Indicators: indicatoren.yaml (data), a plan's scores, the region's matrix and the municipality's tips.
@Suite("Indicatoren")
struct IndicatorTests {
    /// The valid site with the test indicators of Fixtures/indicatoren and a plan in Delft that scores them.
    static func site(scores: String = "indicatoren:\n  signaleren: {status: op-orde, toelichting: Alle scholen doen mee.}\n  bereik: ontbreekt") throws -> SiteFixture {
        let indicators = try SiteFixture(folder: RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/indicatoren"))
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: {van: 2024, tot: 2025}\n" + scores)
        var files = SiteFixture.valid.files.merging(indicators.files) { _, new in new }
        files["haaglanden/delft/plan-2024.md"] = plan
        return SiteFixture(files: files)
    }

    @Test("de regio toont gemeenten × indicatoren; de gemeente haar status, toelichting en een tip waar het nog niet op orde is")
    func pages() async throws {
        let result = await build(try Self.site())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<tr><th scope="col">Gemeente</th><th scope="col">Signaleren</th><th scope="col">Bereik van Veilig Thuis</th></tr>"#))
        #expect(region.contains(#"<th scope="row"><a href="delft/index.html">Delft</a></th><td class="indicator indicator-op-orde"><span aria-hidden="true">✓ </span>op orde</td><td class="indicator indicator-ontbreekt"><span aria-hidden="true">✗ </span>ontbreekt</td></tr>"#))
        #expect(region.contains(#"<a href="den-haag/index.html">&#39;s-Gravenhage</a></th><td class="indicator indicator-geen">geen plan</td>"#), "Den Haag has no plan")
        let delft = try #require(site.html("haaglanden/delft/index.html"))
        #expect(delft.contains("Alle scholen doen mee."))
        #expect(delft.contains("Tip: Geef voorlichting in de wijk."))
        #expect(!delft.contains("Tip: Train aandachtsfunctionarissen."), "no tip for what is in order")
    }

    @Test("fouten in de scores van een plan, op hun plek en met suggestie", arguments: [
        ("indicatoren:\n  bereikk: op-orde", DiagnosticCode.unknownIndicator, 9, 3, "onbekende indicator `bereikk`", "bedoelde u `bereik`?"),
        ("indicatoren:\n  bereik: op orde", .invalidValue, 9, 11, "`op orde` is geen status van een indicator", "bedoelde u `op-orde`?"),
        ("indicatoren:\n  bereik: {status: klaar}", .invalidValue, 9, 20, "`klaar` is geen status van een indicator", nil),
        ("indicatoren: [bereik]", .wrongType, 8, 14, "`indicatoren` moet per indicator een status geven", nil),
    ] as [(String, DiagnosticCode, Int, Int, String, String?)])
    func planMistakes(_ scores: String, _ code: DiagnosticCode, _ line: Int, _ column: Int, _ message: String, _ fixIt: String?) async throws {
        let result = await build(try Self.site(scores: scores))
        let diagnostic = try #require(result.diagnostics.first { $0.code == code }, "\(result.diagnostics.map(\.message))")
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: line, column: column))
        #expect(diagnostic.message == message)
        if let fixIt { #expect(diagnostic.fixIt == fixIt) }
    }

    @Test("scores zonder indicatoren.yaml zijn een fout; fouten in indicatoren.yaml staan op hun regel")
    func fileMistakes() async throws {
        var files = try Self.site().files
        files["indicatoren.yaml"] = nil
        let missing = await build(SiteFixture(files: files))
        #expect(missing.diagnostics.contains { $0.code == .unknownIndicator && $0.message.contains("geen indicatoren.yaml") })
        files["indicatoren.yaml"] = "indicatoren:\n  - {id: bereik, naam: B, uitleg: U, tip: T}\n  - {id: bereik, naam: C, uitleg: U, tip: T}\n  - {id: x, naam: X, uitleg: U}\n  - {id: y, name: Y, naam: Y, uitleg: U, tip: T}\n"
        let broken = await build(SiteFixture(files: files))
        let found = broken.diagnostics.filter { $0.location.file == "indicatoren.yaml" }.map { "\($0.location.line) \($0.code.rawValue)" }
        #expect(found == ["3 dubbele-id", "4 verplicht-veld-ontbreekt", "5 onbekende-sleutel"], "\(broken.diagnostics.map(\.message))")
    }
}
