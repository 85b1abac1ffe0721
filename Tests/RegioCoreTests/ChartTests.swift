import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RegioCore
import RegioTestSupport
import Testing

/// Charts drawn at build time as inline SVG, next to the figures table that stays their accessible form.
@Suite("Grafieken")
struct ChartTests {
    /// A regional factsheet comparing three municipalities in one year, and a series over years.
    static let fixture = SiteFixture.valid
        .with("=== haaglanden/regio.yaml\n" + (SiteFixture.valid.files["haaglanden/regio.yaml"] ?? "") + "  - {code: GM0603, naam: Rijswijk}\n")
        .with("""
    === haaglanden/factsheets/meldingen.md
    ---
    type: factsheet
    titel: Meldingen per gemeente
    status: vastgesteld
    vastgesteld_op: 2024-05-01
    schaal: regio
    bron: {naam: Voorbeeldbron}
    cijfers:
      - {label: Meldingen, waarde: 4200, eenheid: meldingen, jaar: 2023, gemeente: GM0518}
      - {label: Meldingen, waarde: 610, eenheid: meldingen, jaar: 2023, gemeente: GM0503}
      - {label: Meldingen, waarde: 305.5, eenheid: meldingen, jaar: 2023, gemeente: GM0603}
      - {label: Huisverboden in de regio, waarde: 120, jaar: 2019}
      - {label: Huisverboden in de regio, waarde: 150, jaar: 2021}
      - {label: Huisverboden in de regio, waarde: 90, jaar: 2022}
      - {label: Los cijfer, waarde: 1, jaar: 2023}
    ---
    Tekst.
    """)

