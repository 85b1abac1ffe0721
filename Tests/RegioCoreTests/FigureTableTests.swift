import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// Figures from a CSV file beside a factsheet, on the files in Fixtures/cijferbestanden: Dutch Excel
/// exports (BOM, CRLF, `;`, `1.234,5`), plain CSV, and the mistakes statisticians' files contain.
@Suite("Cijferbestanden (CSV)")
struct FigureTableTests {
    /// The valid site with a regional factsheet whose figures come from the named fixture file.
    static func site(with csv: String) throws -> SiteFixture {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/cijferbestanden/\(csv)")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var files = SiteFixture.valid.with("""
        === haaglanden/factsheets/meldingen.md
        ---
        type: factsheet
        titel: Meldingen per gemeente
        status: vastgesteld
        vastgesteld_op: 2024-05-01
        schaal: regio
        bron: {naam: Voorbeeldbron}
        cijferbestand: meldingen.csv
        ---
        Tekst.
        """).files
        files["haaglanden/factsheets/meldingen.csv"] = text
        return SiteFixture(files: files)
    }

    @Test("een Excel-export: BOM, CRLF, puntkomma's, Nederlandse getallen en een veld met ; \"\" en een regeleinde")
    func excelExport() async throws {
        let result = await build(try Self.site(with: "excel.csv"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(page.contains(#"<tr id="cijfer-meldingen-dh">"#))
        // The unit also stands with the value, shown there on a phone where its own column is hidden.
        #expect(page.contains(#"<td class="num">4.200<span class="unit-inline"> meldingen</span></td>"#))
        #expect(page.contains(#"<td class="num">28,5<span class="unit-inline"> procent</span></td>"#))
        #expect(page.contains("Voorlopig; &quot;afgerond&quot;\r\nop tientallen") || page.contains("Voorlopig; &quot;afgerond&quot;\nop tientallen"))
        // Two municipalities in one year: a bar chart.
        #expect(page.contains("Staafdiagram van 2 waarden. &apos;s-Gravenhage: 4.200 meldingen; Delft: 610 meldingen."))
    }

    @Test("een gewone CSV met komma's en punten als decimaalteken")
    func commaSeparated() async throws {
        let result = await build(try Self.site(with: "komma.csv"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(page.contains(#"<td class="num">1.234,5</td>"#) && page.contains("Lijndiagram van 2 waarden. 2022: 1.234,5; 2023: 1.300."))
    }

    @Test("fouten in een cijferbestand staan op hun regel in het CSV-bestand; de rest van de site wordt gebouwd", arguments: [
        ("korte-regel.csv", DiagnosticCode.csvSyntax, 3, "deze regel heeft 2 velden, de kopregel 3"),
        ("open-aanhalingsteken.csv", .csvSyntax, 3, "het aanhalingsteken op deze regel wordt niet gesloten"),
        ("kolom-ontbreekt.csv", .unknownKey, 1, "onbekende kolom `wearde`"),
        ("kolom-ontbreekt.csv", .missingField, 1, "de kolom `waarde` ontbreekt"),
        ("geen-getal.csv", .invalidValue, 2, "`1.5` in kolom `waarde` is geen getal"),
        ("geen-getal.csv", .invalidValue, 3, "`veel` in kolom `waarde` is geen getal"),
        ("toekomst-en-gemeente.csv", .invalidValue, 2, "heeft jaar 2031, dat na de peildatum 2026-11-25 ligt"),
        ("toekomst-en-gemeente.csv", .unknownMunicipality, 3, "gemeente GM0363 hoort niet bij regio Haaglanden"),
        ("twijfelachtig.csv", .invalidValue, 2, "het cijfer `Meldingen` heeft jaar 23, geen volledig jaartal"),
        ("twijfelachtig.csv", .duplicateFigure, 4, "het cijfer `Meldingen` over 2023 voor GM0503 staat twee keer in deze factsheet"),
        ("twijfelachtig.csv", .implausibleFigure, 5, "het cijfer `Huisverboden` is -5 huisverboden"),
        ("twijfelachtig.csv", .implausibleFigure, 6, "het cijfer `Herhaalde meldingen` is 138 procent: meer dan 100 procent"),
        ("alleen-kop.csv", .invalidValue, 1, "het cijferbestand heeft alleen een kopregel en geen cijfers"),
        ("leeg.csv", .csvSyntax, 1, "het cijferbestand is leeg"),
    ])
    func mistakes(_ csv: String, _ code: DiagnosticCode, _ line: Int, _ message: String) async throws {
        let result = await build(try Self.site(with: csv))
        let found = result.diagnostics.filter { $0.code == code && $0.message.contains(message) }
        #expect(found.count == 1, "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
        #expect(found.first?.location.file == "haaglanden/factsheets/meldingen.csv")
        #expect(found.first?.location.line == line)
        #expect(result.site?.html("haaglanden/index.html") != nil, "the rest of the site is still built")
        #expect(result.sources["haaglanden/factsheets/meldingen.csv"] != nil, "the printer can show the CSV line")
    }

    @Test("een cijfer in het CSV-bestand dat ook in `cijfers` staat: de melding staat op de CSV-regel en noemt waar het eerste staat")
    func duplicateAcrossFrontMatterAndFile() async throws {
        var files = try Self.site(with: "komma.csv").files
        files["haaglanden/factsheets/meldingen.md"] = files["haaglanden/factsheets/meldingen.md"]?
            .replacingOccurrences(of: "cijferbestand: meldingen.csv\n", with: "cijferbestand: meldingen.csv\npeiljaar: 2022\ncijfers:\n  - {label: Meldingen, waarde: 1300, jaar: 2023}\n")
        let result = await build(SiteFixture(files: files))
        let duplicate = try #require(result.diagnostics.first { $0.code == .duplicateFigure }, "\(result.diagnostics.map(\.message))")
        #expect(duplicate.location == SourceLocation(file: "haaglanden/factsheets/meldingen.csv", line: 3))
        #expect(duplicate.message.contains("met dezelfde waarde 1.300"))
        #expect(duplicate.notes == ["het eerste staat op haaglanden/factsheets/meldingen.md:11"])
        // The CSV figure of 2023 lies after the peiljaar too, at its own line; the one in `cijfers` at its year.
        let late = result.diagnostics.filter { $0.code == .figureAfterReferenceYear }.map(\.location)
        #expect(Set(late) == [SourceLocation(file: "haaglanden/factsheets/meldingen.md", line: 11, column: 44),
                              SourceLocation(file: "haaglanden/factsheets/meldingen.csv", line: 3)])
    }

    @Test("een cijferbestand dat niet bestaat is een fout bij `cijferbestand`")
    func missingFile() async throws {
        var files = try Self.site(with: "komma.csv").files
        files["haaglanden/factsheets/meldingen.csv"] = nil
        let result = await build(SiteFixture(files: files))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .brokenLink })
        #expect(diagnostic.location.file == "haaglanden/factsheets/meldingen.md" && diagnostic.location.line == 8)
        #expect(diagnostic.message == "het cijferbestand `meldingen.csv` bestaat niet naast de factsheet")
    }
}
