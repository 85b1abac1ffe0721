@testable import RegioCore
import Testing

/// Two versions of one section compared block by block (`BlockDiff`) and drawn in their blocks
/// (`ComparisonHTML`): nesting that stays valid HTML whatever was removed or added, pairs of edited
/// blocks, code by its lines, and text that stays text.
@Suite("Blokken vergelijken")
struct BlockDiffTests {
    static let drawing = ComparisonHTML(addedLabel: "toegevoegd:", removedLabel: "verwijderd:", addedEndLabel: "einde toegevoegd", removedEndLabel: "einde verwijderd")
    static let del = #"<del><span class="visually-hidden">verwijderd: </span>"#, ins = #"<ins><span class="visually-hidden">toegevoegd: </span>"#
    /// Where a change ends, said to screen readers: "einde verwijderd", "einde toegevoegd".
    static let delEnd = #"<span class="visually-hidden"> einde verwijderd</span></del>"#, insEnd = #"<span class="visually-hidden"> einde toegevoegd</span></ins>"#

    /// The one section of each text, compared and drawn.
    static func compare(_ old: String, _ new: String) -> (changes: [BlockDiff.Change], html: String) {
        let changes = BlockDiff(old: Section.split(old)[0].blocks, new: Section.split(new)[0].blocks).changes
        return (changes, drawing.html(changes))
    }

    @Test("een genest item dat wegvalt of erbij komt staat in de lijst van zijn ouderitem")
    func nestedItems() {
        let (del, ins) = (Self.del, Self.ins)
        let (_, html) = Self.compare("- Veilig Thuis\n  - advies\n- politie\n", "- Veilig Thuis\n- politie\n  - huisverbod\n")
        #expect(html == """
        <ul>
        <li>Veilig Thuis
        <ul>
        <li class="diff">\(del)advies\(Self.delEnd)</li>
        </ul>
        </li>
        <li>politie
        <ul>
        <li class="diff">\(ins)huisverbod\(Self.insEnd)</li>
        </ul>
        </li>
        </ul>
        """)
    }

    @Test("een ruime lijst houdt haar alinea's in het item; een genummerde lijst haar beginnummer")
    func looseAndOrderedLists() {
        let (_, html) = Self.compare("3. Eerst melden.\n\n   Dan wegen.\n4. Daarna hulp.\n", "3. Eerst melden.\n\n   Dan goed wegen.\n4. Daarna hulp.\n")
        #expect(html == """
        <ol start="3">
        <li>
        <p>Eerst melden.</p>
        <p class="diff">Dan \(Self.ins)goed\(Self.insEnd) wegen.</p>
        </li>
        <li>
        <p>Daarna hulp.</p>
        </li>
        </ol>
        """)
    }

    @Test("een bewerkt blok staat op zijn plaats in de nieuwe volgorde; een nieuw blok ervoor staat er geheel bij")
    func pairsInTheNewOrder() {
        let (changes, _) = Self.compare(
            "Wij zien geweld te laat.\n\nSlot.\n",
            "Eerst iets heel anders over herstel.\n\nWij zien geweld veel eerder.\n\nSlot.\n")
        #expect(changes.map(\.kind) == [.added, .changed, .same])
        #expect(changes[1].diff.runs.map(\.kind) == [.same, .removed, .added])
        // Sharing only "de" is no edit: the old block went, the new one came.
        let (unrelated, _) = Self.compare("De politie legt de pleger een huisverbod op.\n", "Het wijkteam biedt de familie hulp.\n")
        #expect(unrelated.map(\.kind) == [.removed, .added])
        // An item cut down to its first words is that item edited, however much of it went.
        let (shortened, html) = Self.compare(
            "- Eergerelateerd geweld, huwelijksdwang en achterlating: geweld vanuit een collectieve eercode, gedwongen huwelijken en het tegen de wil achterlaten van vrouwen en meisjes in het buitenland.\n",
            "- Eergerelateerd geweld, huwelijksdwang en achterlating.\n")
        #expect(shortened.map(\.kind) == [.changed])
        #expect(html.hasPrefix("<ul>\n<li class=\"diff\">Eergerelateerd geweld, huwelijksdwang en \(Self.del)achterlating:"))
    }

    @Test("code wordt per regel vergeleken en blijft in zijn pre; woorden blijven tekst")
    func codeAndEscaping() {
        let (del, ins) = (Self.del, Self.ins)
        let (_, code) = Self.compare("```\nstap 1\nstap 2\n```\n", "```\nstap 1\nstap 3\n```\n")
        #expect(code == "<pre class=\"diff\"><code>stap 1\n\(del)stap 2\(Self.delEnd)\n\(ins)stap 3\(Self.insEnd)</code></pre>")
        let (_, text) = Self.compare("- veilig\n", "- veilig\n- `<script>alert(1)</script>` & \"meer\"\n")
        #expect(text.contains("<li class=\"diff\">\(ins)&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;meer&quot;\(Self.insEnd)</li>"))
        #expect(!text.contains("<script"))
    }

    @Test("een alinea die een lijstitem wordt met dezelfde woorden staat zonder markering in haar nieuwe vorm")
    func sameWordsNewPlace() {
        let (changes, html) = Self.compare("Inleiding.\n\nVeilig Thuis adviseert.\n", "Inleiding.\n\n- Veilig Thuis adviseert.\n")
        #expect(changes.map(\.kind) == [.same, .same])
        #expect(html == "<p>Inleiding.</p>\n<ul>\n<li>Veilig Thuis adviseert.</li>\n</ul>")
    }
}
