import Foundation
import Mustache
import RegioTestSupport
import Testing
@testable import RegioCore

@Suite("Thema: sjablonen en escapen")
struct ThemeTests {
    /// A theme with every required template, each showing `body`, and the Dutch strings.
    private func theme(_ body: String) -> Result<Theme, DiagnosticList> {
        var files: [String: Data] = ["strings/nl.yaml": Data("a: b\nlabel: Label\n".utf8)]
        for name in ThemeRequirements.assets { files["assets/\(name)"] = Data() }
        for name in ThemeRequirements.templates { files["templates/\(name).mustache"] = Data(body.utf8) }
        return Theme.load(from: InMemoryFileSystem(files: files), label: "thema", language: .nl)
    }

    @Test("{{waarde}} wordt ge-escaped zoals swift-mustache het doet: dezelfde vijf tekens, de rest ongemoeid")
    func escapesLikeTheLibrary() throws {
        let hostile = #"<script>alert("x")</script> & 'één' — ĳs"#
        let loaded = try theme("<p>{{title}}</p><p>{{{title}}}</p>").get()
        let html = try #require(loaded.library.render(["title": hostile], withTemplate: "portal"))
        #expect(html == #"<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;één&#39; — ĳs</p><p>"# + hostile + "</p>")
        // The library's own HTML escaping gives the same text.
        let library = try MustacheTemplate(string: "{{title}}").render(["title": hostile])
        #expect(HTMLEscaping.escape(hostile) == library)
        #expect(HTMLEscaping.escape("gewone tekst") == "gewone tekst")
    }

    @Test("waarden in de vorm die de bibliotheek het snelst opzoekt geven dezelfde HTML als gewone woordenboeken, ook met transformaties")
    func wrappedValuesRenderAlike() throws {
        let context: [String: Any] = [
            "title": "Plan <A&B>", "empty": "", "yes": true, "no": false, "count": 3,
            "t": ["label": "Label"], "status": ["code": "ok", "sign": "✓"],
            "items": [["name": "b"], ["name": "a", "label": "eigen"]] as [[String: Any]],
            "words": ["peer", "appel"], "mixed": ["x", 1] as [Any],
        ]
        let cases: [(template: String, expected: String)] = [
            ("{{title}}|{{{title}}}|{{count}}", "Plan &lt;A&amp;B&gt;|Plan <A&B>|3"),
            ("{{#yes}}ja{{/yes}}{{^no}}nee{{/no}}{{#empty}}[{{.}}]{{/empty}}{{^missing}}-{{/missing}}", "janee[]-"),
            ("{{status.code}} {{status.sign}} {{t.label}}", "ok ✓ Label"),
            ("{{#items}}{{name}}:{{count}}{{label}};{{/items}}", "b:3;a:3eigen;"),
            ("{{uppercased(title)}} {{count(items)}} {{#first(items)}}{{name}}{{/first(items)}}", "PLAN &lt;A&amp;B&gt; 2 b"),
            ("{{#sorted(words)}}{{.}},{{/sorted(words)}} {{count(t)}} {{#mixed}}{{.}}{{/mixed}}", "appel,peer, 1 x1"),
            ("{{#empty(words)}}leeg{{/empty(words)}}{{^empty(words)}}vol{{/empty(words)}}", "vol"),
        ]
        for (template, expected) in cases {
            let loaded = try theme(template).get()
            let plain = loaded.library.render(context, withTemplate: "portal")
            let wrapped = loaded.library.render(TemplateValues.wrap(context), withTemplate: "portal")
            #expect(plain == expected, "gewoon: \(template)")
            #expect(wrapped == expected, "ingepakt: \(template)")
        }
    }

    @Test("een document in een lijst wordt één keer getekend per link, en precies zoals {{> document-item}} het tekent")
    func listEntriesDrawnOncePerLink() throws {
        let loaded = try Theme.load(from: DiskFileSystem(root: RepositoryPaths.defaultTheme), label: "thema", language: .nl).get()
        let entries = ListEntries(theme: loaded)
        let path = try #require(ContentPath("haaglanden/regiovisie-2023-2026"))
        let item: [String: Any] = [
            "title": "Visie <A&B>", "url": "../regiovisie-2023-2026.html", "type": "Regiovisie", "status": "Vastgesteld",
            "statusCode": "vastgesteld", "period": "2023-2026", "hasPeriod": true, "summary": "Samen veilig.",
            "hasSummary": true, "adoptedOn": "16 maart 2023", "hasAdoptedOn": true,
        ]
        let entry = entries.entry(of: path, item: item)
        // The same entry as the partial draws it in a list, without the partial's last line break.
        let list = try MustacheTemplate(string: HTMLEscaping.pragma + "{{#items}}{{> document-item}}{{/items}}")
        var library = loaded.library
        library.register(list, named: "lijst")
        let partial = try #require(library.render(TemplateValues.wrap(["items": [item], "t": loaded.templateStrings]), withTemplate: "lijst"))
        #expect(entry + "\n" == partial)
        #expect(entry.contains("Visie &lt;A&amp;B&gt;") && entry.contains(loaded.strings["vastgesteld_op"] ?? "?"))
        // Asked again from a page of the same folder: the drawn entry; from another folder: drawn again.
        #expect(entries.entry(of: path, item: item) == entry)
        #expect(entries.count == 1)
        var deeper = item
        deeper["url"] = "../../regiovisie-2023-2026.html"
        #expect(entries.entry(of: path, item: deeper).contains("href=\"../../regiovisie-2023-2026.html\""))
        #expect(entries.count == 2)
    }

