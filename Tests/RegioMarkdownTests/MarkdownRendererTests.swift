import RegioMarkdown
import Testing

@Suite("Markdown-brug")
struct MarkdownRendererTests {
    @Test("koppen krijgen een stabiel id: accenten weg, dubbelen genummerd")
    func headingIDs() {
        let rendered = MarkdownRenderer.render("# Één visie\n\n## Doelen & resultaten\n\n## Doelen en resultaten\n\n## Doelen & resultaten\n\n### ?!\n")
        #expect(rendered.headings.map(\.id) == ["een-visie", "doelen-resultaten", "doelen-en-resultaten", "doelen-resultaten-2", "sectie"])
        #expect(rendered.html.contains(#"<h1 id="een-visie">Één visie</h1>"#))
        #expect(rendered.html.contains(#"<h2 id="doelen-resultaten-2">Doelen &amp; resultaten</h2>"#))
    }

    @Test("zonder HTML (voor de controle en de zoekindex) zijn koppen, ids, links en meldingen gelijk aan die van de pagina")
    func withoutHTML() {
        let markdown = "# Één visie\n\n## Doelen & resultaten\n\nZie [de visie](../visie.md) en ~~oud~~.\n\n## Doelen & resultaten\n\n| a | b |\n|---|---|\n"
        let page = MarkdownRenderer.render(markdown, options: MarkdownOptions(collectsText: true))
        for options in [MarkdownOptions(rendersHTML: false), .wordsOnly, MarkdownOptions(rendersHTML: false, collectsText: true)] {
            let rendered = MarkdownRenderer.render(markdown, options: options)
            #expect(rendered.html.isEmpty)
            #expect(rendered.headings.map(\.text) == page.headings.map(\.text))
            #expect(rendered.links == page.links)
            #expect(rendered.notices == page.notices)
            #expect(rendered.text.isEmpty == !options.collectsText)
        }
        #expect(MarkdownRenderer.render(markdown, options: MarkdownOptions(rendersHTML: false)).headings == page.headings)
        #expect(MarkdownRenderer.render(markdown, options: .wordsOnly).text.contains("Zie de visie en ~~oud~~."))
        #expect(page.notices.map(\.kind) == [.strikethrough, .pipeTable])
    }

    @Test("koppen met ĳ, ß, ligaturen en letters zonder ASCII-vorm: ĳ wordt ij, ß wordt ss, de rest scheidt")
    func foldedHeadingIDs() {
        let rendered = MarkdownRenderer.render("## Ĳsselland en de Straße\n\n## Ærø: ﬁnanciën²\n\n## IJsselland en de strasse\n")
        #expect(rendered.headings.map(\.id) == ["ijsselland-en-de-strasse", "r-financien2", "ijsselland-en-de-strasse-2"])
        #expect(TextFolding.fold("Ĳssel Straße Café ﬁ²") == "ijssel strasse cafe fi2")
    }

    @Test("een id dat al als genummerd id bestaat wordt niet nog eens uitgedeeld")
    func numberedCollision() {
        var maker = HeadingIDMaker()
        #expect(["a-2", "a", "a"].map { maker.makeID(for: $0) } == ["a-2", "a", "a-3"])
    }

    @Test("een gereserveerd id krijgt geen kop: 'Cijfers' wordt cijfers-2, ook zonder HTML")
    func reservedIDs() {
        let markdown = "## Cijfers\n\n## Cijfers\n\n## Versies van het plan\n\n## Inhoud\n"
        for rendersHTML in [true, false] {
            let rendered = MarkdownRenderer.render(markdown, options: MarkdownOptions(reservedIDs: ["cijfers", "inhoud-2", "inhoud"], rendersHTML: rendersHTML))
            #expect(rendered.headings.map(\.id) == ["cijfers-2", "cijfers-3", "versies-van-het-plan", "inhoud-3"])
        }
        #expect(MarkdownRenderer.render(markdown).headings.map(\.id) == ["cijfers", "cijfers-2", "versies-van-het-plan", "inhoud"])
        #expect(MarkdownRenderer.render(markdown, options: MarkdownOptions(reservedIDs: ["cijfers"])).html.contains(#"<h2 id="cijfers-2">Cijfers</h2>"#))
    }

