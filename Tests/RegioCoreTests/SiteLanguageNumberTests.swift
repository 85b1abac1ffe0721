import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// Numbers and chart texts in the site's language: a reader of an English site takes `1.905` for
/// one point nine. Findings stay Dutch, as the authors are.
@Suite("Getallen en grafiekteksten in de taal van de site")
struct SiteLanguageNumberTests {
    /// The bundled example, with `taal` in `site.yaml` set to `language`.
    static func example(language: String) async throws -> BuildResult {
        let root = RepositoryPaths.exampleContent.standardizedFileURL
        var files: [String: Data] = [:]
        let walk = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walk where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        let settings = try #require(files["site.yaml"].flatMap { String(data: $0, encoding: .utf8) })
        #expect(settings.contains("\ntaal: nl\n"))
        files["site.yaml"] = Data(settings.replacingOccurrences(of: "\ntaal: nl\n", with: "\ntaal: \(language)\n").utf8)
        return await build(content: InMemoryFileSystem(files: files))
    }

    static func english(_ fixture: SiteFixture) -> SiteFixture {
        fixture.with("=== site.yaml\ntitel: Testsite\ntaal: en\n")
    }

    @Test("getallen op z'n Engels: komma per duizendtal, punt voor decimalen", arguments: [
        ("127340", "127,340"), ("28.5", "28.5"), ("1234.56", "1,234.56"), ("-4", "-4"), ("999", "999"), ("1000000", "1,000,000"),
    ])
    func englishNumbers(_ written: String, _ shown: String) throws {
        let value = try #require(FigureValue(written))
        #expect(value.written(in: .en) == shown)
        #expect(value.written(in: .nl) == value.dutch)
    }

    @Test("een berekend gemiddelde op z'n Engels", arguments: [
        (1705.1666, "1,705.2"), (610.0, "610"), (-0.5, "-0.5"), (12_345.95, "12,346"),
    ])
    func englishComputedNumbers(_ number: Double, _ shown: String) {
        #expect(FigureValue.written(number, in: .en) == shown)
    }

    @Test("de voorbeeldinhoud met taal en: tabel en cijfer in de tekst op z'n Engels; met taal nl onveranderd")
    func exampleInBothLanguages() async throws {
        let english = try await Self.example(language: "en")
        #expect(english.diagnostics.isEmpty, "\(english.diagnostics.map(\.message))")
        let dutch = try await Self.example(language: "nl")
        #expect(dutch.diagnostics.isEmpty, "\(dutch.diagnostics.map(\.message))")
        let en = try #require(english.site), nl = try #require(dutch.site)

        let national = "haaglanden/landelijk/veilig-thuis-landelijk-2023.html"
        let enNational = try #require(en.html(national)), nlNational = try #require(nl.html(national))
        #expect(enNational.contains(#"<html lang="en">"#))
        #expect(enNational.contains(#"<a href="veilig-thuis-landelijk-2023.html#cijfer-meldingen-2023">127,340 meldingen</a>"#))
        #expect(nlNational.contains(#"<a href="veilig-thuis-landelijk-2023.html#cijfer-meldingen-2023">127.340 meldingen</a>"#))
        #expect(enNational.contains(#"<td class="num">127,340"#) && !enNational.contains(#"<td class="num">127.340"#))
        #expect(nlNational.contains(#"<td class="num">127.340"#) && !nlNational.contains(#"<td class="num">127,340"#))

        let drenthe = "drenthe/factsheets/veilig-thuis-drenthe-2023.html"
        #expect(en.html(drenthe)?.contains(#"<td class="num">1,905"#) == true)
        #expect(nl.html(drenthe)?.contains(#"<td class="num">1.905"#) == true)

        // The whole of both sites: no Dutch number left in an English table cell.
        for (path, data) in en.files where path.description.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains(#/<td class="num">-?\d{1,3}\.\d{3}\D/#), "\(path)")
            #expect(!page.contains(#/<td class="num">-?\d+,\d{1,2}\D/#), "\(path)")
        }
    }

