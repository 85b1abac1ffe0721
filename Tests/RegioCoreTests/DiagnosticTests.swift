import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// One content mistake and where its diagnostic must land.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    let name: String
    let fixture: SiteFixture
    let code: DiagnosticCode
    let file: String
    let line: Int
    let column: Int
    let message: String
    var notes: [String]?
    var fixIt: String?

    var testDescription: String { name }
}

/// A plan in Delft whose front matter is `frontMatter` (the lines between the `---` fences).
private func plan(_ frontMatter: String, body: String = "Tekst.", path: String = "haaglanden/delft/plan-2024.md") -> SiteFixture {
    SiteFixture.valid.with("=== \(path)\n---\n\(frontMatter)\n---\n\(body)")
}

/// The valid fixture with a regional factsheet of Haaglanden, `haaglanden/factsheets/delft.md`, whose
/// `cijfers:` are `figures` (its lines as written under the key, from line 8 of the file) and whose
/// `bron` (line 6) is `source`.
func regionalFactsheet(figures: String = "  - {label: Meldingen, waarde: 812, jaar: 2023}", source: String = "{naam: CBS}") -> SiteFixture {
    SiteFixture.valid.with("""
    === haaglanden/factsheets/delft.md
    ---
    type: factsheet
    titel: Delft
    status: concept
    schaal: regio
    bron: \(source)
    cijfers:
    \(figures)
    ---
    """)
}

/// The valid fixture's region folder as if it were the whole content (`--content haaglanden`).
private let regionAsContent = SiteFixture(files: Dictionary(uniqueKeysWithValues: SiteFixture.valid.files.compactMap { path, text in
    path.hasPrefix("haaglanden/") ? (String(path.dropFirst("haaglanden/".count)), text) : nil
}))

private let planKeys = """
type: beleidsplan
titel: Plan Delft 2024
status: concept
regiovisie: haaglanden/regiovisie-2023-2026
periode: {van: 2024, tot: 2025}
"""

/// The valid fixture whose national factsheet's figure has an id, `meldingen`, and a second figure `figure`.
private func withFigureIDs(_ figure: String = "") -> SiteFixture {
    SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "  - {label: Meldingen,", with: "  - {id: meldingen, label: Meldingen,")
        .replacingOccurrences(of: "jaar: 2023}\n", with: "jaar: 2023}\n" + figure))
}

/// The valid fixture whose national factsheet has `peiljaar: written` on line 8 (its figure, of 2023, on line 10).
private func withReferenceYear(_ written: String) -> SiteFixture {
    SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "cijfers:\n", with: "peiljaar: \(written)\ncijfers:\n"))
}

/// The valid fixture with the national figure's `waarde` written as `written`, on a line of its own (line 10, column 13).
private func figureValue(_ written: String) -> SiteFixture {
    SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "  - {label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}",
                              with: "  - label: Meldingen\n    waarde: \(written)\n    jaar: 2023"))
}

/// A `waarde` as Word, Excel or an English text writes it, and the fix that must come with it.
private let numberFixes: [(written: String, fixIt: String)] = [
    ("1 336", "schrijf bijvoorbeeld `waarde: 1336`"),
    ("1\u{A0}336", "schrijf bijvoorbeeld `waarde: 1336`"),
    ("1\u{202F}336", "schrijf bijvoorbeeld `waarde: 1336`"),
    ("1 336 meldingen", "schrijf bijvoorbeeld `waarde: 1336` en `eenheid: meldingen`"),
    ("1,336", "schrijf `waarde: !!float 1.336` als het een kommagetal is, of `waarde: 1336` als het duizendtallen zijn"),
    ("1,336,000", "schrijf bijvoorbeeld `waarde: 1336000`"),
    ("1_000", "schrijf bijvoorbeeld `waarde: 1000`"),
    ("1e3", "schrijf bijvoorbeeld `waarde: 1000`"),
    ("1e400", "schrijf het getal voluit in cijfers, zonder `e`"),
    ("€ 1.200", "schrijf bijvoorbeeld `waarde: 1200` en `eenheid: euro`"),
    ("12%", "schrijf bijvoorbeeld `waarde: 12` en `eenheid: %`"),
    ("31,7", "schrijf bijvoorbeeld `waarde: 31.7`"),
    ("1.905,5", "schrijf bijvoorbeeld `waarde: 1905.5`"),
]

