import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// What changed between two versions of a regiovisie: sections added, removed and changed, and the
/// words inside; the version timeline and the banner on an older version.
@Suite("Versies vergelijken")
struct ComparisonTests {
    static let fixture = SiteFixture.valid.with("""
    === haaglanden/regiovisie-2019-2022.md
    ---
    type: regiovisie
    titel: Regiovisie 2019-2022
    status: vervallen
    vastgesteld_op: 2019-03-14
    periode: {van: 2019, tot: 2022}
    ---
    ## Visie

    Wij willen geweld **eerder** zien en stoppen.

    ## Financiën

    Het budget staat in de bijlage.

    ## Samenwerking

    Gemeenten werken samen met Veilig Thuis.
    === haaglanden/regiovisie-2023-2026.md
    ---
    type: regiovisie
    titel: Regiovisie 2023-2026
    status: vastgesteld
    vastgesteld_op: 2023-03-16
    periode: {van: 2023, tot: 2026}
    vorige: haaglanden/regiovisie-2019-2022
    ---
    ## Visie

    Wij willen geweld eerder zien, stoppen en duurzaam oplossen.

    ## Samenwerking

    Gemeenten werken samen met Veilig Thuis.

    ## Herstel

    Slachtoffers krijgen hulp bij [herstel](../factsheets/landelijk.md).
    """)