    static func svgs(_ html: String) throws -> [String] {
        try html.matches(of: Regex(#"(?s)<svg .*?</svg>"#)).map { String(html[$0.range]) }
    }

    @Test("één jaar over gemeenten wordt een staafdiagram, een reeks over jaren een lijn; een los cijfer geen grafiek")
    func chartKinds() async throws {
        let result = await build(Self.fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        let charts = try Self.svgs(page)
        #expect(charts.count == 2)
        try Self.matchesSnapshot(charts[0], "staven.svg")
        try Self.matchesSnapshot(charts[1], "lijn.svg")
        // 2020 has no figure: the line breaks there, with a dashed stretch from 2019 to 2021.
        #expect(charts[1].components(separatedBy: "<polyline").count - 1 == 1 && charts[1].contains(#"<line class="chart-gap""#))
        // The table stays, after the charts, as their accessible equivalent.
        let table = try #require(page.range(of: "<table>"))
        #expect(try #require(page.range(of: "</svg>", options: .backwards)).upperBound < table.lowerBound)
        #expect(page.contains(#"<figcaption aria-hidden="true">Meldingen, 2023</figcaption>"#))
    }

    @Test("hetzelfde cijfer twee keer is een fout, maar de grafiek verdwijnt niet: ze toont het eerste")
    func duplicateKeepsTheChart() async throws {
        let fixture = Self.fixture.with("=== haaglanden/factsheets/meldingen.md\n" + (Self.fixture.files["haaglanden/factsheets/meldingen.md"] ?? "")
            .replacingOccurrences(of: "  - {label: Los cijfer", with: "  - {label: Huisverboden in de regio, waarde: -5, jaar: 2021}\n  - {label: Los cijfer"))
        let result = await build(fixture)
        #expect(result.diagnostics.map(\.code) == [.duplicateFigure], "\(result.diagnostics.map(\.message))")
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(try Self.svgs(page).count == 2)
        #expect(page.contains("Lijndiagram van 3 waarden. 2019: 120; 2021: 150; 2022: 90."))
    }

    @Test("elke grafiek is welgevormde XML met één titel als naam (titel, soort, alle waarden): geen aria-labelledby of desc die Chromium als tweede beschrijving voorleest")
    func accessibleAndWellFormed() async throws {
        let page = try #require(await build(Self.fixture).site?.html("haaglanden/factsheets/meldingen.html"))
        let svgs = try Self.svgs(page)
        #expect(svgs.count == 2)
        for svg in svgs {
            #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(svg)")
            #expect(svg.contains(#"role="img">"#) && !svg.contains("aria-labelledby") && !svg.contains("<desc"))
            #expect(svg.components(separatedBy: "<title>").count == 2, "one title")
        }
        #expect(svgs[0].contains("<title>Meldingen, 2023. Staafdiagram van 3 waarden. &apos;s-Gravenhage: 4.200 meldingen; Delft: 610 meldingen; Rijswijk: 305,5 meldingen.</title>"))
        #expect(page.contains(">305,5 meldingen</text>"))
    }

    @Test("de titel wordt één keer voorgelezen: het onderschrift toont hem en de stippellijn voor het oog, de naam van de svg zegt beide aan schermlezers")
    func titleReadOnce() async throws {
        let page = try #require(await build(Self.fixture).site?.html("haaglanden/factsheets/meldingen.html"))
        let figures = page.components(separatedBy: #"<figure class="chart-figure">"#).dropFirst()
        #expect(figures.count == 2)
        for figure in figures {
            let caption = try #require(figure.firstMatch(of: #/<figcaption([^>]*)>([^<]*)/#))
            #expect(caption.output.1 == #" aria-hidden="true""#, "the caption is not read; the svg's name has its words")
            let title = try #require(figure.firstMatch(of: #/<title>([^<]*)</title>/#)).output.1
            #expect(title.hasPrefix(caption.output.2 + "."), "\(title)")
        }
    }

    @Test("de stippellijn wordt uitgelegd: in de naam voor schermlezers en onder de grafiek staat voor welk jaar er geen cijfer is")
    func dashedLineExplained() async throws {
        let page = try #require(await build(Self.fixture).site?.html("haaglanden/factsheets/meldingen.html"))
        #expect(page.contains("<title>Huisverboden in de regio. Lijndiagram van 3 waarden. 2019: 120; 2021: 150; 2022: 90. Geen cijfer voor 2020.</title>"))
        #expect(page.contains(#"<figcaption aria-hidden="true">Huisverboden in de regio<br><span class="doc-meta">Stippellijn: geen cijfer voor 2020.</span></figcaption>"#))
        // A chart without a gap says nothing of one.
        #expect(page.contains(#"<figcaption aria-hidden="true">Meldingen, 2023</figcaption>"#))
        #expect(!page.contains("Rijswijk: 305,5 meldingen. Geen"))
    }

    @Test("de factsheet van een gemeente houdt de lijn van haar eigen reeks, ook met een cijfer van een andere gemeente erbij, dat alleen in de tabel staat", arguments: [
        ("", 3), (OwnMunicipalityFigureRuleTests.comparison, 4),
        // The sheet's own municipality written at one figure and not at the other: the same place.
        (OwnMunicipalityFigureRuleTests.comparison.replacingOccurrences(of: "waarde: 540", with: "waarde: 310").replacingOccurrences(of: "2024", with: "2025")
            .replacingOccurrences(of: "GM0518", with: "GM0503"), 4),
    ])
    func municipalSheetKeepsItsLine(_ extra: String, _ rows: Int) async throws {
        let result = await build(OwnMunicipalityFigureRuleTests.delftSheet(extra))
        let page = try #require(result.site?.html("haaglanden/factsheets/meldingen-delft.html"))
        let charts = try Self.svgs(page)
        #expect(charts.count == 1, "\(page)")
        let years = extra.contains("2025") ? "Lijndiagram van 3 waarden. 2023: 265 meldingen; 2024: 290 meldingen; 2025: 310 meldingen."
            : "Lijndiagram van 2 waarden. 2023: 265 meldingen; 2024: 290 meldingen."
        #expect(charts.first?.contains("<title>Meldingen. \(years)</title>") == true, "\(charts)")
        // Every figure stays in the table, that of 's-Gravenhage too.
        #expect(page.components(separatedBy: "<tr").count - 1 == rows)
        #expect(page.contains("<th scope=\"row\">Meldingen (&#39;s-Gravenhage)<br><small>Ter vergelijking: Den Haag.</small></th>") == extra.contains("GM0518"))
    }

    @Test("de jaren zonder cijfer op een lijn, als jaar of reeks", arguments: [
        ([2014, 2016], "2015"), ([2010, 2011, 2012], nil), ([2009, 2013, 2015], "2010–2012 en 2014"), ([2001, 2003, 2005, 2008], "2002, 2004 en 2006–2007"),
    ] as [([Int], String?)])
    func missingYears(_ years: [Int], _ missing: String?) {
        let chart = Chart(kind: .line, title: "t", unit: nil, points: years.map { Chart.Point(label: String($0), value: FigureValue("1")!, year: $0) })
        #expect(chart.missingYears == missing)
    }

    /// Compares with the reviewed SVG in Fixtures/grafieken; `REGIO_UPDATE_SNAPSHOTS=1` rewrites it.
    static func matchesSnapshot(_ svg: String, _ name: String) throws {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/grafieken/\(name)")
        if ProcessInfo.processInfo.environment["REGIO_UPDATE_SNAPSHOTS"] == "1" {
            try Data((svg + "\n").utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(svg + "\n" == expected, "\(name) changed; look at it and run with REGIO_UPDATE_SNAPSHOTS=1 if it is right")
    }
}