    @Test("koppen weten hun regel en of er inhoud onder staat")
    func headingPositions() {
        let rendered = MarkdownRenderer.render("Intro\n\n## Leeg\n## Vol\n\nTekst.\n")
        #expect(rendered.headings.map(\.position.line) == [3, 4])
        #expect(rendered.headings.map(\.hasContent) == [false, true])
    }

    @Test("veilige modus laat ruwe HTML weg en neutraliseert javascript:-links")
    func safeMode() {
        let rendered = MarkdownRenderer.render("<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n")
        #expect(!rendered.html.contains("<script>"))
        #expect(rendered.html.contains("<!-- raw HTML omitted -->"))
        #expect(rendered.html.contains(#"<a href="">klik</a>"#))
    }

    @Test("links worden herschreven en met positie gemeld")
    func linkRewriting() {
        let options = MarkdownOptions { $0.hasSuffix(".md") ? .replace($0.replacingOccurrences(of: ".md", with: ".html")) : .keep }
        let rendered = MarkdownRenderer.render("Zie\n[de visie](../visie.md) en [extern](https://example.org).\n", options: options)
        #expect(rendered.html.contains(#"<a href="../visie.html">de visie</a>"#))
        #expect(rendered.html.contains(#"<a href="https://example.org">extern</a>"#))
        #expect(rendered.links.map(\.destination) == ["../visie.md", "https://example.org"])
        #expect(rendered.links.allSatisfy { $0.position.line == 2 })
    }

    @Test("een kop met alleen commentaar eronder heeft geen inhoud: een hint van regio new is geen tekst")
    func commentIsNoContent() {
        let rendered = MarkdownRenderer.render("## Visie\n\n<!-- Schrijf hier de visie. -->\n\n## Doelen\n\n<!-- hint -->\n\nEcht.\n")
        #expect(rendered.headings.map(\.hasContent) == [false, true])
    }

    @Test("een link of afbeelding kan worden losgemaakt: de tekst blijft, ook in een kop en om een afbeelding")
    func unlinking() {
        let options = MarkdownOptions(collectsText: true) { $0.hasPrefix("weg") ? .unlink : .keep }
        let markdown = "## Over [de kop](weg.md)\n\nZie [*de* visie](weg.md), [blijft](hier.md) en [![Grafiek](weg.png)](hier.md).\n"
        let rendered = MarkdownRenderer.render(markdown, options: options)
        #expect(rendered.html.contains(#"<h2 id="over-de-kop">Over de kop</h2>"#))
        #expect(rendered.html.contains(#"Zie <em>de</em> visie, <a href="hier.md">blijft</a> en <a href="hier.md">Grafiek</a>."#))
        #expect(rendered.links.map(\.destination) == ["weg.md", "weg.md", "hier.md", "hier.md", "weg.png"])
        #expect(rendered.text.contains("Zie de visie, blijft en Grafiek."))
    }

    @Test("de woorden na het herschrijven bevatten de ingevulde tekst van een link, zoals de pagina; zonder die optie niet (zoekindex)")
    func textAfterRewriting() {
        let rewrite: @Sendable (String) -> LinkRewrite = { destination in
            switch destination {
            case "cijfer:a#b": .fill(url: "a.html#b", text: "336 huisverboden")
            case "cijfer:a#c": .text("276 huisverboden")
            default: .keep
            }
        }
        let markdown = "## In [](cijfer:a#b)\n\nIn 2014 [](cijfer:a#b), in 2016 [](cijfer:a#c) ([AD](https://ad.nl)).\n"
        for rendersHTML in [false, true] {
            let rendered = MarkdownRenderer.render(markdown, options: MarkdownOptions(rendersHTML: rendersHTML, collectsText: true, textAfterRewriting: true, rewriteLink: rewrite))
            #expect(rendered.text.split(separator: " ") == ["In", "336", "huisverboden", "In", "2014", "336", "huisverboden,", "in", "2016", "276", "huisverboden", "(AD)."])
            #expect(rendered.links.map(\.destination) == ["cijfer:a#b", "cijfer:a#b", "cijfer:a#c", "https://ad.nl"])
            #expect(rendered.html.isEmpty == !rendersHTML)
        }
        let search = MarkdownRenderer.render(markdown, options: MarkdownOptions(rendersHTML: false, collectsText: true, rewriteLink: rewrite))
        #expect(search.text.split(separator: " ") == ["In", "In", "2014", ",", "in", "2016", "(AD)."])
    }