    @Test("per hoofdstuk: nieuw, vervallen, gewijzigd met woorden erbij en eraf; ongewijzigd apart; zonder Markdown-tekens; de gegevens (periode) voorop")
    func sections() async throws {
        let result = await build(Self.fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        #expect(page.contains("<p>Gegevens gewijzigd: titel, status, vastgesteld op, periode, vorige versie; 1 nieuw onderdeel, 1 vervallen onderdeel, 1 gewijzigd onderdeel.</p>"), "\(page)")
        // "zien" became "zien,": marked, as it changed, but the same word, not one removed and one added.
        let del = #"<del><span class="visually-hidden">verwijderd: </span>"#, ins = #"<ins><span class="visually-hidden">toegevoegd: </span>"#
        #expect(page.contains(#"<p class="diff">Wij willen geweld eerder \#(del)zien\#(Self.delEnd) \#(ins)zien,\#(Self.insEnd) \#(del)en stoppen.\#(Self.delEnd) \#(ins)stoppen en duurzaam oplossen.\#(Self.insEnd)</p>"#), "\(page)")
        // The fewest words a reader must add and take away: "stoppen" before "en", "duurzaam oplossen" for "stoppen".
        #expect(page.contains("<h2 id=\"visie\">Visie <span class=\"doc-meta\">(gewijzigd; 3 woorden erbij, 1 woord eraf)</span></h2>"))
        #expect(page.contains("<h2 id=\"financien\">Financiën <span class=\"doc-meta\">(vervallen; 0 woorden erbij, 6 woorden eraf)</span></h2>"))
        #expect(page.contains("<h2 id=\"herstel\">Herstel <span class=\"doc-meta\">(nieuw; 5 woorden erbij, 0 woorden eraf)</span></h2>"))
        #expect(page.contains("<li>Samenwerking</li>"), "unchanged sections are listed by name")
        // The versions' fields come first, as on a last-change page: the period is part of what changed.
        #expect(page.contains(#"<h2 id="gegevens">Gegevens <span class="doc-meta">(gewijzigd;"#))
        // As the document page shows them: the period in years, the previous version by its title.
        #expect(page.contains(#"<tr><th scope="row">Periode</th><td>\#(del)2019–2022\#(Self.delEnd)</td><td>\#(ins)2023–2026\#(Self.insEnd)</td></tr>"#), "\(page)")
        #expect(page.contains(#"<tr><th scope="row">Vorige versie</th><td>(niet ingevuld)</td><td>\#(ins)Regiovisie 2019-2022\#(Self.insEnd)</td></tr>"#))
        #expect(!page.contains("**") && !page.contains("](../"), "compared as the words a reader sees")
    }

    /// The valid site with the files of Fixtures/wijzigingen/nu (a factsheet whose figures moved to a
    /// CSV file, two visions that quote them), and as git history the versions in
    /// Fixtures/wijzigingen/eerder before each file's last change.
    static func changedSite() throws -> (site: SiteFixture, history: ContentHistory) {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/wijzigingen")
        let now = try SiteFixture(folder: folder.appendingPathComponent("nu")), before = try SiteFixture(folder: folder.appendingPathComponent("eerder"))
        var history = ContentHistory(files: [:], limitation: nil)
        for (path, text) in before.files { history.lastChanges[path] = (before: text, after: now.files[path] ?? "") }
        return (SiteFixture(files: SiteFixture.valid.files.merging(now.files) { _, new in new }), history)
    }

    static let del = #"<del><span class="visually-hidden">verwijderd: </span>"#, ins = #"<ins><span class="visually-hidden">toegevoegd: </span>"#
    /// Where a change ends, said to screen readers: "einde verwijderd", "einde toegevoegd".
    static let delEnd = #"<span class="visually-hidden"> einde verwijderd</span></del>"#, insEnd = #"<span class="visually-hidden"> einde toegevoegd</span></ins>"#

    @Test("een cijfer uit een factsheet in de tekst telt mee zoals de pagina het toont: niet als verwijderd naast het getal dat er eerst stond")
    func quotedFigures() async throws {
        let (fixture, history) = try Self.changedSite()
        let result = await build(content: fixture.fileSystem, history: history)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let (del, ins) = (Self.del, Self.ins)
        // The last change: "336 tijdelijke huisverboden … 276" written out, then both quoted from the factsheet.
        let change = try #require(site.html("haaglanden/regiovisie-2023-2026.wijziging.html"))
        #expect(change.contains(#"<h2 id="huisverboden">Huisverboden <span class="doc-meta">(gewijzigd; 1 woord erbij, 1 woord eraf)</span></h2>"#))
        #expect(change.contains(#"<p class="diff">In Den Haag werden in 2014 336 \#(del)tijdelijke\#(Self.delEnd) huisverboden opgelegd en in 2016 276 \#(ins)huisverboden\#(Self.insEnd) (AD, 2017).</p>"#))
        // Against the version before it, the same words: only the sentence that went is a change.
        let versions = try #require(site.html("haaglanden/versies/regiovisie-2023-2026.html"))
        #expect(versions.contains(#"<p class="diff">… opgelegd en in 2016 276 huisverboden (AD, 2017). \#(del)Het aantal liep terug.\#(Self.delEnd)</p>"#))
        #expect(versions.contains("; 0 nieuwe onderdelen, 0 vervallen onderdelen, 1 gewijzigd onderdeel.</p>"))
        // The page itself shows the same numbers.
        #expect(site.html("haaglanden/regiovisie-2023-2026.html")?.contains(#"#cijfer-huisverboden-2014">336 huisverboden</a> opgelegd"#) == true)
    }

    @Test("front matter van een wijziging: cijfers als de rijen van de tabel, de andere velden met de naam die de pagina ze geeft, nooit als YAML")
    func frontMatterAsShown() async throws {
        let (fixture, history) = try Self.changedSite()
        let result = await build(content: fixture.fileSystem, history: history)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/factsheets/den-haag-huisverboden.wijziging.html"))
        let (del, ins) = (Self.del, Self.ins)
        // The fields and figures are shown, but they are no chapters of the text.
        #expect(page.contains("<p>Gegevens gewijzigd: status; Cijfers gewijzigd; de tekst is niet gewijzigd.</p>"), "\(page)")
        #expect(page.contains(#"<h2 id="gegevens">Gegevens <span class="doc-meta">(gewijzigd; 1 woord erbij, 1 woord eraf)</span></h2>"#))
        #expect(page.contains(#"<tr><th scope="row">Status</th><td>\#(del)concept\#(Self.delEnd)</td><td>\#(ins)vastgesteld\#(Self.insEnd)</td></tr>"#), "\(page)")
        #expect(page.contains("<p>Ongewijzigd: Soort document, Titel, Vastgesteld op, Trefwoorden"), "\(page)")
        // Two figures moved from `cijfers` to the CSV file with their values: no change. One value was corrected.
        #expect(page.contains(#"<h2 id="cijfers-2">Cijfers <span class="doc-meta">(gewijzigd; 1 woord erbij, 1 woord eraf)</span></h2>"#))
        #expect(page.contains(#"<p class="diff">Meldingen bij Veilig Thuis Haaglanden, 2016: \#(del)1.200\#(Self.delEnd) \#(ins)1.250\#(Self.insEnd) meldingen; Opgelegde tijdelijke huisverboden (&apos;s-Gravenhage), 2014: 336 huisverboden; …</p>"#))
        for yaml in ["cijfers:", "waarde:", "- label", "cijferbestand", "{naam"] { #expect(!page.contains(yaml), "\(yaml)") }
        // The text quotes the figure it wrote out before: unchanged.
        #expect(page.contains("<li>De cijfers</li>"))
    }

    @Test("de regio toont een tijdlijn van de versies; een oudere versie een banner naar de nieuwere")
    func timelineAndBanner() async throws {
        let site = try #require(await build(Self.fixture).site)
        let region = try #require(site.html("haaglanden/index.html"))
        #expect(region.contains(#"<li><strong>2019–2022</strong>: <a href="regiovisie-2019-2022.html">Regiovisie 2019-2022</a>"#))
        #expect(region.contains(#"<a href="versies/regiovisie-2023-2026.html">Wat is er veranderd</a></li>"#))
        let old = try #require(site.html("haaglanden/regiovisie-2019-2022.html"))
        #expect(old.contains(#"<p class="banner" role="note">Er is een nieuwere versie van deze regiovisie: <a href="regiovisie-2023-2026.html">Regiovisie 2023-2026</a> (2023–2026).</p>"#))
        let new = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(!new.contains("class=\"banner\""))
        #expect(new.contains(#"<a href="versies/regiovisie-2023-2026.html">Wat is er veranderd ten opzichte van de vorige versie</a>"#))
        #expect(try LinkAudit.run(site).broken.isEmpty)
    }

    @Test("woordverschil: een herschreven tekst staat als geheel eraf en erbij; een bewerkte lange tekst woord voor woord")
    func rewrittenAndEditedText() {
        let old = (0..<1_500).map { "oud\($0)" }, new = (0..<1_500).map { "nieuw\($0)" }
        let rewritten = WordDiff(old: ["Inleiding"] + old + ["Slot"], new: ["Inleiding"] + new + ["Slot"])
        let rewrittenKinds: [WordDiff.Kind] = rewritten.runs.map(\.kind)
        #expect(rewrittenKinds == [.same, .removed, .added, .same])
        #expect(rewritten.removedCount == 1_500 && rewritten.addedCount == 1_500)
        var edited = old
        edited[700] = "anders"
        edited.insert("erbij", at: 1_200)
        let diff = WordDiff(old: old, new: edited)
        #expect(diff.removedCount == 1 && diff.addedCount == 2)
        let editedKinds: [WordDiff.Kind] = diff.runs.map(\.kind)
        #expect(editedKinds == [.same, .removed, .added, .same, .added, .same])
    }

    @Test("woordverschil: een woord met alleen andere leestekens is gemarkeerd maar telt niet als woord erbij en eraf; koppeltekens en apostroffen horen bij het woord")
    func punctuationOnly() {
        let diff = WordDiff(old: "Iedereen in Haaglanden moet veilig".split(separator: " ").map(String.init),
                            new: "Iedereen in Haaglanden, jong en oud, moet veilig".split(separator: " ").map(String.init))
        #expect(diff.addedCount == 3 && diff.removedCount == 0)
        #expect(diff.runs == [WordDiff.Run(kind: .same, words: ["Iedereen", "in"]), WordDiff.Run(kind: .removed, words: ["Haaglanden"]),
                              WordDiff.Run(kind: .added, words: ["Haaglanden,", "jong", "en", "oud,"]), WordDiff.Run(kind: .same, words: ["moet", "veilig"])])
        let comma = WordDiff(old: ["niet."], new: ["niet?"])
        #expect(comma.hasChanges && comma.addedCount == 0 && comma.removedCount == 0)
        #expect(WordDiff.bare("(zie") == "zie" && WordDiff.bare("oud),") == "oud" && WordDiff.bare("–") == "–" && WordDiff.bare("...") == "...")
        #expect(WordDiff.bare("'s-Gravenhage") == "'s-Gravenhage" && WordDiff.bare("24/7") == "24/7" && WordDiff.bare("50%") == "50%")
        #expect(WordDiff(old: ["Zuid-Holland"], new: ["Zuid-Holland-Zuid"]).addedCount == 1)
    }

