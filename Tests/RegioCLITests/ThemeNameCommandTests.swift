import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// What a communications officer sees who misspells a name in her own theme: the template's line
/// with a caret, the name meant, and a check that passes unless `--strict`.
@Suite("regio check met een eigen thema: een naam die Regio niet geeft")
struct ThemeNameCommandTests {
    @Test("de waarschuwing op de regel en kolom van het sjabloon, met de regel zelf en de bedoelde naam; met --strict exit 1")
    func misspeltName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-eigen-thema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let theme = folder.appendingPathComponent("mijn-thema")
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: theme)
        let template = theme.appendingPathComponent("templates/document.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0 == "<h1>{{title}}</h1>" }) + 1
        try Data(original.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>").utf8).write(to: template)

        let check = try regio(["check", "--content", "inhoud", "--theme", "mijn-thema", "--datum", "2026-11-25"], in: folder)
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("""
        mijn-thema/templates/document.mustache:\(line):5: waarschuwing: het sjabloon gebruikt `titel`, een naam die Regio niet geeft: `{{titel}}` blijft op elke pagina leeg [onbekende-sjabloonnaam]
        """), "\(check.output)")
        #expect(check.output.contains(" \(line) | <h1>{{titel}}</h1>\n"), "\(check.output)")
        #expect(check.output.contains("bedoelt u `title`? Dat is een naam die Regio geeft"), "\(check.output)")
        #expect(check.output.contains("0 fouten, 1 waarschuwing"), "\(check.output)")
        let strict = try regio(["check", "--content", "inhoud", "--theme", "mijn-thema", "--datum", "2026-11-25", "--strict"], in: folder)
        #expect(strict.status == 1)
    }
}