    @Test("een grafiek op een Engelse site: Engelse beschrijving voor schermlezers, Engelse getallen; de Nederlandse blijft gelijk")
    func chartsInBothLanguages() async throws {
        let result = await build(Self.english(ChartTests.fixture))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(page.contains(#"<html lang="en">"#))
        #expect(page.contains("<title>Meldingen, 2023. Bar chart of 3 values. &apos;s-Gravenhage: 4,200 meldingen; Delft: 610 meldingen; Rijswijk: 305.5 meldingen.</title>"))
        #expect(page.contains(">305.5 meldingen</text>") && page.contains(">4,200 meldingen</text>"))
        #expect(page.contains("<title>Huisverboden in de regio. Line chart of 3 values. 2019: 120; 2021: 150; 2022: 90. No figure for 2020.</title>"))
        #expect(page.contains(#"<figcaption aria-hidden="true">Huisverboden in de regio<br><span class="doc-meta">Dashed line: no figure for 2020.</span></figcaption>"#))
        #expect(!page.contains("diagram") && !page.contains("Geen cijfer") && !page.contains("305,5"))

        let dutch = try #require(await build(ChartTests.fixture).site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(dutch.contains("<title>Meldingen, 2023. Staafdiagram van 3 waarden. &apos;s-Gravenhage: 4.200 meldingen; Delft: 610 meldingen; Rijswijk: 305,5 meldingen.</title>"))
        #expect(dutch.contains("<title>Huisverboden in de regio. Lijndiagram van 3 waarden. 2019: 120; 2021: 150; 2022: 90. Geen cijfer voor 2020.</title>"))
    }

    @Test("de jaren zonder cijfer op een Engelse lijn worden met and verbonden")
    func missingYearsInEnglish() {
        let points = [2009, 2013, 2015].map { Chart.Point(label: String($0), value: FigureValue("1250")!, year: $0) }
        let english = Chart(kind: .line, title: "t", unit: nil, points: points, language: .en)
        #expect(english.missingYears == "2010–2012 and 2014")
        #expect(english.spokenDescription == "Line chart of 3 values. 2009: 1,250; 2013: 1,250; 2015: 1,250. No figure for 2010–2012 and 2014.")
        let dutch = Chart(kind: .line, title: "t", unit: nil, points: points)
        #expect(dutch.spokenDescription == "Lijndiagram van 3 waarden. 2009: 1.250; 2013: 1.250; 2015: 1.250. Geen cijfer voor 2010–2012 en 2014.")
    }

    @Test("de gemeentepagina van een Engelse site: cijfer, gemiddelde en spreiding op z'n Engels")
    func municipalityInEnglish() async throws {
        let delft = try #require(await build(Self.english(ChartTests.fixture)).site?.html("haaglanden/delft/index.html"))
        #expect(delft.contains(#"<td class="num">610<span class="unit-inline"> meldingen</span></td><td class="unit">meldingen</td><td>2023</td><td class="num">1,705.2 <span class="doc-meta">(all 3 municipalities)</span></td><td class="num">305.5–4,200</td>"#))
    }

    @Test("een cijfer in de tekst van een Engelse site staat er op z'n Engels; de melding voor de auteur blijft Nederlands")
    func quotedFigureInEnglish() async throws {
        let result = await build(Self.english(FigureTests.quoting))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(plan.contains(#"Veilig Thuis kreeg in 2023 <a href="../landelijk/landelijk.html#cijfer-meldingen">127,340 meldingen</a>, zie ook <a href="../landelijk/landelijk.html#cijfer-meldingen">127,340 meldingen</a>."#))

        let replaced = await build(Self.english(FigureTests.quoting).with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: "Er waren [veel meldingen](cijfer:factsheets/landelijk#meldingen) in 2023.")))
        #expect(replaced.diagnostics.map(\.message) == ["de linktekst `veel meldingen` verdwijnt: de pagina toont hier het cijfer `127.340 meldingen`"])
        #expect(replaced.site?.html("haaglanden/delft/plan-2024.html")?.contains(">127,340 meldingen</a> in 2023.") == true)
    }
}