    @Test("een hoofdstuk met een nieuwe kop en (bijna) dezelfde tekst is hernoemd en gewijzigd, niet vervallen en nieuw; een korte of andere tekst niet")
    func renamedChapter() {
        func section(_ heading: String, _ text: String) -> Section {
            Section(heading: heading, blocks: [TextBlock(paragraph: Section.words(in: text))], key: HeadingMatcher.fold(heading))
        }
        let text = "Alle partners werken met de meldcode en het afwegingskader en bespreken twijfels binnen een week."
        let renamed = VersionComparison(old: [section("Opgaven voor 2019-2022", text), section("Kort", "Twee woorden.")],
                                        new: [section("Opgaven voor 2023-2026", text + " Ook scholen."), section("Anders kort", "Twee woorden.")])
        let change = renamed.sections.first { $0.heading == "Opgaven voor 2023-2026" }
        #expect(change?.status == .changed && change?.renamedFrom == "Opgaven voor 2019-2022")
        #expect(change?.diff.addedCount == 2 && change?.diff.removedCount == 0)
        // Too short to tell a rename from a coincidence: gone and new.
        #expect(renamed.sections.first { $0.heading == "Anders kort" }?.status == .added)
        #expect(renamed.sections.first { $0.heading == "Kort" }?.status == .removed)
        #expect(renamed.count(.changed) == 1 && renamed.count(.added) == 1 && renamed.count(.removed) == 1)
        let other = VersionComparison(old: [section("Visie", text)], new: [section("Onze visie", "Een heel andere tekst over wat de regio wil bereiken met elkaar in vier jaar.")])
        #expect(other.count(.added) == 1 && other.count(.removed) == 1)
    }