    @Test("GFM-constructies die cmark niet kent worden gemeld op hun regel", arguments: [
        ("Tekst\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", MarkdownNotice.Kind.pipeTable, 3),
        ("- [ ] nog doen\n- [x] gedaan\n", .taskList, 1),
        ("Eerst\n\nDit is ~~oud~~ nieuw.\n", .strikethrough, 3),
    ])
    func notices(_ markdown: String, _ kind: MarkdownNotice.Kind, _ line: Int) {
        let notices = MarkdownRenderer.render(markdown).notices
        #expect(notices.first?.kind == kind)
        #expect(notices.first?.position.line == line)
    }

    @Test("gewone tekst met een streep of tilde geeft geen melding")
    func noFalseNotices() {
        #expect(MarkdownRenderer.render("Een | teken\n\nen ~ tilde, ook ~~ los.\n\n- [link](x) item\n").notices.isEmpty)
    }

    @Test("een los webadres wordt gemeld waar het staat, zonder de leestekens van de zin; in een link, tussen < > of als code niet")
    func bareAddresses() {
        let markdown = """
            Eerst.
            Zie www.veiligthuis.nl. En *ook (https://www.cbs.nl/cijfers/x)*, of [https://a.nl](https://a.nl), <https://b.nl> en `https://c.nl`.

            > - Lijst: http://nl.wikipedia.org/wiki/Wet_(recht), en nieuwwww.nl, www. of https:// alleen.
            """
        let notices = MarkdownRenderer.render(markdown).notices
        #expect(notices.map(\.kind) == [.bareAddress, .bareAddress, .bareAddress])
        #expect(notices.map(\.detail) == ["www.veiligthuis.nl", "https://www.cbs.nl/cijfers/x", "http://nl.wikipedia.org/wiki/Wet_(recht)"])
        #expect(notices.map(\.position) == [MarkdownPosition(line: 2, column: 5), MarkdownPosition(line: 2, column: 34), MarkdownPosition(line: 4, column: 12)])
    }

