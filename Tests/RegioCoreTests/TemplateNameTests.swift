import Foundation
import RegioTestSupport
import Testing
@testable import RegioCore

/// A misspelt name in a template (`{{titl}}`) is drawn by Mustache as nothing, on every page, with
/// nothing said. Regio knows every name it gives (`TemplateVocabulary`), so such a name is a warning
/// at its place in the template, with the name that was probably meant.
@Suite("Thema: een naam die Regio niet geeft")
struct TemplateNameTests {
    /// The default theme with `change` made to its files.
    private func theme(_ change: (inout [String: Data]) throws -> Void) throws -> InMemoryFileSystem {
        let disk = DiskFileSystem(root: RepositoryPaths.defaultTheme)
        var files: [String: Data] = [:]
        for path in try disk.allFiles() { files[path] = try disk.read(path) }
        try change(&files)
        return InMemoryFileSystem(files: files)
    }

    /// `template` with its first `original` replaced, and the place of that line (1-based) and column.
    private func replacing(_ original: String, with replacement: String, in template: String, files: inout [String: Data]) throws -> (line: Int, column: Int) {
        let path = "templates/\(template).mustache"
        let text = String(decoding: try #require(files[path]), as: UTF8.self)
        let range = try #require(text.range(of: original))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        files[path] = Data(text.replacingCharacters(in: range, with: replacement).utf8)
        return (line, text.distance(from: lineStart, to: range.lowerBound) + 1)
    }

    @Test("de tags die een waarde opzoeken, met regel en kolom; opmerkingen, partials, blokken en t.… apart")
    func namesInATemplate() {
        let text = """
        <h1>{{title}}</h1> {{! een opmerking
        over {{titl}} }}{{> document-item}}
        {{#items}}{{{ body }}}{{& html}}{{/items}}{{^hasURL}}-{{/hasURL}}
        {{<layout}}{{$main}}{{status.sign}} {{uppercased(name)}} {{t.kruimelpad}} {{.}}{{/main}}{{/layout}}
        {{=<% %>=}} {{nooit}}
        """
        let uses = TemplateNames.uses(in: text)
        #expect(uses.map(\.written) == ["title", "items", "body", "html", "hasURL", "status.sign", "uppercased(name)", "t.kruimelpad"])
        #expect(uses.map(\.parts) == [["title"], ["items"], ["body"], ["html"], ["hasURL"], ["status", "sign"], ["name"], ["t", "kruimelpad"]])
        #expect(uses.map(\.sigil) == [nil, "#", nil, nil, "^", nil, nil, nil])
        #expect(uses.map(\.line) == [1, 3, 3, 3, 3, 4, 4, 4])
        #expect(uses.map(\.column) == [5, 1, 11, 23, 43, 21, 37, 58])
    }

    @Test("het standaardthema noemt alleen namen die Regio geeft")
    func defaultThemeHasNoUnknownNames() throws {
        for language in [SiteSettings.Language.nl, .en] {
            guard case let .success(loaded) = Theme.load(from: DiskFileSystem(root: RepositoryPaths.defaultTheme), label: "themes/default", language: language) else {
                Issue.record("het standaardthema laadt niet")
                return
            }
            #expect(loaded.warnings.items.isEmpty, "\(loaded.warnings.items.map(\.message))")
        }
    }

    @Test("een tikfout in een waarde, een sectie, een omgekeerde sectie en een deel van een naam: waarschuwingen op hun plek, met de bedoelde naam")
    func typos() throws {
        var places: [String: (line: Int, column: Int)] = [:]
        let files = try theme { files in
            places["titl"] = try replacing("<h1>{{title}}</h1>", with: "<h1>{{titl}}</h1>", in: "document", files: &files)
            places["hasSumary"] = try replacing("{{#hasSummary}}", with: "{{#hasSumary}}", in: "document-item", files: &files)
            places["hasSummary-close"] = try replacing("{{/hasSummary}}", with: "{{/hasSumary}}", in: "document-item", files: &files)
            places["hasURl"] = try replacing("{{^hasURL}}{{title}}{{/hasURL}}", with: "{{^hasURl}}{{title}}{{/hasURl}}", in: "checklist", files: &files)
            places["kop"] = try replacing("<h1>{{titl}}</h1>", with: "<h1>{{titl}}</h1>\n<p>{{{kop}}}</p>", in: "document", files: &files)
            places["sing"] = try replacing("{{status.sign}}", with: "{{ status.sing }}", in: "document", files: &files)
        }
        guard case let .success(loaded) = Theme.load(from: files, label: "mijn-thema", language: .nl) else {
            Issue.record("een thema met een onbekende naam hoort te laden: het is een waarschuwing")
            return
        }
        let found = loaded.warnings.items
        #expect(found.allSatisfy { $0.code == .unknownTemplateName && $0.severity == .warning })
        let byName = Dictionary(found.map { ($0.message.split(separator: "`")[1], $0) }, uniquingKeysWith: { first, _ in first })
        #expect(found.count == 5 && byName.count == 5, "\(found.map(\.message))")

        let titl = try #require(byName["titl"])
        #expect(titl.message == "het sjabloon gebruikt `titl`, een naam die Regio niet geeft: `{{titl}}` blijft op elke pagina leeg")
        #expect(titl.fixIt == "bedoelt u `title`? Dat is een naam die Regio geeft")
        #expect(titl.location == SourceLocation(file: "mijn-thema/templates/document.mustache", line: places["titl"]!.line, column: places["titl"]!.column + 4))
        // The sections: once, at the opening tag.
        let section = try #require(byName["hasSumary"])
        #expect(section.message == "het sjabloon gebruikt `hasSumary`, een naam die Regio niet geeft: wat tussen `{{#hasSumary}}` en `{{/hasSumary}}` staat, komt op geen enkele pagina")
        #expect(section.fixIt == "bedoelt u `hasSummary`? Dat is een naam die Regio geeft")
        #expect(section.location.line == places["hasSumary"]!.line && section.location.column == places["hasSumary"]!.column)
        let inverted = try #require(byName["hasURl"])
        #expect(inverted.message.hasSuffix("wat tussen `{{^hasURl}}` en `{{/hasURl}}` staat, komt op elke pagina"))
        #expect(inverted.fixIt == "bedoelt u `hasURL`? Dat is een naam die Regio geeft")
        // One part of a dotted name.
        let part = try #require(byName["sing"])
        #expect(part.message == "het sjabloon gebruikt `sing`, een naam die Regio niet geeft: `{{status.sing}}` blijft op elke pagina leeg")
        #expect(part.fixIt == "bedoelt u `sign`? Dat is een naam die Regio geeft")
        #expect(part.location.line == places["sing"]!.line)
        // Nothing like it: the fix says where the names are.
        let unlike = try #require(byName["kop"])
        #expect(unlike.fixIt == "gebruik een naam die Regio geeft: de sjablonen in themes/default/templates/ gebruiken ze allemaal")
        #expect(unlike.location.line == places["titl"]!.line + 1)
        // The findings show their lines: the template's text comes with them.
        #expect(loaded.warnings.sources["mijn-thema/templates/document.mustache"] != nil)
    }

    @Test("een build met zo'n thema schrijft de site en meldt de waarschuwing, met de regel van het sjabloon")
    func buildReportsIt() async throws {
        let files = try theme { files in _ = try replacing("<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>", in: "document", files: &files) }
        let result = await BuildPipeline.run(BuildOptions(content: SiteFixture.valid.fileSystem, theme: files, themeLabel: "mijn-thema",
                                                          parallelism: 2, today: testToday))
        let warning = try #require(result.diagnostics.first { $0.code == .unknownTemplateName })
        #expect(warning.message.hasPrefix("het sjabloon gebruikt `titel`"))
        #expect(warning.fixIt == "bedoelt u `title`? Dat is een naam die Regio geeft")
        #expect(result.sources[warning.location.file]?.text.contains("{{titel}}") == true)
        #expect(!result.hasErrors)
        let page = try #require(result.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(page.contains("<h1></h1>"), "the page is drawn as Mustache draws it: the title empty")
    }
}
