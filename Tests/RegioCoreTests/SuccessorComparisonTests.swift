import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// The example's Drenthe vision and a successor made from it as a policy officer does: the 2024-2027
/// text copied, title, summary, period and introduction brought up to date, the "Leeswijzer" left out,
/// and adopted in its last commit (before it: `status: concept`, no date of adoption, no version).
@Suite("Versies vergelijken: een opvolger van de Drentse regiovisie")
struct SuccessorComparisonTests {
    static func successor() throws -> (site: SiteFixture, history: ContentHistory) {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let current = try #require(example.files["drenthe/regiovisie-2024-2027.md"])
        var adopted = current
        for (old, new) in [
            ("Drenthe 2024-2027\"", "Drenthe 2028-2031\""),
            ("gemeenten leggen in deze regiovisie vast hoe", "gemeenten bouwen voort op de regiovisie 2024-2027 en leggen vast hoe"),
            ("vastgesteld_op: 2024-03-28", "vastgesteld_op: 2026-11-19"),
            ("periode: {van: 2024, tot: 2027}", "periode: {van: 2028, tot: 2031}\nvorige: drenthe/regiovisie-2024-2027"),
            ("voor de periode 2024 tot en met 2027", "voor de periode 2028 tot en met 2031"),
            ("Die visie werken wij uit in", "Die visie werken wij verder uit in"),
        ] {
            #expect(adopted.contains(old), "\(old)")
            adopted = adopted.replacingOccurrences(of: old, with: new)
        }
        let guide = try #require(adopted.range(of: "### Leeswijzer")), analysis = try #require(adopted.range(of: "## Analyse"))
        adopted.removeSubrange(guide.lowerBound..<analysis.lowerBound)
        let concept = adopted.replacingOccurrences(of: "status: vastgesteld\nvastgesteld_op: 2026-11-19\nversie: \"1.0\"", with: "status: concept")
        #expect(concept != adopted)
        var history = ContentHistory(files: [:], limitation: nil)
        history.lastChanges["drenthe/regiovisie-2028-2031.md"] = (before: concept, after: adopted)
        return (example.with("=== drenthe/regiovisie-2028-2031.md\n" + adopted), history)
    }

    static func site() async throws -> RenderedSite {
        let (fixture, history) = try successor()
        let result = await build(content: fixture.fileSystem, history: history)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        return try #require(result.site)
    }

    static let (del, ins) = (ComparisonTests.del, ComparisonTests.ins)
    static let (delEnd, insEnd) = (ComparisonTests.delEnd, ComparisonTests.insEnd)

    @Test("de gegevens per veld: een rij per gewijzigd veld met oud en nieuw, woorden alleen binnen hun veld vergeleken; ongewijzigde velden kort genoemd")
    func fieldsPerRow() async throws {
        let page = try #require(try await Self.site().html("drenthe/versies/regiovisie-2028-2031.html"))
        let (del, ins, delEnd, insEnd) = (Self.del, Self.ins, Self.delEnd, Self.insEnd)
        let table = try #require(page.components(separatedBy: #"<h2 id="gegevens">"#).dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(table.contains("""
        <table class="comparison-fields">
        <thead>
        <tr><th scope="col">Gegeven</th><th scope="col">Oud</th><th scope="col">Nieuw</th></tr>
        </thead>
        """))
        #expect(table.contains(#"<tr><th scope="row">Periode</th><td>\#(del)2024–2027\#(delEnd)</td><td>\#(ins)2028–2031\#(insEnd)</td></tr>"#))
        #expect(table.contains(#"<tr><th scope="row">Vorige versie</th><td>(niet ingevuld)</td><td>\#(ins)Regiovisie huiselijk geweld en kindermishandeling Drenthe 2024-2027\#(insEnd)</td></tr>"#))
        #expect(table.contains(#"<tr><th scope="row">Vastgesteld op</th><td>\#(del)28 maart 2024\#(delEnd)</td><td>\#(ins)19 november 2026\#(insEnd)</td></tr>"#))
        // The old summary's words stay in the summary's row: nothing of it is matched with "Vorige versie".
        let summary = try #require(table.components(separatedBy: #"<tr><th scope="row">Samenvatting</th>"#).dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(summary.hasPrefix("<td>De twaalf Drentse gemeenten \(del)leggen in deze\(delEnd) regiovisie"), "\(summary)")
        #expect(summary.contains("<td>De twaalf Drentse gemeenten \(ins)bouwen voort op de\(insEnd) regiovisie \(ins)2024-2027 en leggen\(insEnd) vast hoe"), "\(summary)")
        #expect(summary.hasSuffix("vergrijzende provincie.</td>"))
        #expect(!table.contains("Status:") && !table.contains("Periode:"), "no field run into another")
        #expect(table.contains("<p>Ongewijzigd: Soort document, Status, Versie, Kaders, Thema&apos;s, Trefwoorden</p>"), "\(table)")
    }

    @Test("een wijziging die alleen de visie vaststelt, zegt dat in de samenvatting: welke gegevens veranderden, geen '0 … 0 … 0'")
    func adoptionInSummary() async throws {
        let page = try #require(try await Self.site().html("drenthe/regiovisie-2028-2031.wijziging.html"))
        let (del, ins, delEnd, insEnd) = (Self.del, Self.ins, Self.delEnd, Self.insEnd)
        #expect(page.contains("<p>Gegevens gewijzigd: status, vastgesteld op, versie; de tekst is niet gewijzigd.</p>"), "\(page)")
        #expect(!page.contains("0 gewijzigde onderdelen"))
        #expect(page.contains(#"<tr><th scope="row">Status</th><td>\#(del)concept\#(delEnd)</td><td>\#(ins)vastgesteld\#(insEnd)</td></tr>"#))
        #expect(page.contains(#"<tr><th scope="row">Vastgesteld op</th><td>(niet ingevuld)</td><td>\#(ins)19 november 2026\#(insEnd)</td></tr>"#))
        #expect(page.contains(#"<tr><th scope="row">Versie</th><td>(niet ingevuld)</td><td>\#(ins)1.0\#(insEnd)</td></tr>"#))
    }
}