    @Test("een hoofdstuk dat een nummer krijgt (`## 2. Analyse`), is hetzelfde hoofdstuk, zoals de kaders het ook lezen")
    func numberedChapter() {
        let old = Section.split("## Analyse\n\nMeer meldingen.\n\n## Doelen\n\nMinder geweld.\n")
        let new = Section.split("## 1. Analyse\n\nMeer meldingen bij Veilig Thuis.\n\n## 2 Doelen\n\nMinder geweld.\n")
        #expect(new.map(\.key) == ["analyse", "doelen"])
        let comparison = VersionComparison(old: old, new: new)
        #expect(comparison.sections.map(\.heading) == ["1. Analyse", "2 Doelen"])
        #expect(comparison.sections.map(\.status) == [.changed, .same])
        #expect(comparison.count(.added) == 0 && comparison.count(.removed) == 0)
        // A heading that is only a number still has a key of its own.
        #expect(Section.split("## 3\n\nTekst.\n").map(\.key) == ["3"])
    }

    @Test("woorden: geknipt op alle witruimte van Unicode, niet op streepjes of aanhalingstekens")
    func wordsAtWhiteSpace() {
        let text = "Wij\tvolgen  de\u{00A0}Wmo\u{2003}2015 – de ‘Jeugdwet’\u{3000}ook\u{2028}en\r\nmeer "
        #expect(Section.words(in: text) == ["Wij", "volgen", "de", "Wmo", "2015", "–", "de", "‘Jeugdwet’", "ook", "en", "meer"])
        #expect(Section.words(in: "") == [])
        #expect(Section.words(in: " \u{00A0} ") == [])
        #expect(Section.words(in: "één") == ["één"])
    }

