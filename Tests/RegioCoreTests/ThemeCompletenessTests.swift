import Foundation
import RegioTestSupport
import Testing
@testable import RegioCore

/// A theme that lacks a template, an asset or a text would make empty or unstyled pages; each is an
/// error at the theme's file, and a template with a syntax error is not also reported missing.
@Suite("Thema: wat ontbreekt")
struct ThemeCompletenessTests {
    /// The default theme's files, changed by `change`.
    private func load(_ change: (inout [String: Data]) -> Void, language: SiteSettings.Language = .nl) throws -> [Diagnostic] {
        let disk = DiskFileSystem(root: RepositoryPaths.defaultTheme)
        var files: [String: Data] = [:]
        for path in try disk.allFiles() { files[path] = try disk.read(path) }
        change(&files)
        guard case let .failure(list) = Theme.load(from: InMemoryFileSystem(files: files), label: "thema", language: language) else { return [] }
        return list.items
    }

    @Test("het standaardthema is compleet")
    func defaultThemeIsComplete() throws {
        #expect(try load { _ in }.isEmpty)
        #expect(try load({ _ in }, language: .en).isEmpty)
    }

    @Test("een ontbrekend sjabloon of bestand in assets/ is een fout die zegt wat te kopiëren")
    func missingTemplateAndAsset() throws {
        let found = try load { files in
            files["templates/layout.mustache"] = nil
            files["assets/regio.css"] = nil
        }
        #expect(found.map(\.code) == [.incompleteTheme, .incompleteTheme])
        #expect(found.map(\.message) == ["het thema mist het sjabloon `templates/layout.mustache`", "het thema mist `assets/regio.css`"])
        #expect(found.map(\.fixIt) == ["kopieer `templates/layout.mustache` uit themes/default/", "kopieer `assets/regio.css` uit themes/default/"])
        #expect(found.allSatisfy { $0.location == SourceLocation(file: "thema") })
    }

