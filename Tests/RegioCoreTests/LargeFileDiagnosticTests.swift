import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// A file past a megabyte with tens of thousands of findings: every one is reported, at the right line and
/// column. Counting lines and columns once per finding from the start of the file made this quadratic;
/// this test holds the places right, not the time (timings are in BENCHMARKS.md).
@Suite("Grote bestanden met veel meldingen")
struct LargeFileDiagnosticTests {
    static let file = "haaglanden/delft/plan-2024.md"
    static let frontMatter = """
    ---
    type: beleidsplan
    titel: Plan Delft 2024
    status: concept
    gemeente: GM0503
    regiovisie: haaglanden/regiovisie-2023-2026
    periode: {van: 2024, tot: 2025}
    ---

    """

    /// What must be found: code, line, column and the suggestion of a broken link.
    struct Expected: Hashable, Comparable {
        let code: String
        let line: Int
        let column: Int
        var fixIt: String?

        static func < (lhs: Expected, rhs: Expected) -> Bool {
            (lhs.line, lhs.column, lhs.code) < (rhs.line, rhs.column, rhs.code)
        }
    }

    /// The plan's text and every finding it must give. Lines are counted as they are written.
    static func generated() -> (text: String, expected: [Expected]) {
        // The vision of the fixture links to `#doelen` here.
        var lines = frontMatter.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) + ["## Doelen", ""]
        var expected: [Expected] = []
        let gone = "controleer de bestandsnaam en de map (`../` is een map hoger), of haal de link weg als het document niet meer bestaat"
        let filler = String(repeating: "Tekst zonder fouten, met woorden als café en één. ", count: 24)
        // Many broken links, one a line; two targets take turns, one of which has a suggestion.
        for index in 0..<6_000 {
            if index % 2 == 0 {
                lines.append("[kapot](nope.md)")
                expected.append(Expected(code: "link-naar-onbekend-bestand", line: lines.count, column: 1, fixIt: gone))
            } else {
                lines.append("Zie [vorig plan](plan-2025.md).")
                expected.append(Expected(code: "link-naar-onbekend-bestand", line: lines.count, column: 5,
                                         fixIt: "bedoelde u `plan-2024.md`?"))
            }
            if index % 100 == 0 { lines += ["", filler, ""] }
        }
        lines.append("")
        // One long line: text with accents, a family emoji (one Character of many bytes) and a combining
        // accent before 20,000 links, each of whose text has a two-byte letter.
        let lead = "Één 👩‍👩‍👧 cafe\u{301} — "
        let link = "[é](nope.md) "
        lines.append(lead + String(repeating: link, count: 20_000))
        for index in 0..<20_000 {
            expected.append(Expected(code: "link-naar-onbekend-bestand", line: lines.count, column: lead.count + index * link.count + 1, fixIt: gone))
        }
        // Pipe tables between paragraphs, and the whole file past a megabyte.
        for _ in 0..<300 {
            lines += ["", filler, filler, "", "| a | b |", "|---|---|", "| 1 | 2 |"]
            expected.append(Expected(code: "tabel-niet-ondersteund", line: lines.count - 2, column: 1))
        }
        lines.append("")
        return (lines.joined(separator: "\n"), expected)
    }

    @Test("tienduizenden kapotte links en honderden tabellen: elke melding op de juiste regel en kolom")
    func everyFindingInPlace() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-groot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let (text, expected) = Self.generated()
        #expect(text.utf8.count > 1_000_000)
        try Data(text.utf8).write(to: folder.appendingPathComponent(Self.file))

        let result = await build(content: DiskFileSystem(root: folder))
        let found = result.diagnostics.filter { $0.location.file == Self.file }.map {
            Expected(code: $0.id, line: $0.location.line, column: $0.location.column, fixIt: $0.code == .brokenLink ? $0.fixIt : nil)
        }
        #expect(found.count == expected.count)
        #expect(found.sorted() == expected.sorted())
        #expect(result.diagnostics.errorCount == 26_000)
        #expect(result.diagnostics.warningCount == 300)
    }
}