    @Test("hoofdstukken: een versie uit git met CR LF aan het eind van haar regels geeft dezelfde hoofdstukken; code met ## blijft binnen zijn hoofdstuk")
    func sectionsWithCRLF() {
        let text = "Intro *met* nadruk.\n\n## Doelen\n\nMinder geweld.\n\n```\n## geen kop\n```\n\n### Acties ###\n\nEerder [melden](a.md).\n"
        let sections = Section.split(text)
        #expect(sections.map(\.heading) == ["", "Doelen", "Acties"])
        #expect(sections.map(\.key) == ["sectie", "doelen", "acties"])
        #expect(Section.split("## C# en F#\n\ntekst\n## ##\n").map(\.heading) == ["C# en F#"])
        #expect(sections[0].words == ["Intro", "met", "nadruk."])
        #expect(sections[1].words == ["Minder", "geweld.", "##", "geen", "kop"])
        #expect(sections[2].words == ["Eerder", "melden."])
        #expect(Section.split(text.replacingOccurrences(of: "\n", with: "\r\n")) == sections)
    }

    @Test("woordverschil: Myers vindt het kortste verschil, ook tussen twee lijsten zonder gemeenschappelijk begin of eind")
    func shortestEditScript() throws {
        // ABCABBA → CBABAC, Myers' own example: five edits.
        let old: [Int32] = [1, 2, 3, 1, 2, 2, 1], new: [Int32] = [3, 2, 1, 2, 1, 3]
        let edits = try #require(MyersDiff.edits(from: old, to: new, maxEdits: 100))
        #expect(edits.removed.count + edits.inserted.count == 5)
        // What stays of the old list, in order, is what stays of the new one.
        let keptOld = old.indices.filter { !edits.removed.contains($0) }.map { old[$0] }
        let keptNew = new.indices.filter { !edits.inserted.contains($0) }.map { new[$0] }
        #expect(keptOld == keptNew)
        #expect(MyersDiff.edits(from: old, to: new, maxEdits: 4) == nil, "more edits than allowed")
        #expect(MyersDiff.edits(from: [], to: [7, 8], maxEdits: 10)?.inserted == [0, 1])
        #expect(MyersDiff.edits(from: [7, 8], to: [7, 8], maxEdits: 0)?.removed == [])
    }

    /// The valid site with the two versions of Fixtures/blokken: a changed chapter with paragraphs,
    /// a list, a table written with `|`, a small heading and a quote; a chapter that went and one that came.
    static func blockSite() throws -> SiteFixture {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/blokken")
        return SiteFixture(files: SiteFixture.valid.files.merging(try SiteFixture(folder: folder).files) { _, new in new })
    }