    @Test("de voorbeeldsite met {{{entry}}} is byte voor byte gelijk aan die met {{> document-item}} in de sjablonen")
    func entriesEqualThePartial() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder)
        var replaced = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("templates").path) {
            let file = folder.appendingPathComponent("templates/\(name)")
            let text = try String(contentsOf: file, encoding: .utf8)
            replaced += text.components(separatedBy: "{{{entry}}}").count - 1
            try text.replacingOccurrences(of: "{{{entry}}}", with: "{{> document-item}}").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(replaced == 9)
        func site(_ theme: URL) async throws -> RenderedSite {
            let result = await BuildPipeline.run(BuildOptions(content: DiskFileSystem(root: RepositoryPaths.exampleContent),
                                                              theme: DiskFileSystem(root: theme), today: testToday))
            return try #require(result.site)
        }
        let withEntries = try await site(RepositoryPaths.defaultTheme), withPartial = try await site(folder)
        #expect(withEntries.files.count == withPartial.files.count)
        #expect(withEntries.files.count > 50)
        for (mine, theirs) in zip(withEntries.files, withPartial.files) {
            #expect(mine.path == theirs.path && mine.data == theirs.data, "\(mine.path)")
        }
        #expect(withEntries.html("haaglanden/themas/partnergeweld.html")?.contains("class=\"doc-item\"") == true)
    }

    @Test("een fout in een sjabloon staat op de regel en kolom die de auteur ziet, ook op de eerste regel")
    func templateErrorColumn() throws {
        // A tag left open is where swift-mustache noticed it; a section left open is at its opening tag.
        for (text, line, column) in [("<p>{{#open}}</p>", 1, 4), ("<p>\n  {{#open}}</p>", 2, 3), ("<p>{{title</p>", 1, 0), ("<p>\n{{title</p>", 2, 0)] {
            var expected: (line: Int, column: Int)?
            do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
                expected = (error.context.lineNumber, column > 0 ? column : error.context.columnNumber)
            }
            let position = try #require(expected)
            #expect(position.line == line)
            guard case let .failure(list) = theme(text) else { Issue.record("het thema met een fout werd geladen"); return }
            let found = try #require(list.items.first { $0.code == .templateSyntax })
            #expect(found.location.line == position.line && found.location.column == position.column, "\(text)")
            #expect(found.location.file.hasPrefix("thema/templates/"))
            // The template's text goes with the findings, so that the terminal and the preview show the line.
            #expect(list.sources[found.location.file]?.text == text)
            #expect(list.sources.keys.allSatisfy { key in list.items.contains { $0.location.file == key } })
        }
    }

    @Test("een fout in een sjabloon komt met de regel uit het sjabloon in de terminal, zoals een fout in de inhoud")
    func templateErrorExcerpt() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder)
        let file = folder.appendingPathComponent("templates/document.mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "{{/hasSummary}}", with: "", options: [], range: text.range(of: "{{/hasSummary}}"))
            .write(to: file, atomically: true, encoding: .utf8)
        let result = await BuildPipeline.run(BuildOptions(content: DiskFileSystem(root: RepositoryPaths.exampleContent),
                                                          theme: DiskFileSystem(root: folder), themeLabel: "mijn-thema", today: testToday))
        let found = try #require(result.diagnostics.first { $0.code == .templateSyntax }, "\(result.diagnostics.map(\.id))")
        let source = try #require(result.sources[found.location.file], "\(found.location.file)")
        #expect(source.text.contains("{{#hasSummary}}") && found.location.file == "mijn-thema/templates/document.mustache")
    }

    @Test("een sectie alleen op de eerste regel van een sjabloon laat geen regeleinde achter, net als op elke andere regel")
    func standaloneTagOnFirstLine() throws {
        let loaded = try theme("{{#yes}}\nA\n{{/yes}}\n{{#yes}}\nB\n{{/yes}}\n{{^yes}}\nC\n{{/yes}}\nD\n").get()
        #expect(loaded.library.render(["yes": true], withTemplate: "portal") == "A\nB\nD\n")
        #expect(loaded.library.render(["yes": false], withTemplate: "portal") == "C\nD\n")
    }

    @Test("een thema op schijf: een bestand dat een link is wordt gelezen; een FIFO op de plek van een bestand wordt geweigerd zonder te wachten")
    func themeOnDiskWithLinkAndFIFO() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder)
        // A theme that keeps its strings elsewhere and links to them, as some teams share one file.
        let strings = folder.appendingPathComponent("strings/nl.yaml"), shared = folder.appendingPathComponent("gedeeld-nl.yaml")
        try FileManager.default.moveItem(at: strings, to: shared)
        try FileManager.default.createSymbolicLink(at: strings, withDestinationURL: shared)
        let loaded = try Theme.load(from: DiskFileSystem(root: folder), label: "thema", language: .nl).get()
        #expect(loaded.strings["naar_inhoud"] != nil)
        let fifo = folder.appendingPathComponent("fifo.yaml")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: (any Error).self) { try DiskFileSystem(root: folder).read("fifo.yaml") }
        #expect(try DiskFileSystem(root: folder).read("gedeeld-nl.yaml") == Data(contentsOf: shared))
    }
}
