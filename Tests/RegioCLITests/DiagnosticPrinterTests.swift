import Foundation
@testable import RegioCLI
import RegioCore
import RegioTestSupport
import Testing

@Suite("Meldingen als tekst: lange regels en veel meldingen")
struct DiagnosticPrinterTests {
    static let file = "haaglanden/delft/plan-2024.md"

    /// The text printed for findings at `columns` of line 1 of `line`.
    func printed(_ line: String, columns: [Int], code: DiagnosticCode = .brokenLink) -> String {
        let printer = DiagnosticPrinter(sources: [Self.file: SourceFile(path: Self.file, text: line + "\nvolgende regel\n")], contentLabel: "inhoud")
        return printer.text(for: columns.map { Diagnostic(code, "melding", at: SourceLocation(file: Self.file, line: 1, column: $0)) })
    }

    /// The source line and the caret line under the first finding.
    func excerpt(_ line: String, column: Int) -> (String, String) {
        let lines = printed(line, columns: [column]).split(separator: "\n").map(String.init)
        return (lines[1], lines[2])
    }

    @Test("een korte regel blijft heel")
    func shortLine() {
        let (line, caret) = excerpt("Zie [kapot](nope.md) hier.", column: 5)
        #expect(line == " 1 | Zie [kapot](nope.md) hier.")
        #expect(caret == "   |     ^")
    }

    @Test("een lange regel: een venster rond de kolom, met … aan beide kanten")
    func longLineMiddle() {
        let text = String(repeating: "a", count: 500) + "[kapot](nope.md)" + String(repeating: "b", count: 500)
        let (line, caret) = excerpt(text, column: 501)
        let shown = String(repeating: "a", count: SourceExcerpt.lead) + "[kapot](nope.md)"
            + String(repeating: "b", count: SourceExcerpt.window - SourceExcerpt.lead - 16)
        #expect(line == " 1 | …" + shown + "…")
        #expect(caret == "   | " + String(repeating: " ", count: SourceExcerpt.lead + 1) + "^")
    }

    @Test("een lange regel, kolom vooraan: het begin, … aan het eind")
    func longLineStart() {
        let text = "Zie [kapot](nope.md) " + String(repeating: "woord ", count: 200)
        let (line, caret) = excerpt(text, column: 5)
        #expect(line == " 1 | " + String(text.prefix(SourceExcerpt.window)) + "…")
        #expect(caret == "   |     ^")
    }

    @Test("een lange regel, kolom achteraan: … vooraan en het einde van de regel")
    func longLineEnd() {
        let text = String(repeating: "woord ", count: 200) + "[kapot](nope.md)"
        let column = text.count - 15
        let (line, caret) = excerpt(text, column: column)
        #expect(line == " 1 | …" + String(text.suffix(SourceExcerpt.lead + 16)))
        #expect(caret == "   | " + String(repeating: " ", count: SourceExcerpt.lead + 1) + "^")
    }

    @Test("tekens van meer bytes, tabs en stuurtekens in het venster")
    func longLineCharacters() {
        let text = String(repeating: "é👩‍👩‍👧", count: 300) + "\t\u{1B}[x](nope.md)" + String(repeating: "ü", count: 300)
        let column = 600 + 3
        let (line, caret) = excerpt(text, column: column)
        let before = String(repeating: "é👩‍👩‍👧", count: 29) + "\t\u{241B}"
        #expect(line.hasPrefix(" 1 | …" + before + "[x](nope.md)ü"))
        #expect(line.hasSuffix("ü…"))
        #expect(line.count == " 1 | ".count + SourceExcerpt.window + 2)
        #expect(caret == "   |  " + String(repeating: " ", count: 58) + "\t ^")
    }

    @Test("een kolom voorbij het einde van een lange regel: de caret erachter")
    func columnPastEnd() {
        let text = String(repeating: "x", count: 1_000)
        let (line, caret) = excerpt(text, column: 5_000)
        #expect(line == " 1 | …" + String(repeating: "x", count: SourceExcerpt.lead))
        #expect(caret == "   | " + String(repeating: " ", count: SourceExcerpt.lead + 1) + "^")
    }