    @Test("een gewijzigd hoofdstuk houdt zijn blokken: alinea's apart, de lijst een lijst met het nieuwe en het gewijzigde item, de tabelregel gemarkeerd, ongewijzigd zonder markering")
    func blocksOfAChangedChapter() async throws {
        let result = await build(try Self.blockSite())
        // Both versions write a table with `|`, which CommonMark shows as a paragraph: the one finding.
        #expect(result.diagnostics.map(\.code) == [.pipeTable, .pipeTable], "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        let (del, ins) = (Self.del, Self.ins)
        // Statuses, counts and the summary are those of the words, as before.
        #expect(page.contains("<p>Gegevens gewijzigd: titel, status, vastgesteld op, periode, vorige versie; 1 nieuw onderdeel, 1 vervallen onderdeel, 1 gewijzigd onderdeel.</p>"), "\(page)")
        #expect(page.contains(#"<h2 id="aanpak">Aanpak <span class="doc-meta">(gewijzigd; 12 woorden erbij, 7 woorden eraf)</span></h2>"#))
        let chapter = try #require(page.components(separatedBy: #"<section class="comparison comparison-gewijzigd">\#n<h2 id="aanpak">"#).dropFirst().first?
            .components(separatedBy: "</section>").first)
        // Each paragraph its own `<p>`; an unchanged one without marks, shortened to its first words.
        #expect(chapter.contains("\n<p>Haaglanden pakt huiselijk geweld en kindermishandeling aan als …</p>\n"))
        #expect(chapter.contains(#"<p class="diff">Wij zien geweld \#(del)te laat.\#(Self.delEnd) \#(ins)eerder.\#(Self.insEnd) Professionals melden \#(del)pas als het misgaat.\#(Self.delEnd) \#(ins)zodra zij zich zorgen maken.\#(Self.insEnd)</p>"#))
        #expect(chapter.contains("\n<p>Gemeenten spreken elk jaar af wat zij samen …</p>\n<p>De partners in de aanpak zijn:</p>\n<ul>\n"))
        // The list stays a list: the changed item marked inside its `<li>`, the new one inserted whole.
        #expect(chapter.contains("""
        <ul>
        <li>Veilig Thuis Haaglanden</li>
        <li class="diff">de politie \(ins)Haaglanden\(Self.insEnd)</li>
        <li>het wijkteam</li>
        <li class="diff">\(ins)het Centrum Seksueel Geweld\(Self.insEnd)</li>
        </ul>
        """))
        // CommonMark has no tables: the rows are one paragraph, as on the page, and the changed figure is marked in it.
        #expect(chapter.contains(#"<p class="diff">… | 2017 | 9.800 | | 2018 | \#(del)10.100\#(Self.delEnd) \#(ins)10.400\#(Self.insEnd) |</p>"#))
        // A small heading one level below the chapter's; the quote stays a quote.
        #expect(chapter.contains("<h3>Wat wij meten</h3>\n<blockquote>\n<p>Geweld in huis is nooit privé.</p>\n</blockquote>"))
        #expect(chapter.components(separatedBy: "<p").count - 1 == 6, "six paragraphs, none run together")
        // A new chapter: each paragraph inserted on its own; a chapter that went keeps its numbered list.
        #expect(page.contains("<p class=\"diff\">\(ins)Slachtoffers krijgen hulp bij herstel.\(Self.insEnd)</p>\n<p class=\"diff\">\(ins)Kinderen krijgen een eigen hulpverlener.\(Self.insEnd)</p>"))
        #expect(page.contains("<ol>\n<li class=\"diff\">\(del)Veilig Thuis\(Self.delEnd)</li>\n<li class=\"diff\">\(del)de opvang\(Self.delEnd)</li>\n</ol>"))
        #expect(!page.contains("<p class=\"diff\"><p") && !page.contains("</li><li"))
    }

    /// Two versions with chapters and sections: "Plegeraanpak" in two chapters, a chapter whose own
    /// text changed and one whose only change is in a section, sections new and gone inside kept chapters.
    static let outlineFixture = SiteFixture.valid.with("""
    === haaglanden/regiovisie-2019-2022.md
    ---
    type: regiovisie
    titel: Regiovisie 2019-2022
    status: vervallen
    vastgesteld_op: 2019-03-14
    periode: {van: 2019, tot: 2022}
    ---
    ## Visie

    Geweld in huis stopt.

    ## Doelen

    Wij willen minder geweld in 2022.

    ### Plegeraanpak

    Plegers krijgen hulp om te stoppen.

    ### Preventie

    Scholen geven voorlichting over relaties.

    ## Samenwerking

    Gemeenten werken samen met Veilig Thuis.

    ### Plegeraanpak

    De politie meldt plegers bij het wijkteam.

    ### Opvang

    De opvang heeft twintig plekken.
    === haaglanden/regiovisie-2023-2026.md
    ---
    type: regiovisie
    titel: Regiovisie 2023-2026
    status: vastgesteld
    vastgesteld_op: 2023-03-16
    periode: {van: 2023, tot: 2026}
    vorige: haaglanden/regiovisie-2019-2022
    ---
    ## Visie

    Geweld in huis stopt.

    ## Doelen

    Wij willen minder geweld in 2026.

    ### Plegeraanpak

    Plegers krijgen hulp om te stoppen.

    ### Herstel