    @Test("een webadres achter 20.000 blokhaken en 2.000 links op één regel: gemeld op zijn kolom (gevonden door de fuzzer: het zoeken per teken duurde seconden)")
    func addressInALongLine() {
        let prefix = String(repeating: "[", count: 20_000) + String(repeating: "](../regiovisie-2023-2026.md)", count: 2_000)
        let rendered = MarkdownRenderer.render("Tekst.\n" + prefix + " zie www.veiligthuis.nl en www.veiligthuis.nl.\n")
        let addresses = rendered.notices.filter { $0.kind == .bareAddress }
        #expect(addresses.map(\.position) == [MarkdownPosition(line: 2, column: prefix.utf8.count + 6),
                                               MarkdownPosition(line: 2, column: prefix.utf8.count + 28)], "\(addresses)")
    }

    @Test("een webadres in nadruk die duizenden lagen diep gaat: gemeld, zonder dat de stapel overloopt (gevonden door de fuzzer)")
    func deeplyNestedEmphasis() {
        let stars = String(repeating: "*", count: 100_000)
        let rendered = MarkdownRenderer.render(stars + "Zie https://www.veiligthuis.nl en [x](y z.md)" + stars + "\n")
        #expect(rendered.notices.contains { $0.kind == .bareAddress && $0.detail == "https://www.veiligthuis.nl" })
        #expect(rendered.notices.contains { $0.kind == .linkWithSpace })
    }

    @Test("voetnoten: één melding per alinea met toelichtingen, op de eerste; een link naar een adres met ^ in de naam is geen voetnoot")
    func footnotes() {
        let markdown = "Het steeg[^1] en daalde[^2].\n\n[^1]: Bron: CBS.\n[^2]: Bron: WODC.\n\nZie [^noot] en [^ 3]: geen.\n"
        let notices = MarkdownRenderer.render(markdown).notices
        #expect(notices.map(\.kind) == [.footnote])
        #expect(notices.first?.detail == "[^1]")
        #expect(notices.first?.position == MarkdownPosition(line: 3, column: 1))
    }

    @Test("een kop zonder spatie na de #-tekens, op zijn regel; niet #1, niet zeven #-tekens, niet in code of met \\#")
    func headingsWithoutSpace() {
        let markdown = "## Inleiding\n\nTekst.\n###Opvang\n\n- ##Lijst\n\n#1 in de regio.\n\n#######Zeven\n\n\\#MeToo is een beweging.\n\n```\n#!/bin/sh\n#echo\n```\n"
        let notices = MarkdownRenderer.render(markdown).notices
        #expect(notices.map(\.kind) == [.headingWithoutSpace, .headingWithoutSpace])
        #expect(notices.map(\.detail) == ["###Opvang", "##Lijst"])
        #expect(notices.map(\.position) == [MarkdownPosition(line: 4, column: 1), MarkdownPosition(line: 6, column: 3)])
    }

    @Test("blokken: alinea's, koppen, code en lijstitems met hun lijst en citaat, in leesvolgorde en met de woorden van de tekst")
    func blocks() {
        let markdown = """
        Eerste *alinea*
        op twee regels.

        #### Kleine kop

        - een
        - twee [met link](x.md)
          - genest

        3. drie

           nog drie
        4. vier

        > Citaat met `code`.
        >
        > - in een lijst

        ```
        regel 1
        regel 2
        ```

        <!-- opmerking -->

        ***
        """
        let rendered = MarkdownRenderer.render(markdown, options: .blocksOnly)
        let bullet = MarkdownBlock.Container.list(ordered: false, start: 0, tight: true)
        let ordered = MarkdownBlock.Container.list(ordered: true, start: 3, tight: false)
        #expect(rendered.blocks == [
            MarkdownBlock(kind: .paragraph, text: "Eerste alinea op twee regels."),
            MarkdownBlock(kind: .heading(level: 4), text: "Kleine kop"),
            MarkdownBlock(kind: .paragraph, containers: [bullet, .item(opens: true)], text: "een"),
            MarkdownBlock(kind: .paragraph, containers: [bullet, .item(opens: true)], text: "twee met link"),
            MarkdownBlock(kind: .paragraph, containers: [bullet, .item(opens: false), bullet, .item(opens: true)], text: "genest"),
            MarkdownBlock(kind: .paragraph, containers: [ordered, .item(opens: true)], text: "drie"),
            MarkdownBlock(kind: .paragraph, containers: [ordered, .item(opens: false)], text: "nog drie"),
            MarkdownBlock(kind: .paragraph, containers: [ordered, .item(opens: true)], text: "vier"),
            MarkdownBlock(kind: .paragraph, containers: [.quote], text: "Citaat met code."),
            MarkdownBlock(kind: .paragraph, containers: [.quote, bullet, .item(opens: true)], text: "in een lijst"),
            MarkdownBlock(kind: .code, text: "regel 1\nregel 2\n"),
        ])
        // The same words as the text for the search index, block after block.
        let words = MarkdownRenderer.render(markdown, options: .wordsOnly).text.split(whereSeparator: \.isWhitespace)
        #expect(rendered.blocks.flatMap { $0.text.split(whereSeparator: \.isWhitespace) } == words)
        #expect(MarkdownRenderer.render(markdown, options: .wordsOnly).blocks.isEmpty, "only when asked for")
    }

    @Test("blokken na het herschrijven bevatten het ingevulde cijfer; diep geneste citaten en lijsten gaan zonder recursie")
    func blocksAfterRewritingAndDeepNesting() {
        let options = MarkdownOptions(headingIDs: false, rendersHTML: false, textAfterRewriting: true, collectsBlocks: true) { destination in
            destination == "cijfer:a#b" ? .text("336 huisverboden") : .keep
        }
        #expect(MarkdownRenderer.render("In 2014 [](cijfer:a#b).", options: options).blocks.map(\.text) == ["In 2014 336 huisverboden."])
        let deep = String(repeating: "> ", count: 20_000) + "diep\n"
        let blocks = MarkdownRenderer.render(deep, options: .blocksOnly).blocks
        #expect(blocks.map(\.text) == ["diep"])
        #expect(blocks.first?.containers.count == 20_000)
    }
}