    @Test("een tekst die een sjabloon gebruikt maar strings/nl.yaml niet heeft, staat op de plek waar het sjabloon haar eerst noemt")
    func missingString() throws {
        let found = try load { files in
            let strings = String(decoding: files["strings/nl.yaml"] ?? Data(), as: UTF8.self)
            files["strings/nl.yaml"] = Data(strings.split(separator: "\n").filter { !$0.hasPrefix("naar_inhoud:") }.joined(separator: "\n").utf8)
        }
        let layout = try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        let line = try #require(layout.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{t.naar_inhoud}}") })
        let column = try #require(layout.split(separator: "\n", omittingEmptySubsequences: false)[line].range(of: "{{t.naar_inhoud}}"))
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.code == .incompleteTheme)
        #expect(diagnostic.message == "het sjabloon gebruikt `t.naar_inhoud`, maar `strings/nl.yaml` heeft die tekst niet")
        #expect(diagnostic.location.file == "thema/templates/layout.mustache")
        #expect(diagnostic.location.line == line + 1)
        #expect(diagnostic.location.column == layout.split(separator: "\n", omittingEmptySubsequences: false)[line].distance(
            from: layout.split(separator: "\n", omittingEmptySubsequences: false)[line].startIndex, to: column.lowerBound) + 1)
    }

    @Test("een sjabloon met een syntaxfout geeft een Nederlandse melding, en heet dan niet ook nog ontbrekend")
    func syntaxErrorIsNotAlsoMissing() throws {
        let found = try load { files in files["templates/document.mustache"] = Data("{{<layout}}\n{{$main}}\n{{#document}}<h1>{{title}}</h1>\n{{/main}}\n{{/layout}}\n".utf8) }
        #expect(found.map(\.code) == [.templateSyntax])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.location.file == "thema/templates/document.mustache")
        #expect(diagnostic.message.hasPrefix("fout in sjabloon: "))
        #expect(!diagnostic.message.contains("Section") && !diagnostic.message.contains("expected"), "\(diagnostic.message)")
    }

    @Test("kapotte YAML in strings/nl.yaml staat op haar regel, zonder een vervolgfout voor elke tekst die de sjablonen gebruiken")
    func brokenStringsFile() throws {
        let found = try load { files in files["strings/nl.yaml"] = Data("a: b\nc: [d\n".utf8) }
        #expect(found.map(\.code) == [.yamlSyntax], "\(found.map(\.message))")
        let diagnostic = try #require(found.first { $0.code == .yamlSyntax })
        #expect(diagnostic.location.file == "thema/strings/nl.yaml")
        // The line whose `[` is not closed, not the end of the file where YAML noticed it.
        #expect(diagnostic.location.line == 2 && diagnostic.message.contains("de lijst tussen blokhaken op regel 2 wordt niet gesloten"), "\(diagnostic.message)")
        // The walkthrough's typo: one colon too many on line 3 of the real file.
        let typo = try load { files in
            var lines = String(decoding: files["strings/nl.yaml"] ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines[2] = Substring(lines[2].replacingOccurrences(of: ": ", with: ":: \""))
            files["strings/nl.yaml"] = Data(lines.joined(separator: "\n").utf8)
        }
        #expect(typo.map(\.code) == [.yamlSyntax], "\(typo.map(\.message))")
        #expect(typo.first?.location.line == 3)
        // A missing strings file is one finding too.
        let missing = try load { files in files["strings/nl.yaml"] = nil }
        #expect(missing.map(\.message) == ["het thema mist `strings/nl.yaml`, of het is geen UTF-8-tekst"])
    }

    @Test("een sectie die niet gesloten wordt, staat op de regel waar zij opent, met de tag die eerst sluit")
    func unclosedSection() throws {
        let document = try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("templates/document.mustache"), encoding: .utf8)
        // As in the walkthrough: `<h1>{{title}}</h1>` made a section by mistake.
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
        let h1 = try #require(lines.firstIndex { $0 == "<h1>{{title}}</h1>" })
        let closing = try #require(lines[h1...].firstIndex { $0 == "{{/document}}" })
        let found = try load { files in
            files["templates/document.mustache"] = Data(document.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{#title}} (TEST)</h1>").utf8)
        }
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.code == .templateSyntax)
        #expect(diagnostic.message == "fout in sjabloon: `{{#title}}` wordt niet gesloten; regel \(closing + 1) sluit eerst `{{/document}}`")
        #expect(diagnostic.location == SourceLocation(file: "thema/templates/document.mustache", line: h1 + 1, column: 5))
        #expect(diagnostic.fixIt == "zet `{{/title}}` waar de sectie eindigt, vóór `{{/document}}`; wilt u alleen de waarde tonen, schrijf dan `{{title}}`")
    }

    @Test("een sluittag zonder opening en een sectie die tot het einde open blijft, elk op hun eigen tag")
    func closedUnopenedAndNeverClosed() throws {
        let unopened = try load { files in files["templates/themes.mustache"] = Data("<p>a</p>\n<p>{{title}}{{/title}}</p>\n".utf8) }
        #expect(unopened.map(\.message) == ["fout in sjabloon: `{{/title}}` sluit een sectie die niet geopend is"], "\(unopened.map(\.message))")
        #expect(unopened.first?.location == SourceLocation(file: "thema/templates/themes.mustache", line: 2, column: 13))
        // A comment that mentions a section does not open one.
        let open = try load { files in files["templates/themes.mustache"] = Data("{{! {{#x}} }}\n<ul>\n  {{^items}}<li>geen</li>\n</ul>\n".utf8) }
        #expect(open.map(\.message) == ["fout in sjabloon: `{{^items}}` wordt nergens gesloten"], "\(open.map(\.message))")
        #expect(open.first?.location == SourceLocation(file: "thema/templates/themes.mustache", line: 3, column: 3))
        #expect(open.first?.fixIt == "zet `{{/items}}` waar de sectie eindigt")
    }

    @Test("{{t.naam}} wordt gevonden als waarde, sectie, ongeëscapet en met spaties; andere namen niet")
    func stringUses() {
        let uses = ThemeRequirements.stringUses(in: "<p>{{t.a}} {{#t.b}}x{{/t.b}}\n  {{{t.c}}} {{& t.d}} {{title}} {{at.e}}</p>")
        #expect(uses.map(\.key) == ["a", "b", "b", "c", "d"])
        #expect(uses.map(\.line) == [1, 1, 1, 2, 2])
        #expect(uses.map(\.column) == [4, 12, 21, 3, 13])
    }
}