    Slachtoffers krijgen hulp bij herstel.

    ## Samenwerking

    Gemeenten werken samen met Veilig Thuis.

    ### Plegeraanpak

    De politie meldt plegers direct bij het wijkteam.
    """)

    @Test("de kopniveaus van de bron blijven: een onderdeel (###) staat als h3 onder zijn hoofdstuk, ook als alleen het onderdeel veranderde of verviel; geen regio-landmark per hoofdstuk")
    func outlineKept() async throws {
        let result = await build(Self.outlineFixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        let headings = page.matches(of: #/<h([23]) id="([^"]+)">([^<]+?)(?: <span|</h)/#).map { "h\($0.output.1) \($0.output.2) \($0.output.3)" }
        #expect(headings == [
            "h2 met-wijzigingen Hoofdstukken met wijzigingen",
            "h2 gegevens Gegevens",
            "h2 doelen Doelen", "h3 herstel Herstel", "h3 preventie Preventie",
            // Only a section of this chapter changed: the chapter's heading holds it, without a status of its own.
            "h2 samenwerking Samenwerking", "h3 plegeraanpak Plegeraanpak", "h3 opvang Opvang",
            "h2 ongewijzigd Ongewijzigd",
        ], "\(headings)")
        #expect(page.contains(#"<h2 id="samenwerking">Samenwerking</h2>"#))
        #expect(page.contains(#"<h3 id="preventie">Preventie <span class="doc-meta">(vervallen; 0 woorden erbij, 5 woorden eraf)</span></h3>"#))
        #expect(page.contains(#"<h3 id="plegeraanpak">Plegeraanpak <span class="doc-meta">(gewijzigd; 1 woord erbij, 0 woorden eraf)</span></h3>"#))
        // A section is no landmark: a page of 65 changed sections had 65 regions, two named "Plegeraanpak".
        #expect(!page.contains(#/<section[^>]* aria-label=/#))
        #expect(page.components(separatedBy: "<section aria-labelledby=").count - 1 == 1, "only the unchanged chapters' section is named")
    }

    @Test("bovenaan een lijst van de hoofdstukken met wijzigingen, met links die op de pagina landen")
    func listOfChangedChapters() async throws {
        let page = try #require(await build(Self.outlineFixture).site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        let nav = try #require(page.components(separatedBy: #"<nav class="toc" aria-labelledby="met-wijzigingen">"#).dropFirst().first?
            .components(separatedBy: "</nav>").first)
        let links = nav.matches(of: ##/<a href="#([^"]+)">([^<]+)</a>/##).map { "\($0.output.1)=\($0.output.2)" }
        #expect(links == ["gegevens=Gegevens", "doelen=Doelen", "samenwerking=Samenwerking", "ongewijzigd=Ongewijzigd"])
        #expect(nav.contains(##"<li><a href="#doelen">Doelen</a> <span class="doc-meta">(gewijzigd)</span></li>"##))
        // Its own text stayed; its sections changed: it says so, and is not listed as unchanged below.
        #expect(nav.contains(##"<li><a href="#samenwerking">Samenwerking</a> <span class="doc-meta">(onderdelen gewijzigd)</span></li>"##))
        #expect(nav.contains("</ol>\n" + ##"<p><a href="#ongewijzigd">Ongewijzigd</a></p>"##), "the unchanged part is no chapter with changes")
        // The list stands before the first changed chapter, and every link has its target on the page.
        #expect(try #require(page.range(of: "met-wijzigingen")).lowerBound < (try #require(page.range(of: #"id="gegevens""#)).lowerBound))
        for link in links { #expect(page.contains(#"id="\#(link.prefix { $0 != "=" })""#), "\(link)") }
    }

    @Test("tekst vóór de eerste kop die verviel staat bovenaan, waar hij stond, niet onderaan")
    func removedOpeningFirst() async throws {
        let old = try #require(Self.outlineFixture.files["haaglanden/regiovisie-2019-2022.md"])
        let withOpening = old.replacingOccurrences(of: "---\n## Visie", with: "---\nDeze visie is van de negen gemeenten samen.\n\n## Visie")
        #expect(withOpening != old)
        let page = try #require(await build(Self.outlineFixture.with("=== haaglanden/regiovisie-2019-2022.md\n" + withOpening)).site?
            .html("haaglanden/versies/regiovisie-2023-2026.html"))
        let nav = try #require(page.components(separatedBy: #"<nav class="toc" aria-labelledby="met-wijzigingen">"#).dropFirst().first?
            .components(separatedBy: "</nav>").first)
        let headings = nav.matches(of: ##/<a href="#[^"]+">([^<]+)</a>/##).map { String($0.output.1) }
        #expect(headings.prefix(3) == ["Gegevens", "Begin van het document", "Doelen"], "\(headings)")
        let opening = try #require(page.range(of: "Begin van het document <span")), goals = try #require(page.range(of: #"<h2 id="doelen">"#))
        #expect(opening.lowerBound < goals.lowerBound)
    }

    @Test("ongewijzigde onderdelen staan genest onder hun hoofdstuk, dat naar boven linkt als het zelf veranderde ('Ongewijzigde onderdelen van Doelen', geen 'Doelen (gewijzigd)' in de lijst van wat niet veranderde)")
    func unchangedNested() async throws {
        let page = try #require(await build(Self.outlineFixture).site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        let unchanged = try #require(page.components(separatedBy: #"<h2 id="ongewijzigd">"#).dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(unchanged == """
        Ongewijzigd</h2>
        <ul>
        <li>Visie</li>
        <li>Ongewijzigde onderdelen van <a href="#doelen">Doelen</a>
        <ul>
        <li>Plegeraanpak</li>
        </ul>
        </li>
        </ul>