    @Test("meer dan 50 van één soort in één bestand: de eerste 50, dan één regel met het aantal")
    func capped() throws {
        let printer = DiagnosticPrinter(sources: [:], contentLabel: "inhoud")
        func finding(_ code: DiagnosticCode, _ file: String, _ line: Int) -> Diagnostic {
            Diagnostic(code, "melding \(line)", at: SourceLocation(file: file, line: line))
        }
        let other = "haaglanden/regiovisie-2023-2026.md"
        let diagnostics = ((1...120).map { finding(.brokenLink, Self.file, $0) } + (1...3).map { finding(.pipeTable, Self.file, $0) }
            + (1...2).map { finding(.brokenLink, other, $0) }).inReadingOrder()
        let text = printer.text(for: diagnostics)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("inhoud/\(Self.file)") && $0.hasSuffix("[link-naar-onbekend-bestand]") }.count == 50)
        #expect(lines.filter { $0.hasSuffix("[tabel-niet-ondersteund]") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("inhoud/\(other)") }.count == 2)
        let more = "… en nog 70 meldingen van deze soort in dit bestand [link-naar-onbekend-bestand]"
        #expect(lines.filter { $0 == more }.count == 1)
        // Right after the fiftieth, which is on line 50.
        let index = try #require(lines.firstIndex(of: more))
        #expect(lines[index - 1].hasPrefix("inhoud/\(Self.file):50:1:"))
        #expect(lines[index + 1] == "  = `regio check --format json` toont ze allemaal")
    }

    @Test("het aantal op zijn Nederlands", arguments: [(1, "1 melding"), (999, "999 meldingen"), (1_000, "1.000 meldingen"),
                                                       (399_950, "399.950 meldingen"), (1_234_567, "1.234.567 meldingen")])
    func moreCount(count: Int, words: String) {
        #expect(DiagnosticPrinter.more(count, of: "x").hasPrefix("… en nog \(words) van deze soort in dit bestand [x]\n"))
    }

    @Test("annotaties voor GitHub: %, \\r en \\n ontsnapt, de rest zoals het is", arguments: [
        ("gewoon", "gewoon"), ("100%", "100%25"), ("een\ntwee\r\ndrie", "een%0Atwee%0D%0Adrie"), ("é 👩‍👩‍👧 %\n", "é 👩‍👩‍👧 %25%0A"),
    ])
    func workflowEscaping(text: String, escaped: String) {
        #expect(DiagnosticPrinter.escapedForWorkflow(text) == escaped)
    }

    @Test("regio check: 60 kapotte links toont er 50 als tekst, telt er 60 en geeft ze alle 60 in json")
    func cappedByTheCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let links = (1...60).map { "Zie [stuk \($0)](nope.md)." }.joined(separator: "\n\n")
        try SiteFixture.valid.with("""
        === \(Self.file)
        ---
        type: beleidsplan
        titel: Plan Delft 2024
        status: concept
        gemeente: GM0503
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2024, tot: 2025}
        ---
        ## Doelen

        \(links)
        """).write(to: folder.appendingPathComponent("inhoud"))
        let arguments = ["check", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-06-01"]
        let text = try regio(arguments, in: folder)
        #expect(text.status == 1)
        #expect(text.output.components(separatedBy: "[link-naar-onbekend-bestand]\n").count - 1 == 51)
        #expect(text.output.contains("inhoud/\(Self.file):109:5: fout:"))
        #expect(!text.output.contains("inhoud/\(Self.file):111:5: fout:"))
        #expect(text.output.contains("… en nog 10 meldingen van deze soort in dit bestand [link-naar-onbekend-bestand]\n"))
        #expect(text.output.contains(", 60 fouten, "), "\(text.output)")
        let json = try regio(arguments + ["--format", "json"], in: folder)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(objects.count == 60)
    }
}