let diagnosticCases: [DiagnosticCase] = [
    DiagnosticCase(name: "onbekend cijfer met suggestie", fixture: withFigureIDs().with(
        "=== haaglanden/delft/plan-2024.md\n---\n\(planKeys)\n---\nEr waren [](cijfer:factsheets/landelijk#meldingn)."),
                   code: .unknownFigure, file: "haaglanden/delft/plan-2024.md", line: 8, column: 10,
                   message: "factsheet `factsheets/landelijk` heeft geen cijfer met id `meldingn`", fixIt: "bedoelde u `cijfer:factsheets/landelijk#meldingen`?"),
    DiagnosticCase(name: "cijfer uit een document dat geen factsheet is", fixture: plan(planKeys, body: "Zie [](cijfer:haaglanden/regiovisie-2023-2026#x)."),
                   code: .unknownFigure, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5,
                   message: "`haaglanden/regiovisie-2023-2026` is geen factsheet"),
    DiagnosticCase(name: "HTML als blok: de tekst erin verdwijnt, de melding zegt welke", fixture: plan(planKeys, body: "Tekst.\n\n<div style=\"color:red\">Rode tekst</div>"),
                   code: .rawHTML, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1,
                   message: "HTML in de tekst (`<div style=\"color:red\">Rode tekst</div>`) staat niet op de pagina",
                   fixIt: "schrijf het als Markdown, of zet `html_toestaan: ja` in site.yaml als de HTML van een vertrouwde bron komt"),
    DiagnosticCase(name: "een concept met een datum van vaststelling: waarschuwing op die datum", fixture: plan(planKeys + "\nvastgesteld_op: 2028-01-15"),
                   code: .conceptWithAdoptionDate, file: "haaglanden/delft/plan-2024.md", line: 7, column: 17,
                   message: "dit concept heeft `vastgesteld_op: 2028-01-15`, maar een concept is nog niet vastgesteld",
                   notes: ["de site toont dan ‘concept’ naast een datum van vaststelling"],
                   fixIt: "haal `vastgesteld_op` weg tot het document is vastgesteld; zet dan `status: vastgesteld` met de datum van het besluit"),
    DiagnosticCase(name: "de naam van de bron uit regio new: het veld heet bron.naam",
                   fixture: regionalFactsheet(source: "{naam: \"Noem de bron, bijvoorbeeld CBS StatLine 84849NED\", url: \"https://www.cbs.nl/nl-nl/cijfers\"}"),
                   code: .templatePlaceholder, file: "haaglanden/factsheets/delft.md", line: 6, column: 14,
                   message: "`bron.naam` is nog de voorbeeldtekst van `regio new`",
                   fixIt: "noem waar de cijfers vandaan komen, zoals `CBS StatLine 84849NED`, en zet bij `bron.url` waar ze staan"),
    DiagnosticCase(name: "het adres van de bron uit regio new, ook als de naam al is ingevuld: het veld heet bron.url",
                   fixture: regionalFactsheet(source: "{naam: CBS, url: \"https://opendata.cbs.nl/\"}"),
                   code: .templatePlaceholder, file: "haaglanden/factsheets/delft.md", line: 6, column: 24,
                   message: "`bron.url` is nog het voorbeeldadres van `regio new`",
                   fixIt: "zet bij `bron.url` het adres van de tabel of het rapport waar de cijfers staan, of haal `url` weg"),
    DiagnosticCase(name: "het voorbeeldadres als bron van één cijfer",
                   fixture: regionalFactsheet(figures: "  - {label: Meldingen, waarde: 812, jaar: 2023, bron: {naam: CBS, url: \"https://opendata.cbs.nl/\"}}"),
                   code: .templatePlaceholder, file: "haaglanden/factsheets/delft.md", line: 8, column: 72,
                   message: "`bron.url` is nog het voorbeeldadres van `regio new`",
                   fixIt: "zet bij `bron.url` het adres van de tabel of het rapport waar de cijfers staan, of haal `url` weg"),
    DiagnosticCase(name: "HTML in een zin", fixture: plan(planKeys, body: "Dit is <b>heel</b> belangrijk.<br>Nieuwe regel."),
                   code: .rawHTML, file: "haaglanden/delft/plan-2024.md", line: 8, column: 8, message: "HTML in de tekst (`<b>`)"),
    DiagnosticCase(name: "een link met een spatie in het adres wordt geen link", fixture: plan(planKeys, body: "Eerst.\nZie [de visie](../regiovisie 2023-2026.md)."),
                   code: .linkWithSpace, file: "haaglanden/delft/plan-2024.md", line: 9, column: 5,
                   message: "`[de visie](../regiovisie 2023-2026.md)` is geen link geworden: een linkadres mag geen spatie bevatten"),
    DiagnosticCase(name: "een los webadres wordt geen link: de oplossing zet https:// ervoor", fixture: plan(planKeys, body: "Eerst.\nMeer op www.veiligthuis.nl."),
                   code: .bareAddress, file: "haaglanden/delft/plan-2024.md", line: 9, column: 9,
                   message: "`www.veiligthuis.nl` wordt geen link",
                   fixIt: "schrijf `<https://www.veiligthuis.nl>`, of met een eigen linktekst: `[omschrijving](https://www.veiligthuis.nl)`"),
    DiagnosticCase(name: "de samenvatting van regio new staat er nog", fixture: plan(planKeys + "\nsamenvatting: \"Schrijf in één of twee zinnen wat Delft in deze periode doet.\""),
                   code: .templatePlaceholder, file: "haaglanden/delft/plan-2024.md", line: 7, column: 15,
                   message: "`samenvatting` is nog de voorbeeldtekst van `regio new`",
                   fixIt: "schrijf in één of twee zinnen waar het document over gaat, of haal de regel weg"),
    DiagnosticCase(name: "een afbeelding van een andere website", fixture: plan(planKeys, body: "Eerst.\n\n![Logo](https://www.veiligthuis.nl/img/logo.png?v=2)"),
                   code: .externalImage, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1,
                   message: "de afbeelding `https://www.veiligthuis.nl/img/logo.png?v=2` staat op een andere website",
                   fixIt: "download de afbeelding, zet het bestand naast het document en verwijs ernaar: `![…](logo.png)`"),
    DiagnosticCase(name: "een afbeelding die er niet is, zonder bestand met een naam die erop lijkt", fixture: plan(planKeys, body: "![Grafiek van de meldingen](grafiek-meldingen.png)"),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 8, column: 1,
                   message: "de link `grafiek-meldingen.png` wijst naar `haaglanden/delft/grafiek-meldingen.png`, dat niet bestaat",
                   fixIt: "zet het bestand `grafiek-meldingen.png` in de map `haaglanden/delft/` van de inhoud, of haal de afbeelding weg"),
    DiagnosticCase(name: "een link naar een document dat weg is, zonder naam die erop lijkt", fixture: plan(planKeys, body: "Zie [de cijfers](../factsheets/huisverboden-den-haag-2019.md)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5,
                   message: "dat niet bestaat",
                   fixIt: "controleer de bestandsnaam en de map (`../` is een map hoger), of haal de link weg als het document niet meer bestaat"),
    DiagnosticCase(name: "een kop zonder spatie na de #-tekens: op zijn eigen regel, met de kop zoals hij moet", fixture: plan(planKeys, body: "## Inleiding\n\nTekst.\n###Opvang\n\nMeer."),
                   code: .headingWithoutSpace, file: "haaglanden/delft/plan-2024.md", line: 11, column: 1,
                   message: "`###Opvang` is geen kop: er staat geen spatie na de #-tekens, dus de lezer ziet een regel tekst met #-tekens",
                   fixIt: "zet een spatie na de #-tekens: `### Opvang`"),
    DiagnosticCase(name: "een voetnoot uit Word", fixture: plan(planKeys, body: "Het steeg[^1].\n\n[^1]: Bron: CBS, 2023."),
                   code: .footnote, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1,
                   message: "`[^1]` is een voetnoot, maar CommonMark kent geen voetnoten"),
    DiagnosticCase(name: "een afbeelding zonder beschrijving", fixture: plan(planKeys, body: "![](../kaart.png)"),
                   code: .imageWithoutText, file: "haaglanden/delft/plan-2024.md", line: 8, column: 1,
                   message: "de afbeelding `../kaart.png` heeft geen beschrijving",
                   fixIt: "schrijf tussen de blokhaken wat de afbeelding laat zien, zoals `![Kaart van de gemeenten in de regio](../kaart.png)`"),
    DiagnosticCase(name: "een pdf als afbeelding", fixture: plan(planKeys, body: "![de kaart](../kaart.pdf)"),
                   code: .imageNotAnImage, file: "haaglanden/delft/plan-2024.md", line: 8, column: 1,
                   message: "`../kaart.pdf` staat er als afbeelding", fixIt: "maak er een gewone link van door het uitroepteken weg te halen: `[…](../kaart.pdf)`"),
    DiagnosticCase(name: "een link zonder adres", fixture: plan(planKeys, body: "Zie [de visie]()."),
                   code: .linkWithoutAddress, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5,
                   message: "de link `[de visie]()` heeft geen adres en leidt nergens heen"),
    DiagnosticCase(name: "cijfer uit een factsheet die niet bestaat", fixture: plan(planKeys, body: "Zie [](cijfer:factsheets/landelik#meldingen)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5, message: "`factsheets/landelik.md`, dat niet bestaat",
                   fixIt: "bedoelde u `cijfer:factsheets/landelijk#meldingen`?"),
    DiagnosticCase(name: "twee cijfers met dezelfde id", fixture: withFigureIDs("  - {id: meldingen, label: Meldingen, waarde: 1, jaar: 2022}\n"),
                   code: .duplicateID, file: "factsheets/landelijk.md", line: 10, column: 5, message: "de id `meldingen` staat al bij een eerder cijfer"),
    DiagnosticCase(name: "cijfer uit de toekomst", fixture: withFigureIDs("  - {label: Meldingen, waarde: 1, jaar: 2032}\n"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 41,
                   message: "het cijfer `Meldingen` heeft jaar 2032, dat na de peildatum 2026-11-25 ligt"),
    DiagnosticCase(name: "hetzelfde cijfer twee keer met een andere waarde", fixture: withFigureIDs("  - {label: Meldingen, waarde: 127.5, eenheid: meldingen, jaar: 2023}\n"),
                   code: .duplicateFigure, file: "factsheets/landelijk.md", line: 10, column: 5,
                   message: "het cijfer `Meldingen` over 2023 staat twee keer in deze factsheet, met een andere waarde: 127,5 meldingen hier, 127.340 meldingen bij het eerste",
                   notes: ["het eerste staat op factsheets/landelijk.md:9"],
                   fixIt: "haal een van beide weg, of geef het cijfer een ander jaar, een gemeente of een ander label als het over iets anders gaat"),
    DiagnosticCase(name: "een negatief aantal", fixture: withFigureIDs("  - {label: Huisverboden, waarde: -5, eenheid: huisverboden, jaar: 2023}\n"),
                   code: .implausibleFigure, file: "factsheets/landelijk.md", line: 10, column: 35,
                   message: "het cijfer `Huisverboden` is -5 huisverboden: een aantal huisverboden is nooit kleiner dan nul",
                   fixIt: "controleer het minteken; gaat het om een verandering, zeg dat dan in de eenheid, zoals `eenheid: verschil in huisverboden`"),
    DiagnosticCase(name: "meer dan 100 procent", fixture: withFigureIDs("  - {label: Herhaald, waarde: 138, eenheid: procent, jaar: 2023}\n"),
                   code: .implausibleFigure, file: "factsheets/landelijk.md", line: 10, column: 31,
                   message: "het cijfer `Herhaald` is 138 procent: meer dan 100 procent"),
    DiagnosticCase(name: "jaar van een cijfer in twee cijfers", fixture: withFigureIDs("  - {label: Meldingen, waarde: 1, jaar: 23}\n"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 41,
                   message: "het cijfer `Meldingen` heeft jaar 23, geen volledig jaartal", fixIt: "schrijf het jaar voluit, zoals 2023"),
    DiagnosticCase(name: "jaar van een cijfer in twee cijfers uit de vorige eeuw", fixture: withFigureIDs("  - {label: Meldingen, waarde: 1, jaar: 98}\n"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 41,
                   message: "het cijfer `Meldingen` heeft jaar 98, geen volledig jaartal", fixIt: "schrijf het jaar voluit, zoals 1998"),
    DiagnosticCase(name: "jaar van een cijfer vóór 1900", fixture: withFigureIDs("  - {label: Meldingen, waarde: 1, jaar: 203}\n"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 41,
                   message: "het cijfer `Meldingen` heeft jaar 203, dat vóór 1900 ligt", fixIt: "controleer het jaartal en schrijf het jaar voluit, zoals 2025"),
    DiagnosticCase(name: "peiljaar in twee cijfers", fixture: withReferenceYear("23"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 8, column: 11,
                   message: "`peiljaar: 23` is geen volledig jaartal", fixIt: "schrijf het jaar voluit, zoals 2023"),
    DiagnosticCase(name: "cijfer van na het peiljaar", fixture: withReferenceYear("2022"),
                   code: .figureAfterReferenceYear, file: "factsheets/landelijk.md", line: 10, column: 66,
                   message: "het cijfer `Meldingen` heeft jaar 2023, na het peiljaar 2022 van de factsheet",
                   fixIt: "controleer het jaartal van het cijfer, of zet `peiljaar: 2023` als de factsheet over 2023 gaat"),
    DiagnosticCase(name: "peiljaar uit de toekomst", fixture: SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "cijfers:\n", with: "peiljaar: 2099\ncijfers:\n")),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 8, column: 11,
                   message: "`peiljaar: 2099` ligt na de peildatum 2026-11-25", fixIt: "schrijf het jaar waarover de cijfers gaan, bijvoorbeeld `peiljaar: 2025`"),
    DiagnosticCase(name: "lege reeks cijfers", fixture: SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "cijfers:\n  - {label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}", with: "cijfers: []")),
                   code: .noFigures, file: "factsheets/landelijk.md", line: 8, column: 10, message: "`cijfers` is leeg",
                   fixIt: "schrijf `cijfers:` zonder `[]`, met daaronder per cijfer een regel als `  - {label: Meldingen, waarde: 1234, jaar: 2023}`"),
    DiagnosticCase(name: "ongeldige id van een cijfer", fixture: withFigureIDs("  - {id: Meldingen 2022, label: Meldingen, waarde: 1, jaar: 2022}\n"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 10, message: "`Meldingen 2022` is geen geldige id voor een cijfer"),
    DiagnosticCase(name: "onbekende sleutel met suggestie", fixture: plan(planKeys + "\ntitle: Plan"), code: .unknownKey,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 1, message: "onbekende sleutel `title`", fixIt: "bedoelde u `titel`?"),
    DiagnosticCase(name: "tikfout in sleutel", fixture: plan(planKeys + "\nsamenvating: kort"), code: .unknownKey,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 1, message: "`samenvating`", fixIt: "bedoelde u `samenvatting`?"),
    DiagnosticCase(name: "verkeerd type", fixture: plan(planKeys.replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: 2024")),
                   code: .wrongType, file: "haaglanden/delft/plan-2024.md", line: 6, column: 10, message: "`periode` moet een groep velden zijn"),
    DiagnosticCase(name: "lijst verwacht", fixture: plan(planKeys + "\nkaders: wmo-2015"), code: .wrongType,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 9, message: "`kaders` moet een lijst"),
    DiagnosticCase(name: "datum die niet bestaat", fixture: plan(planKeys + "\nvastgesteld_op: 2023-02-30"), code: .invalidDate,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 17, message: "`2023-02-30` is geen geldige datum voor `vastgesteld_op`: februari 2023 heeft 28 dagen"),
    DiagnosticCase(name: "datum zoals in een brief: de oplossing schrijft haar als JJJJ-MM-DD", fixture: plan(planKeys + "\nvastgesteld_op: 26-11-2023"), code: .invalidDate,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 17, message: "`26-11-2023` is geen geldige datum voor `vastgesteld_op`",
                   fixIt: "schrijf de datum als JJJJ-MM-DD: `vastgesteld_op: 2023-11-26`"),
    DiagnosticCase(name: "datum met de naam van de maand", fixture: plan(planKeys + "\nvastgesteld_op: 3 okt 2023"), code: .invalidDate,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 17, message: "`3 okt 2023` is geen geldige datum voor `vastgesteld_op`",
                   fixIt: "schrijf de datum als JJJJ-MM-DD: `vastgesteld_op: 2023-10-03`"),
    DiagnosticCase(name: "datum die niemand kan lezen: het voorbeeld", fixture: plan(planKeys + "\nvastgesteld_op: 31-02-2023"), code: .invalidDate,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 17, message: "`31-02-2023` is geen geldige datum voor `vastgesteld_op`",
                   fixIt: "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-14"),
    DiagnosticCase(name: "verplicht veld ontbreekt", fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024\n", with: "")),
                   code: .missingField, file: "haaglanden/delft/plan-2024.md", line: 2, column: 1, message: "verplicht veld `titel` ontbreekt",
                   fixIt: "voeg toe: `titel: \"Aanpak huiselijk geweld en kindermishandeling\"`"),
    DiagnosticCase(name: "een periode als tekst: de oplossing schrijft de eigen jaren in de goede vorm",
                   fixture: plan(planKeys.replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: 2024-2025")),
                   code: .wrongType, file: "haaglanden/delft/plan-2024.md", line: 6, column: 10, message: "`periode` moet een groep velden zijn, maar is `2024-2025`",
                   fixIt: "schrijf bijvoorbeeld `periode: {van: 2024, tot: 2025}`"),
    DiagnosticCase(name: "een periode als lijst: de oplossing schrijft de eigen jaren in de goede vorm",
                   fixture: plan(planKeys.replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: [2024, 2025]")),
                   code: .wrongType, file: "haaglanden/delft/plan-2024.md", line: 6, column: 10, message: "`periode` moet een groep velden zijn",
                   fixIt: "schrijf bijvoorbeeld `periode: {van: 2024, tot: 2025}`"),
    DiagnosticCase(name: "een kommagetal: de oplossing is het eigen getal met een punt",
                   fixture: SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
                       .replacingOccurrences(of: "  - {label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}",
                                             with: "  - label: Meldingen\n    waarde: 31,7\n    eenheid: procent\n    jaar: 2023")),
                   code: .wrongType, file: "factsheets/landelijk.md", line: 10, column: 13, message: "`waarde` moet een getal",
                   fixIt: "schrijf bijvoorbeeld `waarde: 31.7`"),
    DiagnosticCase(name: "een getal met een eenheid erachter: het getal in waarde, de eenheid in eenheid",
                   fixture: SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
                       .replacingOccurrences(of: "waarde: 127340", with: "waarde: 1.905 meldingen")),
                   code: .wrongType, file: "factsheets/landelijk.md", line: 9, column: 32, message: "`waarde` moet een getal",
                   fixIt: "schrijf bijvoorbeeld `waarde: 1905` en `eenheid: meldingen`"),
    DiagnosticCase(name: "vastgesteld zonder datum: bij de status, met de vorm en niet met een echte datum om over te nemen",
                   fixture: plan(planKeys.replacingOccurrences(of: "status: concept", with: "status: vastgesteld")),
                   code: .missingField, file: "haaglanden/delft/plan-2024.md", line: 4, column: 9,
                   message: "verplicht veld `vastgesteld_op` ontbreekt in de front matter (verplicht bij status vastgesteld)",
                   fixIt: "voeg onder deze regel de dag van het besluit toe, als `vastgesteld_op: JJJJ-MM-DD`; is het document nog niet vastgesteld, schrijf dan `status: concept`"),
    DiagnosticCase(name: "ongeldige waarde", fixture: plan(planKeys.replacingOccurrences(of: "status: concept", with: "status: vastgestel")),
                   code: .invalidValue, file: "haaglanden/delft/plan-2024.md", line: 4, column: 9, message: "`vastgestel` is geen geldige waarde voor `status`",
                   fixIt: "bedoelde u `vastgesteld`?"),
    DiagnosticCase(name: "ongeldige periode", fixture: plan(planKeys.replacingOccurrences(of: "{van: 2024, tot: 2025}", with: "{van: 2026, tot: 2024}")),
                   code: .invalidPeriod, file: "haaglanden/delft/plan-2024.md", line: 6, column: 10, message: "de periode 2026–2024 is ongeldig",
                   fixIt: "bedoelde u `periode: {van: 2024, tot: 2026}`? `van` is het eerste jaar, `tot` het laatste"),
    DiagnosticCase(name: "ongeldige periode zonder jaartallen", fixture: plan(planKeys.replacingOccurrences(of: "{van: 2024, tot: 2025}", with: "{van: 24, tot: 25}")),
                   code: .invalidPeriod, file: "haaglanden/delft/plan-2024.md", line: 6, column: 10, message: "de periode 24–25 is ongeldig",
                   fixIt: "schrijf het begin- en eindjaar, bijvoorbeeld `periode: {van: 2023, tot: 2026}`"),
    DiagnosticCase(name: "gemeente klopt niet met map", fixture: plan(planKeys + "\ngemeente: GM0518"), code: .municipalityMismatch,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 11, message: "`gemeente: GM0518` klopt niet met de map `delft` (Delft, GM0503): GM0518 is 's-Gravenhage",
                   fixIt: "schrijf `gemeente: GM0503`, of verplaats het document naar `haaglanden/den-haag/` als het een plan van 's-Gravenhage is"),
    DiagnosticCase(name: "gemeente van een plan met de naam uit regio.yaml: de code als oplossing", fixture: plan(planKeys + "\ngemeente: Delft"),
                   code: .invalidValue, file: "haaglanden/delft/plan-2024.md", line: 7, column: 11,
                   message: "`gemeente: Delft` is niet de CBS-code van Delft", fixIt: "bedoelde u `GM0503`?"),
    DiagnosticCase(name: "gemeente van een plan met de code in kleine letters", fixture: plan(planKeys + "\ngemeente: gm0503"),
                   code: .invalidValue, file: "haaglanden/delft/plan-2024.md", line: 7, column: 11,
                   message: "`gemeente: gm0503` is niet de CBS-code van Delft", fixIt: "bedoelde u `GM0503`?"),
    DiagnosticCase(name: "gemeente van een factsheet met de code in kleine letters", fixture: SiteFixture.valid.with("""
        === haaglanden/factsheets/delft.md
        ---
        type: factsheet
        titel: Delft
        status: concept
        schaal: gemeente
        gemeente: gm0503
        bron: {naam: CBS}
        cijfers:
          - {label: Meldingen, waarde: 10, jaar: 2023, gemeente: gm0503}
        ---
        """), code: .invalidValue, file: "haaglanden/factsheets/delft.md", line: 6, column: 11, message: "`gm0503` is geen CBS-gemeentecode",
        fixIt: "bedoelde u `GM0503`?"),
    DiagnosticCase(name: "gemeente van een factsheet bij naam", fixture: regionalFactsheet(figures: """
          - {label: Meldingen, waarde: 10, jaar: 2023, gemeente: delft}
        """), code: .invalidValue, file: "haaglanden/factsheets/delft.md", line: 8, column: 58, message: "`delft` is geen CBS-gemeentecode",
        fixIt: "Delft heeft code GM0503: schrijf `gemeente: GM0503`"),
    DiagnosticCase(name: "gemeente van een landelijke factsheet bij naam", fixture: SiteFixture.valid.with("""
        === factsheets/elders.md
        ---
        type: factsheet
        titel: Elders
        status: concept
        schaal: landelijk
        bron: {naam: CBS}
        cijfers:
          - label: Meldingen
            waarde: 10
            jaar: 2023
            gemeente: Delft
        ---
        """), code: .invalidValue, file: "factsheets/elders.md", line: 11, column: 15, message: "`Delft` is geen CBS-gemeentecode",
        notes: ["een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0518"]),
    DiagnosticCase(name: "Word-bestand naast de documenten", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.docx\nPK"),
                   code: .unusedFile, file: "haaglanden/delft/plan-2024.docx", line: 1, column: 1,
                   message: "`plan-2024.docx` is een tekstverwerkerbestand: Regio zet alleen Markdown-documenten (`.md`) in de site, en geen document linkt ernaar",
                   fixIt: "er staat al een `haaglanden/delft/plan-2024.md`: haal het Word-bestand uit de inhoudsmap als dat document de tekst heeft, of link ernaar vanuit dat document als lezers het ook als Word-bestand moeten kunnen krijgen"),
    DiagnosticCase(name: "pdf waar geen document naar linkt", fixture: SiteFixture.valid.with("=== haaglanden/bijlagen/rapport.pdf\n%PDF"),
                   code: .unusedFile, file: "haaglanden/bijlagen/rapport.pdf", line: 1, column: 1,
                   message: "`rapport.pdf` staat niet in de site: geen document linkt ernaar"),
    DiagnosticCase(name: "--content wijst naar een regiomap: één melding in plaats van een per document",
                   fixture: regionAsContent,
                   code: .missingSiteFile, file: "regio.yaml", line: 1, column: 1,
                   message: "deze map is een regiomap (er staat een regio.yaml in), niet de hoofdmap van de inhoud",
                   fixIt: "geef met --content de map op waarin site.yaml staat, zoals de map erboven"),
    DiagnosticCase(name: "map is geen gemeente van de regio", fixture: plan(planKeys, path: "haaglanden/leiden/plan-2024.md"), code: .unknownMunicipality,
                   file: "haaglanden/leiden/plan-2024.md", line: 1, column: 1, message: "de map `leiden` is geen gemeente van regio Haaglanden"),
    DiagnosticCase(name: "regio zonder gemeenten", fixture: SiteFixture.valid.with("=== haaglanden/regio.yaml\nnaam: Haaglanden\ncentrumgemeenten: []\ngemeenten: []"),
                   code: .unknownMunicipality, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1,
                   message: "de map `delft` is geen gemeente van regio Haaglanden", notes: ["haaglanden/regio.yaml noemt nog geen gemeenten"]),
    DiagnosticCase(name: "regio klopt niet met map", fixture: SiteFixture.valid.with("""
        === haaglanden/regiovisie-2019-2022.md
        ---
        type: regiovisie
        titel: Oud
        status: vervallen
        regio: utrecht
        periode: {van: 2019, tot: 2022}
        ---
        Tekst.
        """), code: .regionMismatch, file: "haaglanden/regiovisie-2019-2022.md", line: 5, column: 8, message: "`regio: utrecht` klopt niet met de map `haaglanden`"),
    DiagnosticCase(name: "document op verkeerde plek", fixture: plan("type: regiovisie\ntitel: X\nstatus: concept\nperiode: {van: 2024, tot: 2025}"),
                   code: .misplacedDocument, file: "haaglanden/delft/plan-2024.md", line: 2, column: 7, message: "een regiovisie hoort niet op de plek",
                   fixIt: "verplaats het bestand naar `haaglanden/plan-2024.md`"),
    DiagnosticCase(name: "plan in de map factsheets van de regio: de regio staat in de oplossing",
                   fixture: SiteFixture.valid.with("=== haaglanden/factsheets/plan-2025.md\n---\ntype: beleidsplan\ntitel: X\nstatus: concept\ngemeente: GM0503\nregiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2025, tot: 2026}\n---\nTekst.\n"),
                   code: .misplacedDocument, file: "haaglanden/factsheets/plan-2025.md", line: 2, column: 7, message: "een beleidsplan hoort niet op de plek",
                   fixIt: "verplaats het bestand naar `haaglanden/<gemeente>/plan-2025.md`, in de map van de gemeente"),
    DiagnosticCase(name: "YAML-syntaxfout", fixture: plan(planKeys + "\nsamenvatting: doel: veilig"), code: .yamlSyntax,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 19, message: "ongeldige YAML"),
    DiagnosticCase(name: "tab als inspringing", fixture: plan(planKeys + "\nkaders:\n\t- wmo-2015"), code: .yamlSyntax,
                   file: "haaglanden/delft/plan-2024.md", line: 8, column: 1, message: "tab"),
    DiagnosticCase(name: "vaste spaties uit Word als inspringing van de laatste sleutel van een blok",
                   fixture: plan(planKeys + "\nindicatoren:\n  bereik-veilig-thuis: op-orde\n\u{A0}\u{A0}betere-uitkomsten: op-orde"), code: .yamlSyntax,
                   file: "haaglanden/delft/plan-2024.md", line: 9, column: 1,
                   message: "ongeldige YAML: regel 9 springt in met vaste spaties (U+00A0); YAML wil gewone spaties", fixIt: "vervang ze door gewone spaties"),
    DiagnosticCase(name: "vaste spatie na gewone spaties als inspringing midden in een blok",
                   fixture: plan(planKeys + "\nindicatoren:\n  bereik-veilig-thuis: op-orde\n \u{A0}betere-uitkomsten: op-orde\n  opleiding-professionals: op-orde"),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 9, column: 2,
                   message: "ongeldige YAML: regel 9 springt in met een vaste spatie (U+00A0); YAML wil gewone spaties", fixIt: "vervang ze door gewone spaties"),
    DiagnosticCase(name: "een tab als inspringing van een sleutel", fixture: plan(planKeys + "\nindicatoren:\n  bereik-veilig-thuis: op-orde\n\tbetere-uitkomsten: op-orde"),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 9, column: 1,
                   message: "ongeldige YAML: regel 9 springt in met een tab; YAML wil gewone spaties", fixIt: "vervang ze door gewone spaties"),
    DiagnosticCase(name: "een tab voor een sleutel die aan het begin van de regel hoort", fixture: plan(planKeys.replacingOccurrences(of: "periode:", with: "\tperiode:")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 6, column: 1,
                   message: "ongeldige YAML: regel 6 springt in met een tab; YAML wil gewone spaties",
                   fixIt: "haal de inspringing weg: `periode:` begint aan het begin van de regel, net als de velden erboven"),
    DiagnosticCase(name: "dubbele aanhalingstekens binnen een titel tussen dubbele aanhalingstekens",
                   fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: \"Plan \"Samen veilig\" Delft\"")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 3, column: 14,
                   message: "ongeldige YAML: het tweede `\"` sluit de tekst tussen aanhalingstekens al af, dus `Samen veilig\" Delft\"` hoort er voor YAML niet meer bij",
                   fixIt: "zet de waarde tussen enkele aanhalingstekens, dan mogen er dubbele in: `titel: 'Plan \"Samen veilig\" Delft'`"),
    DiagnosticCase(name: "een lijst tussen blokhaken zonder ]", fixture: plan(planKeys + "\ntrefwoorden: [Delft, huisverbod\nthemas: []"),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 7, column: 32,
                   message: "ongeldige YAML: de lijst tussen blokhaken op regel 7 wordt niet gesloten",
                   fixIt: "zet `]` aan het eind van regel 7"),
    DiagnosticCase(name: "vaste spaties als inspringing in regio.yaml", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM0503]
        gemeenten:
        \u{A0}\u{A0}- {code: GM0503, naam: Delft}
        """), code: .yamlSyntax, file: "haaglanden/regio.yaml", line: 4, column: 1,
        message: "regel 4 springt in met vaste spaties (U+00A0)", fixIt: "vervang ze door gewone spaties"),
    DiagnosticCase(name: "opmerking na een waarde", fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: Plan Delft 2024 #2")),
                   code: .valueComment, file: "haaglanden/delft/plan-2024.md", line: 3, column: 24,
                   message: "`#2` telt niet mee: in YAML begint `#` na een spatie een opmerking",
                   fixIt: "bedoelt u het als deel van de waarde, zet die dan tussen aanhalingstekens: `titel: \"Plan Delft 2024 #2\"`; is het een opmerking, zet die dan op een eigen regel"),
    DiagnosticCase(name: "duizendtallen met een punt", fixture: SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
        .replacingOccurrences(of: "waarde: 127340", with: "waarde: 127.340")),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 9, column: 32,
                   message: "`127.340` lijkt een getal met punten tussen de duizendtallen",
                   fixIt: "schrijf `waarde: 127340` (zonder punten); bedoelt u een kommagetal, laat dan de nullen aan het eind weg: `waarde: 127.34`"),
    DiagnosticCase(name: "lege titel", fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: \"\"")),
                   code: .missingField, file: "haaglanden/delft/plan-2024.md", line: 3, column: 8, message: "`titel` is leeg in de front matter"),
    DiagnosticCase(name: "ja of nee", fixture: SiteFixture.valid.with("=== site.yaml\ntitel: Test\nhtml_toestaan: misschien"),
                   code: .invalidValue, file: "site.yaml", line: 2, column: 16, message: "`misschien` is geen geldige waarde voor `html_toestaan`",
                   fixIt: "schrijf `html_toestaan: ja` of `html_toestaan: nee`"),
    DiagnosticCase(name: "een keuze zonder waarde die erop lijkt", fixture: SiteFixture.valid.with("=== site.yaml\ntitel: Test\ntaal: nederlands"),
                   code: .invalidValue, file: "site.yaml", line: 2, column: 7, message: "`nederlands` is geen geldige waarde voor `taal`",
                   fixIt: "kies een van de mogelijke waarden, zoals `taal: nl`"),
    DiagnosticCase(name: "kaders zonder kaders.yaml", fixture: plan(planKeys + "\nkaders: [wmo-2015]\nthemas: [partnergeweld]"), code: .unknownFramework,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 10,
                   message: "`wmo-2015` in `kaders` kan niet worden gecontroleerd: de inhoudsmap heeft geen `kaders.yaml`"),
    DiagnosticCase(name: "een cijferlink relatief vanaf het document", fixture: SiteFixture.valid.with(SiteFixture.vision(body: "Zie [](cijfer:../factsheets/landelijk.md#meldingen).")),
                   code: .brokenLink, file: "haaglanden/regiovisie-2023-2026.md", line: 9, column: 5,
                   message: "de cijferlink `cijfer:../factsheets/landelijk.md#meldingen` noemt de factsheet niet vanaf de inhoudsmap: een cijferlink noemt hem zonder `../`, `/` en `.md`",
                   fixIt: "schrijf `cijfer:factsheets/landelijk#meldingen`"),
    DiagnosticCase(name: "een cijferlink met een / ervoor", fixture: SiteFixture.valid.with(SiteFixture.vision(body: "Zie [](cijfer:/factsheets/landelijk#meldingen).")),
                   code: .brokenLink, file: "haaglanden/regiovisie-2023-2026.md", line: 9, column: 5,
                   message: "de cijferlink `cijfer:/factsheets/landelijk#meldingen` noemt de factsheet niet vanaf de inhoudsmap: een cijferlink noemt hem zonder `../`, `/` en `.md`",
                   fixIt: "schrijf `cijfer:factsheets/landelijk#meldingen`"),
    DiagnosticCase(name: "de titel nog eens als kop", fixture: plan(planKeys, body: "# Plan Delft 2024\n\nTekst."), code: .bodyTitle,
                   file: "haaglanden/delft/plan-2024.md", line: 8, column: 1, message: "de kop `# Plan Delft 2024` maakt een tweede paginatitel, en herhaalt `titel`",
                   fixIt: "haal deze kop weg: de titel staat al boven de pagina"),
    DiagnosticCase(name: "een hoofdstuk met één #", fixture: plan(planKeys, body: "Tekst.\n\n# Inleiding\n\nMeer."), code: .bodyTitle,
                   file: "haaglanden/delft/plan-2024.md", line: 10, column: 1, message: "de kop `# Inleiding` maakt een tweede paginatitel",
                   fixIt: "maak er een hoofdstuk van met `## Inleiding`"),
    DiagnosticCase(name: "vastgesteld na de peildatum", fixture: plan(planKeys.replacingOccurrences(of: "status: concept", with: "status: vastgesteld") + "\nvastgesteld_op: 2029-01-01"),
                   code: .invalidDate, file: "haaglanden/delft/plan-2024.md", line: 7, column: 17,
                   message: "`vastgesteld_op` is 2029-01-01, na de peildatum 2026-11-25, maar de status is `vastgesteld`",
                   fixIt: "controleer het jaartal, of zet `status: concept` tot het document is vastgesteld"),
    DiagnosticCase(name: "onbekende sleutel zonder suggestie", fixture: plan(planKeys + "\nauteur: Jan"), code: .unknownKey,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 1, message: "onbekende sleutel `auteur`",
                   fixIt: "haal `auteur` weg, of gebruik een van de toegestane sleutels: `type`, `titel`, `samenvatting`, `status`, `vastgesteld_op`, `versie`, `themas`, `trefwoorden`, `uitzonderingen`, `gemeente`, `soort`, `regiovisie`, `periode`, `kaders`, `indicatoren`"),
    DiagnosticCase(name: "een sleutel met een deel van de waarde erin", fixture: plan(planKeys + "\nperiode_tot: 2027"), code: .unknownKey,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 1, message: "onbekende sleutel `periode_tot`", fixIt: "bedoelde u `periode`?"),
    DiagnosticCase(name: "dubbele sleutel", fixture: plan(planKeys + "\ntitel: Nog een"), code: .duplicateKey,
                   file: "haaglanden/delft/plan-2024.md", line: 7, column: 1, message: "de sleutel `titel` staat meer dan eens"),
    DiagnosticCase(name: "aanhalingsteken niet gesloten", fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: \"Plan Delft 2024")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 3, column: 8,
                   message: "het aanhalingsteken aan het begin van deze waarde wordt niet gesloten",
                   fixIt: "zet hetzelfde aanhalingsteken aan het eind van de waarde, op dezelfde regel"),
    DiagnosticCase(name: "enkel aanhalingsteken niet gesloten in een lijst", fixture: plan(planKeys + "\nkaders:\n  - 'wmo-2015\n  - jeugdwet"),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5,
                   message: "het aanhalingsteken aan het begin van deze waarde wordt niet gesloten"),
    DiagnosticCase(name: "geen spatie na de dubbele punt", fixture: plan(planKeys.replacingOccurrences(of: "status: concept", with: "status:concept")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 4, column: 7,
                   message: "ongeldige YAML: na de dubbele punt van `status` hoort een spatie",
                   notes: ["zonder spatie is `status:concept` voor YAML één tekst, geen sleutel met een waarde"], fixIt: "schrijf `status: concept`"),
    DiagnosticCase(name: "geen spatie na de dubbele punt van de laatste sleutel", fixture: plan(planKeys + "\nversie:1.0"),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 7, column: 7,
                   message: "ongeldige YAML: na de dubbele punt van `versie` hoort een spatie", fixIt: "schrijf `versie: 1.0`"),
    DiagnosticCase(name: "geen spatie na de dubbele punt van de eerste sleutel", fixture: plan(planKeys.replacingOccurrences(of: "type: beleidsplan", with: "type:beleidsplan")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 2, column: 5,
                   message: "ongeldige YAML: na de dubbele punt van `type` hoort een spatie", fixIt: "schrijf `type: beleidsplan`"),
    DiagnosticCase(name: "vaste spatie na de dubbele punt", fixture: plan(planKeys.replacingOccurrences(of: "status: concept", with: "status:\u{A0}concept")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 4, column: 7,
                   message: "ongeldige YAML: na de dubbele punt van `status` staat een vaste spatie (U+00A0), die u niet ziet",
                   fixIt: "vervang die door een gewone spatie: `status: concept`"),
    DiagnosticCase(name: "geen spatie na de dubbele punt van de enige sleutel in een blok",
                   fixture: plan(planKeys.replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode:\n  van:2024")),
                   code: .wrongType, file: "haaglanden/delft/plan-2024.md", line: 7, column: 6,
                   message: "`periode` moet een groep velden zijn, maar is `van:2024`; na de dubbele punt van `van` hoort een spatie", fixIt: "schrijf `van: 2024`"),
    DiagnosticCase(name: "geen spatie na de dubbele punt tussen accolades",
                   fixture: plan(planKeys.replacingOccurrences(of: "periode: {van: 2024, tot: 2025}", with: "periode: {van:2024, tot: 2025}")),
                   code: .unknownKey, file: "haaglanden/delft/plan-2024.md", line: 6, column: 14,
                   message: "na de dubbele punt van `van` hoort een spatie", fixIt: "schrijf `van: 2024`"),
    DiagnosticCase(name: "gekrulde aanhalingstekens uit Word om een waarde",
                   fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: “Plan Delft 2024”")),
                   code: .curlyQuotes, file: "haaglanden/delft/plan-2024.md", line: 3, column: 8,
                   message: "`“` en `”` zijn gekrulde aanhalingstekens uit Word: YAML ziet ze niet als aanhalingstekens",
                   fixIt: "vervang ze door gewone aanhalingstekens (\"): `titel: \"Plan Delft 2024\"`"),
    DiagnosticCase(name: "gekrulde aanhalingstekens om een waarde met een dubbele punt",
                   fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: “Plan Delft: aanpak 2024”")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 3, column: 8,
                   message: "ongeldige YAML: `“` en `”` zijn gekrulde aanhalingstekens uit Word, die YAML niet als aanhalingstekens ziet",
                   fixIt: "vervang ze door gewone aanhalingstekens (\"): `titel: \"Plan Delft: aanpak 2024\"`"),
    DiagnosticCase(name: "apostrof binnen enkele aanhalingstekens",
                   fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: 'Delft's plan'")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 3, column: 14,
                   message: "ongeldige YAML: de tekst begint met ', dus de ' in `Delft's` sluit hem al af", notes: [],
                   fixIt: "zet de tekst tussen dubbele aanhalingstekens: `titel: \"Delft's plan\"`"),
    DiagnosticCase(name: "waarde die met een apostrof begint",
                   fixture: plan(planKeys.replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: 's-Hertogenbosch en Delft")),
                   code: .yamlSyntax, file: "haaglanden/delft/plan-2024.md", line: 3, column: 8,
                   message: "ongeldige YAML: een waarde die met een apostrof begint (`'s-Hertogenbosch`), leest YAML als tekst tussen aanhalingstekens", notes: [],
                   fixIt: "zet een waarde die met ' begint tussen dubbele aanhalingstekens: `titel: \"'s-Hertogenbosch en Delft\"`"),
    DiagnosticCase(name: "front matter ontbreekt", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n# Plan\n"),
                   code: .missingFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1, message: "begint niet met front matter"),
    DiagnosticCase(name: "front matter niet gesloten", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n---\ntype: beleidsplan\n"),
                   code: .unclosedFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1, message: "niet afgesloten"),
    DiagnosticCase(name: "Word maakte van de eerste --- een lange streep", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n—\n\(planKeys)\n---\nTekst."),
                   code: .missingFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1,
                   message: "regel 1 is `—` waar `---` de front matter opent", fixIt: "schrijf drie gewone streepjes: `---`"),
    DiagnosticCase(name: "Word maakte van de laatste --- een halve lange streep", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n---\n\(planKeys)\n–\nTekst."),
                   code: .unclosedFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 7, column: 1,
                   message: "regel 7 is `–` waar `---` de front matter afsluit", fixIt: "schrijf drie gewone streepjes: `---`"),
    DiagnosticCase(name: "twee lange strepen waar --- hoort", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n---\n\(planKeys)\n——\nTekst."),
                   code: .unclosedFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 7, column: 1,
                   message: "regel 7 is `——` waar `---` de front matter afsluit", fixIt: "schrijf drie gewone streepjes: `---`"),
    DiagnosticCase(name: "een leeg document", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n"),
                   code: .missingFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1, message: "het bestand is leeg"),
    DiagnosticCase(name: "een lege regel boven ---", fixture: SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n\n---\n\(planKeys)\n---\nTekst."),
                   code: .missingFrontMatter, file: "haaglanden/delft/plan-2024.md", line: 1, column: 1,
                   message: "boven `---` staan lege regels", fixIt: "haal de lege regel boven `---` weg"),
    DiagnosticCase(name: "verwijzing naar onbekend document", fixture: plan(planKeys.replacingOccurrences(of: "regiovisie-2023-2026", with: "regiovisie-2023-2062")),
                   code: .unknownReference, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`haaglanden/regiovisie-2023-2062` verwijst naar een document dat niet bestaat",
                   fixIt: "bedoelde u `haaglanden/regiovisie-2023-2026`?"),
    DiagnosticCase(name: "verwijzing naar verkeerd type", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "factsheets/landelijk")),
                   code: .wrongReferenceType, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "is een factsheet, geen regiovisie",
                   fixIt: "verwijs naar een regiovisie, zoals `haaglanden/regiovisie-2023-2026`"),
    DiagnosticCase(name: "verwijzing zonder de regio ervoor", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "regiovisie-2023-2026")),
                   code: .unknownReference, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`regiovisie-2023-2026` verwijst naar een document dat niet bestaat",
                   fixIt: "bedoelde u `haaglanden/regiovisie-2023-2026`?"),
    DiagnosticCase(name: "verwijzing naar de visie zonder periode", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "haaglanden/visie")),
                   code: .unknownReference, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`haaglanden/visie` verwijst naar een document dat niet bestaat",
                   fixIt: "bedoelde u `haaglanden/regiovisie-2023-2026`?"),
    DiagnosticCase(name: "verwijzing met ..", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "../geheim")),
                   code: .invalidPath, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`../geheim` is geen geldige verwijzing",
                   notes: ["een verwijzing noemt het pad vanaf de inhoudsmap, zonder `../` en zonder `.md`"], fixIt: "schrijf `regiovisie: haaglanden/geheim`"),
    DiagnosticCase(name: "verwijzing geschreven als link", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "../regiovisie-2023-2026.md")),
                   code: .invalidPath, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`../regiovisie-2023-2026.md` is geen geldige verwijzing",
                   fixIt: "schrijf `regiovisie: haaglanden/regiovisie-2023-2026`"),
    DiagnosticCase(name: "verwijzing boven de inhoudsmap uit", fixture: plan(planKeys.replacingOccurrences(of: "haaglanden/regiovisie-2023-2026", with: "../../../visie")),
                   code: .invalidPath, file: "haaglanden/delft/plan-2024.md", line: 5, column: 13, message: "`../../../visie` is geen geldige verwijzing",
                   notes: ["een verwijzing noemt het pad vanaf de inhoudsmap, zonder `../` en zonder `.md`, bijvoorbeeld `haaglanden/regiovisie-2023-2026`"]),
    DiagnosticCase(name: "link naar onbekend bestand", fixture: plan(planKeys, body: "Eerste regel.\n\nZie [dit](../regiovisie-2023-2025.md)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 10, column: 5, message: "`../regiovisie-2023-2025.md`",
                   fixIt: "bedoelde u `../regiovisie-2023-2026.md`?"),
    DiagnosticCase(name: "kolom telt tekens, geen bytes", fixture: plan(planKeys, body: "Één [x](weg.md)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5, message: "`weg.md`"),
    DiagnosticCase(name: "link buiten de inhoudsmap", fixture: plan(planKeys, body: "[x](../../../etc/passwd.md)"),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 8, column: 1, message: "wijst buiten de inhoudsmap"),
    DiagnosticCase(name: "link naar onbekende kop", fixture: plan(planKeys, body: "Zie [visie](../regiovisie-2023-2026.md#visei)."),
                   code: .brokenAnchor, file: "haaglanden/delft/plan-2024.md", line: 8, column: 5, message: "`#visei` is geen kop", fixIt: "bedoelde u `../regiovisie-2023-2026.md#visie`?"),
    DiagnosticCase(name: "pijptabel", fixture: plan(planKeys, body: "Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
                   code: .pipeTable, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1, message: "CommonMark kent geen tabellen",
                   fixIt: "zet de cijfers onder `cijfers:` in een factsheet; Regio maakt er een tabel van"),
    DiagnosticCase(name: "pijptabel met acties", fixture: plan(planKeys, body: "Intro.\n\n| Jaar | Actie |\n|---|---|\n| 2027 | warme overdracht |\n| 2028 | training meldcode |"),
                   code: .pipeTable, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1, message: "CommonMark kent geen tabellen",
                   fixIt: "schrijf elke rij als een punt van een lijst (`- 2027: warme overdracht (wijkteam)`), of geef elke rij een kop `###` met de tekst eronder"),
    DiagnosticCase(name: "pijptabel met cijfers en een kolom namen", fixture: plan(planKeys, body: "Intro.\n\n| Gemeente | 2023 | 2024 |\n|---|--:|--:|\n| Delft | 1.234 | 12,5% |"),
                   code: .pipeTable, file: "haaglanden/delft/plan-2024.md", line: 10, column: 1, message: "CommonMark kent geen tabellen",
                   fixIt: "zet de cijfers onder `cijfers:` in een factsheet; Regio maakt er een tabel van"),
    DiagnosticCase(name: "gemeente van cijfer hoort niet bij regio", fixture: regionalFactsheet(figures: """
          - {label: Meldingen, waarde: 10, jaar: 2023, gemeente: GM0363}
        """), code: .unknownMunicipality, file: "haaglanden/factsheets/delft.md", line: 8, column: 58, message: "gemeente GM0363 hoort niet bij regio Haaglanden",
        notes: ["een factsheet van een regio noemt alleen gemeenten uit haaglanden/regio.yaml"],
        fixIt: "schrijf de CBS-code van een gemeente van Haaglanden: GM0518 ('s-Gravenhage), GM0503 (Delft)"),
    DiagnosticCase(name: "gemeente van een cijfer op een eigen regel: de melding staat bij gemeente, met de code die één cijfer verschilt", fixture: regionalFactsheet(figures: """
          - label: Meldingen
            waarde: 10
            jaar: 2023
            gemeente: GM0530
        """), code: .unknownMunicipality, file: "haaglanden/factsheets/delft.md", line: 11, column: 15, message: "gemeente GM0530 hoort niet bij regio Haaglanden",
        fixIt: "bedoelde u `GM0503` (Delft)?"),
    DiagnosticCase(name: "gemeente van een andere regio in een regionale factsheet: de regio van die gemeente als notitie, geen tikfout", fixture: SiteFixture.valid.with("""
        === drenthe/regio.yaml
        naam: Drenthe
        centrumgemeenten: [GM0106]
        gemeenten:
          - {code: GM0106, naam: Assen}
        === haaglanden/factsheets/delft.md
        ---
        type: factsheet
        titel: Delft
        status: concept
        schaal: regio
        bron: {naam: CBS}
        cijfers:
          - label: Huisverboden Assen
            waarde: 10
            jaar: 2023
            gemeente: GM0106
        ---
        """), code: .unknownMunicipality, file: "haaglanden/factsheets/delft.md", line: 11, column: 15, message: "gemeente GM0106 hoort niet bij regio Haaglanden",
        notes: ["een factsheet van een regio noemt alleen gemeenten uit haaglanden/regio.yaml",
                "GM0106 is Assen, een gemeente van regio Drenthe; een cijfer van die gemeente hoort in een factsheet van Drenthe of in een landelijke factsheet"],
        fixIt: "schrijf de CBS-code van een gemeente van Haaglanden: GM0518 ('s-Gravenhage), GM0503 (Delft)"),
    DiagnosticCase(name: "getal met komma", fixture: regionalFactsheet(figures: """
          - label: Aandeel
            waarde: 28,5
            jaar: 2023
        """), code: .wrongType, file: "haaglanden/factsheets/delft.md", line: 9, column: 13, message: "`waarde` moet een getal"),
    DiagnosticCase(name: "site.yaml ontbreekt", fixture: SiteFixture.valid.without("site.yaml"), code: .missingSiteFile,
                   file: "site.yaml", line: 1, column: 1, message: "site.yaml ontbreekt"),
    DiagnosticCase(name: "regio zonder regio.yaml", fixture: SiteFixture.valid.with("""
        === utrecht/regiovisie-2024-2027.md
        ---
        type: regiovisie
        titel: Utrecht
        status: concept
        periode: {van: 2024, tot: 2027}
        ---
        """), code: .missingRegionFile, file: "utrecht/regiovisie-2024-2027.md", line: 1, column: 1, message: "de map `utrecht` heeft geen regio.yaml"),
    DiagnosticCase(name: "gemeente in twee regio's", fixture: SiteFixture.valid.with("""
        === delfland/regio.yaml
        naam: Delfland
        centrumgemeenten: [GM0503]
        gemeenten:
          - {code: GM0503, naam: Delft}
        """), code: .municipalityInTwoRegions, file: "haaglanden/regio.yaml", line: 5, column: 12, message: "Delft (GM0503) staat ook in regio Delfland",
        notes: ["zie delfland/regio.yaml:4"]),
    DiagnosticCase(name: "centrumgemeente met drie cijfers: bedoelde u de code met vier", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM518]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
        """), code: .unknownMunicipality, file: "haaglanden/regio.yaml", line: 2, column: 20, message: "centrumgemeente `GM518` staat niet onder `gemeenten`",
        fixIt: "bedoelde u `GM0518` ('s-Gravenhage)? Een CBS-code heeft vier cijfers"),
    DiagnosticCase(name: "gemeenten als lijst van codes: de oplossing schrijft een gemeente als blok", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM0503]
        gemeenten: [GM0503, GM0518]
        """), code: .wrongType, file: "haaglanden/regio.yaml", line: 3, column: 13, message: "een gemeente moet een groep velden zijn",
        fixIt: "schrijf elke gemeente op een eigen regel als `  - {code: GM0503, naam: Delft}`"),
    DiagnosticCase(name: "dubbele gemeente", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM0518]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
          - {code: GM0503, naam: Delft}
        """), code: .duplicateMunicipality, file: "haaglanden/regio.yaml", line: 6, column: 5, message: "gemeente `GM0503` (delft) staat twee keer"),
    DiagnosticCase(name: "centrumgemeente geen lid", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM0599]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
        """), code: .unknownMunicipality, file: "haaglanden/regio.yaml", line: 2, column: 20, message: "centrumgemeente `GM0599` staat niet onder `gemeenten`"),
    DiagnosticCase(name: "centrumgemeente bij naam: de CBS-code als oplossing, op de plek van het item", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [GM0518, Delft]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
        """), code: .invalidValue, file: "haaglanden/regio.yaml", line: 2, column: 28, message: "`Delft` is geen CBS-code",
        fixIt: "schrijf de CBS-code: `GM0503` (Delft)"),
    DiagnosticCase(name: "centrumgemeente bij een naam die de slug geeft", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: [Den Haag, GM0503]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
        """), code: .invalidValue, file: "haaglanden/regio.yaml", line: 2, column: 20, message: "`Den Haag` is geen CBS-code",
        fixIt: "schrijf de CBS-code: `GM0518` ('s-Gravenhage)"),
    DiagnosticCase(name: "centrumgemeente met de naam uit regio.yaml", fixture: SiteFixture.valid.with("""
        === haaglanden/regio.yaml
        naam: Haaglanden
        centrumgemeenten: ["'s-Gravenhage"]
        gemeenten:
          - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
          - {code: GM0503, naam: Delft}
        """), code: .invalidValue, file: "haaglanden/regio.yaml", line: 2, column: 20, message: "`'s-Gravenhage` is geen CBS-code",
        fixIt: "schrijf de CBS-code: `GM0518` ('s-Gravenhage)"),
    DiagnosticCase(name: "ongeldige bestandsnaam", fixture: SiteFixture.valid.with("=== haaglanden/delft/Plan 2024.md\n---\ntype: beleidsplan\n---\n"),
                   code: .invalidPath, file: "haaglanden/delft/Plan 2024.md", line: 1, column: 1, message: "bevat tekens die niet in een adres passen",
                   fixIt: "hernoem het bestand naar `plan-2024.md`"),
    DiagnosticCase(name: "map met een hoofdletter", fixture: SiteFixture.valid.with("=== haaglanden/Delft/plan-2024.md\n---\ntype: beleidsplan\n---\n"),
                   code: .invalidPath, file: "haaglanden/Delft/plan-2024.md", line: 1, column: 1, message: "bevat tekens die niet in een adres passen",
                   fixIt: "hernoem de mappen en het bestand zo dat het pad `haaglanden/delft/plan-2024.md` wordt (gerekend vanaf de inhoudsmap)"),
] + linkSuggestionCases + numberFixes.map { written, fixIt in
    DiagnosticCase(name: "een getal zoals Word of Excel het schrijft: \(written)", fixture: figureValue(written),
                   code: .wrongType, file: "factsheets/landelijk.md", line: 10, column: 13, message: "`waarde` moet een getal", fixIt: fixIt)
} + [
    DiagnosticCase(name: "duizendtallen met een punt zonder nul aan het eind: het kommagetal met !!float", fixture: figureValue("1.336"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 13,
                   message: "`1.336` lijkt een getal met punten tussen de duizendtallen (1336), maar Regio leest de punt als decimaalteken (1,336)",
                   fixIt: "schrijf `waarde: 1336` (zonder punten); bedoelt u het kommagetal 1,336, schrijf dan `waarde: !!float 1.336`"),
    DiagnosticCase(name: "duizendtallen tussen aanhalingstekens met een nul aan het eind: geen kommagetal, dus een fout", fixture: figureValue("\"6.950\""),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 13,
                   message: "`\"6.950\"` lijkt een getal met punten tussen de duizendtallen (6950), maar Regio leest de punt als decimaalteken (6,950)",
                   fixIt: "schrijf `waarde: 6950` (zonder punten en aanhalingstekens); bedoelt u een kommagetal, laat dan de nullen aan het eind weg: `waarde: 6.95`"),
    DiagnosticCase(name: "duizendtallen tussen enkele aanhalingstekens, alleen nullen achter de punt", fixture: figureValue("'-1.000'"),
                   code: .invalidValue, file: "factsheets/landelijk.md", line: 10, column: 13,
                   message: "`\"-1.000\"` lijkt een getal met punten tussen de duizendtallen (-1000)",
                   fixIt: "schrijf `waarde: -1000` (zonder punten en aanhalingstekens); bedoelt u een kommagetal, laat dan de nullen aan het eind weg: `waarde: -1`"),
    DiagnosticCase(name: "duizendtallen tussen aanhalingstekens zonder nul aan het eind: beide lezingen, een waarschuwing", fixture: figureValue("\"1.336\""),
                   code: .ambiguousNumber, file: "factsheets/landelijk.md", line: 10, column: 13,
                   message: "`\"1.336\"` leest Regio als het kommagetal 1,336, maar zo schrijft een Nederlandse tekst ook 1336, met een punt tussen de duizendtallen",
                   fixIt: "schrijf `waarde: 1336` als het duizendtallen zijn; is het kommagetal 1,336 bedoeld, schrijf dan `waarde: !!float 1.336`"),
]

@Suite("Meldingen: code, tekst en plek")
struct DiagnosticTests {
    @Test("één melding voor HTML in een zin; geen melding voor commentaar of met html_toestaan: ja; een link met < > of %20 is in orde")
    func noticesThatMustNotFire() async throws {
        let once = await build(plan(planKeys, body: "Dit is <b>heel</b> belangrijk.\n\n<!-- een notitie -->\n\nTekst <!-- nog een -->."))
        #expect(once.diagnostics.filter { $0.code == .rawHTML }.count == 1, "\(once.diagnostics.map(\.message))")
        let allowed = plan(planKeys, body: "<div>Rode tekst</div>").with("=== site.yaml\ntitel: Test\nhtml_toestaan: ja")
        #expect(await build(allowed).diagnostics.allSatisfy { $0.code != .rawHTML })
        let fine = await build(plan(planKeys, body: "Zie [visie](<../regiovisie-2023-2026.md>) en [visie](../regiovisie-2023-2026.md \"titel met spatie\") en ![Kaart](../kaart.png) en ![Logo](https://example.nl/logo?v=2) en ![Foto](../foto.JPG#midden)."))
        #expect(fine.diagnostics.allSatisfy { ![.linkWithSpace, .imageWithoutText, .imageNotAnImage, .linkWithoutAddress].contains($0.code) }, "\(fine.diagnostics.map(\.message))")
    }

    @Test("een fout in een gewoon veld (status) laat de fouten in de rest van de front matter niet tot de volgende run wachten")
    func allFrontMatterMistakesAtOnce() async {
        let keys = planKeys.replacingOccurrences(of: "status: concept", with: "status: Concept")
            .replacingOccurrences(of: "{van: 2024, tot: 2025}", with: "{van: 2026, tot: 2024}")
        let result = await build(plan(keys))
        let codes = result.diagnostics.filter { $0.location.file == "haaglanden/delft/plan-2024.md" }.map(\.code)
        #expect(codes.contains(.invalidValue) && codes.contains(.invalidPeriod), "\(result.diagnostics.map(\.message))")
    }

    @Test("een document dat om een fout niet gelezen wordt, krijgt zijn onbekende thema's en kaders in dezelfde run, op hun plek")
    func unknownIdsOfAnUndecodedDocument() async throws {
        let fixture = try SiteFixture.withChecklist()
        let plan = try #require(fixture.files["haaglanden/delft/plan-2024.md"])
            .replacingOccurrences(of: "status: concept", with: "status: Concept\nthemas: [partnergewelt]\nkaders: [wmo-2051]")
        let result = await build(fixture.with("=== haaglanden/delft/plan-2024.md\n" + plan))
        let own = result.diagnostics.filter { $0.location.file == "haaglanden/delft/plan-2024.md" }
        #expect(own.contains { $0.code == .invalidValue }, "\(own.map(\.message))")
        let theme = try #require(own.first { $0.code == .unknownTheme }, "\(own.map(\.message))")
        #expect(theme.message == "`partnergewelt` is geen thema uit kaders.yaml" && theme.fixIt == "bedoelde u `partnergeweld`?")
        let line = try #require(plan.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("themas:") }) + 1
        #expect(theme.location.line == line && theme.location.column == 10, "\(theme.location)")
        #expect(own.contains { $0.code == .unknownFramework && $0.message.contains("`wmo-2051`") }, "\(own.map(\.message))")
        // Once the status is right, the same two, once each.
        let fixed = await build(fixture.with("=== haaglanden/delft/plan-2024.md\n" + plan.replacingOccurrences(of: "status: Concept", with: "status: concept")))
        #expect(fixed.diagnostics.filter { $0.code == .unknownTheme || $0.code == .unknownFramework }.count == 2, "\(fixed.diagnostics.map(\.message))")
    }

    @Test(arguments: diagnosticCases)
    func diagnosticLandsWhereExpected(_ testCase: DiagnosticCase) async throws {
        let result = await build(testCase.fixture)
        let found = result.diagnostics.filter { $0.code == testCase.code }
        let diagnostic = try #require(found.first, "geen \(testCase.code.rawValue); wel: \(result.diagnostics.map(\.message))")
        #expect(diagnostic.location == SourceLocation(file: testCase.file, line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.contains(testCase.message), "melding was: \(diagnostic.message)")
        if let fixIt = testCase.fixIt {
            #expect(diagnostic.fixIt == fixIt)
        }
        if let notes = testCase.notes {
            #expect(diagnostic.notes == notes)
        }
        if testCase.code.severity == .error {
            #expect(result.hasErrors)
        }
    }

    @Test("elke waarde die een oplossing voor een getal voorstelt, wordt zelf zonder melding gelezen",
          arguments: numberFixes.map(\.written) + ["1.336", "127.340", "\"6.950\"", "'-1.000'", "\"1.336\""])
    func suggestedNumbersPass(_ written: String) async throws {
        let result = await build(figureValue(written))
        let fixIt = try #require(result.diagnostics.first { [.wrongType, .invalidValue, .ambiguousNumber].contains($0.code) }?.fixIt)
        let suggested = fixIt.split(separator: "`").filter { $0.hasPrefix("waarde: ") }.map { String($0.dropFirst("waarde: ".count)) }
        for value in suggested {
            let again = await build(figureValue(value))
            #expect(again.diagnostics.isEmpty, "`waarde: \(value)` (voorgesteld voor `\(written)`): \(again.diagnostics.map(\.message))")
        }
    }

    @Test("een lege regio.yaml: wat de oplossingen voorstellen, samen geschreven, geeft geen melding meer")
    func emptyRegionFileFixesPass() async throws {
        let empty = await build(SiteFixture.valid.with("=== haaglanden/regio.yaml\n"))
        let missing = empty.diagnostics.filter { $0.code == .missingField && $0.location.file == "haaglanden/regio.yaml" }
        #expect(Set(missing.map(\.message)) == ["verplicht veld `naam` ontbreekt in regio.yaml", "verplicht veld `gemeenten` ontbreekt in regio.yaml",
                                                 "verplicht veld `centrumgemeenten` ontbreekt in regio.yaml"])
        // Each fix's code parts, in order, are the lines to add.
        let written = missing.compactMap(\.fixIt).map { fix in
            fix.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map(\.element).joined(separator: "\n")
        }.joined(separator: "\n")
        let fixed = await build(SiteFixture.valid.with("=== haaglanden/regio.yaml\n" + written))
        #expect(fixed.diagnostics.filter { $0.location.file == "haaglanden/regio.yaml" }.isEmpty, "\(written)\n\(fixed.diagnostics.map(\.message))")
    }

    @Test("een tab of vaste spatie in de tekst na | telt niet als inspringing")
    func indentationInsideBlockText() async {
        let result = await build(plan(planKeys + "\nsamenvatting: |\n  Eerste regel.\n  \tTweede: met een tab.\n  \u{A0}Derde: met een vaste spatie.\nversie: \"1.0\"", body: "## Doelen\n\nTekst."))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test("een verandering mag negatief zijn en een groei meer dan 100 procent; cijfers zonder eenheid worden niet beoordeeld",
          arguments: ["{label: Verschil, waarde: -5, eenheid: verschil in meldingen, jaar: 2022}", "{label: Groei, waarde: 138, eenheid: procent groei, jaar: 2022}",
                      "{label: Saldo, waarde: -12, jaar: 2022}", "{label: Aandeel, waarde: 100, eenheid: procent, jaar: 2022}",
                      "{label: Meldingen, waarde: 0, eenheid: meldingen, jaar: 2022}"])
    func plausibleFigures(_ figure: String) async {
        let result = await build(withFigureIDs("  - \(figure)\n"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test("de geldige fixture geeft geen enkele melding")
    func validFixtureIsClean() async {
        let result = await build(SiteFixture.valid)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.documentCount == 3)
        #expect(result.regionCount == 1)
    }

    @Test("--content wijst naar een regiomap: alleen die ene melding")
    func regionFolderAsContent() async {
        #expect(await build(regionAsContent).diagnostics.map(\.code) == [.missingSiteFile])
    }

    @Test("een bijlage waar een document naar linkt, staat in de site en geeft geen melding; zonder link wel")
    func linkedAnnexIsUsed() async {
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "") + "\nHet [plan als pdf](plan-2024.pdf).\n"
        let linked = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan + "=== haaglanden/delft/plan-2024.pdf\n%PDF"))
        #expect(linked.diagnostics.isEmpty, "\(linked.diagnostics)")
        let unlinked = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.pdf\n%PDF"))
        #expect(unlinked.diagnostics.map(\.code) == [.unusedFile])
        // A plan whose front matter does not decode was not read: its link proves nothing either way.
        let broken = plan.replacingOccurrences(of: "titel:", with: "title:")
        let unread = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + broken + "=== haaglanden/delft/plan-2024.pdf\n%PDF"))
        #expect(unread.diagnostics.map(\.code) == [.unknownKey], "\(unread.diagnostics.map(\.message))")
        #expect(unlinked.diagnostics.first?.location == SourceLocation(file: "haaglanden/delft/plan-2024.pdf"))
    }

    @Test("alle fouten van alle bestanden komen in één run")
    func allProblemsInOneRun() async {
        let fixture = plan(planKeys + "\ntitle: x\nvastgesteld_op: 2024-13-01").with("""
        === haaglanden/regiovisie-2023-2026.md
        ---
        type: regiovisie
        titel: Regiovisie
        status: vastgesteld
        periode: {van: 2023}
        ---
        """).without("site.yaml")
        let codes = Set(await build(fixture).diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.unknownKey, .invalidDate, .missingField, .missingSiteFile]))
    }

    @Test("geen geldige UTF-8: regel en kolom van de eerste foute byte")
    func notUTF8() async throws {
        var files = SiteFixture.valid.fileSystem.files
        files["haaglanden/delft/plan-2024.md"] = Data("---\ntype: beleidsplan\ntitel: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8)
        let result = await build(content: InMemoryFileSystem(files: files))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .notUTF8 })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 3, column: 11))
        #expect(diagnostic.message == "het bestand is geen geldige UTF-8-tekst")
    }

    @Test("een bestand dat geen tekst is, zegt wat het wel is", arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "een Word-, Excel- of OpenDocument-bestand (of een ander zip-bestand)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "een oud Word- of Excel-bestand (.doc, .xls)"),
        (Array("%PDF-1.7\n".utf8), "een pdf"),
        (Array("{\\rtf1\\ansi".utf8), "een RTF-document uit WordPad of Word"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "een programma"),
    ] as [([UInt8], String)])
    func binaryFile(_ bytes: [UInt8], kind: String) async throws {
        var files = SiteFixture.valid.fileSystem.files
        files["haaglanden/delft/plan-2024.md"] = Data(bytes + Array(repeating: 0x41, count: 64))
        let result = await build(content: InMemoryFileSystem(files: files))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .notUTF8 })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md"))
        #expect(diagnostic.message == "het bestand is geen tekst maar \(kind)")
        #expect(diagnostic.fixIt?.contains("sla hem op als UTF-8-tekst met de naam `plan-2024.md`") == true)
    }

    @Test("een te groot bestand wordt geweigerd, niet gelezen")
    func hugeFile() async throws {
        var files = SiteFixture.valid.fileSystem.files
        files["haaglanden/delft/groot.md"] = Data(repeating: 0x61, count: ContentLoader.maximumFileSize + 1)
        let result = await build(content: InMemoryFileSystem(files: files))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .fileTooLarge })
        #expect(diagnostic.location.file == "haaglanden/delft/groot.md")
        #expect(diagnostic.message.contains("Regio leest bestanden tot 8 MB"))
    }

    @Test("elke code heeft een Nederlandse uitleg", arguments: DiagnosticCode.allCases)
    func everyCodeIsExplained(_ code: DiagnosticCode) {
        #expect(code.explanation.count > 40)
        #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber })
    }

    /// `regio uitleg` shows the example under the code's severity: a warning's example that says
    /// "Fout" contradicts the line above it. Paths are as in the content folder, as findings give them.
    @Test("het voorbeeld van elke code noemt de ernst van de code en paden vanaf de inhoudsmap", arguments: DiagnosticCode.allCases)
    func everyExampleMatchesItsSeverity(_ code: DiagnosticCode) {
        let opening = code.example.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        #expect(opening != (code.severity == .warning ? "Fout" : "Waarschuwing"), "\(code.rawValue): \(code.example.prefix(60))")
        #expect(!code.example.contains("van content/"), "\(code.rawValue)")
    }
}