        """)
    }

    @Test("na elke wijziging zegt verborgen tekst waar ze eindigt: 'einde verwijderd', 'einde toegevoegd'")
    func changesEndAudibly() async throws {
        let result = await buildExample()
        let page = try #require(result.site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        let deletions = page.components(separatedBy: "<del>").count - 1, insertions = page.components(separatedBy: "<ins>").count - 1
        #expect(deletions > 10 && insertions > 10)
        #expect(page.components(separatedBy: Self.delEnd).count - 1 == deletions)
        #expect(page.components(separatedBy: Self.insEnd).count - 1 == insertions)
        // Hidden, so the eye sees the strike-through and underline only.
        #expect(!page.contains("einde verwijderd</del>") && !page.contains("einde toegevoegd</ins>"))
    }

    @Test("voorbeeld: elk onderdeel (h3) op de vergelijkingspagina staat onder het hoofdstuk (h2) waar het in de bron onder staat")
    func exampleOutlineFollowsSource() async throws {
        let result = await buildExample()
        let page = try #require(result.site?.html("haaglanden/versies/regiovisie-2023-2026.html"))
        // The chapter of every section, from both versions' Markdown: a removed section keeps its old chapter.
        var chapterOf: [String: Set<String>] = [:]
        for file in ["regiovisie-2019-2022.md", "regiovisie-2023-2026.md"] {
            let text = try String(contentsOf: RepositoryPaths.exampleContent.appendingPathComponent("haaglanden/\(file)"), encoding: .utf8)
            var chapter = ""
            for line in text.split(separator: "\n") {
                if line.hasPrefix("## ") { chapter = String(line.dropFirst(3)) }
                if line.hasPrefix("### ") { chapterOf[String(line.dropFirst(4)), default: []].insert(chapter) }
            }
        }
        var chapter = "", checked = 0
        for heading in page.matches(of: #/<h([23]) id="[^"]+">([^<]+?)(?: <span|</h)/#) {
            let text = String(heading.output.2).replacingOccurrences(of: "&#39;", with: "'")
            if heading.output.1 == "2" { chapter = text; continue }
            #expect(chapterOf[text]?.contains(chapter) == true, "\(text) onder \(chapter)")
            checked += 1
        }
        #expect(checked > 30)
        #expect(!page.contains("aria-label=\"Plegeraanpak\""))
    }
}
