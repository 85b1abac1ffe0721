import RegioCore
import RegioTestSupport
import Testing

/// A factsheet of Haaglanden whose `bron` is written as `source` on line 6, with one figure.
private func factsheet(source: String, figure: String = "{label: Meldingen, waarde: 812, jaar: 2023}") -> SiteFixture {
    SiteFixture.valid.with("""
    === haaglanden/factsheets/delft.md
    ---
    type: factsheet
    titel: Delft
    status: concept
    schaal: regio
    bron: \(source)
    cijfers:
      - \(figure)
    ---
    """)
}

/// A placeholder of `regio new` left in a factsheet's source, and the warning it must give.
struct PlaceholderCase: CustomTestStringConvertible, Sendable {
    let name: String
    let fixture: SiteFixture
    let line: Int
    let column: Int
    let message: String
    let fixIt: String

    var testDescription: String { name }
}

private let placeholderCases = [
    PlaceholderCase(name: "de naam van de bron uit regio new: het veld heet bron.naam",
                    fixture: factsheet(source: "{naam: \"Noem de bron, bijvoorbeeld CBS StatLine 84849NED\", url: \"https://www.cbs.nl/nl-nl/cijfers\"}"),
                    line: 6, column: 14, message: "`bron.naam` is nog de voorbeeldtekst van `regio new`",
                    fixIt: "noem waar de cijfers vandaan komen, zoals `CBS StatLine 84849NED`, en zet bij `bron.url` waar ze staan"),
    PlaceholderCase(name: "het adres van de bron uit regio new, ook als de naam al is ingevuld: het veld heet bron.url",
                    fixture: factsheet(source: "{naam: CBS, url: \"https://opendata.cbs.nl/\"}"),
                    line: 6, column: 24, message: "`bron.url` is nog het voorbeeldadres van `regio new`",
                    fixIt: "zet bij `bron.url` het adres van de tabel of het rapport waar de cijfers staan, of haal `url` weg"),
    PlaceholderCase(name: "het voorbeeldadres als bron van één cijfer",
                    fixture: factsheet(source: "{naam: CBS}", figure: "{label: Meldingen, waarde: 812, jaar: 2023, bron: {naam: CBS, url: \"https://opendata.cbs.nl/\"}}"),
                    line: 8, column: 72, message: "`bron.url` is nog het voorbeeldadres van `regio new`",
                    fixIt: "zet bij `bron.url` het adres van de tabel of het rapport waar de cijfers staan, of haal `url` weg"),
]

@Suite("Voorbeeldteksten van regio new in de bron van een factsheet")
struct TemplatePlaceholderTests {
    @Test(arguments: placeholderCases)
    func placeholderIsReported(_ testCase: PlaceholderCase) async throws {
        let result = await build(testCase.fixture)
        let found = result.diagnostics.filter { $0.code == .templatePlaceholder }
        #expect(found.count == 1, "\(result.diagnostics.map(\.message))")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/factsheets/delft.md", line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.hasPrefix(testCase.message), "melding was: \(diagnostic.message)")
        #expect(diagnostic.fixIt == testCase.fixIt)
        #expect(diagnostic.code.severity == .warning && !result.hasErrors, "\(result.diagnostics.map(\.message))")
    }

    @Test("een eigen bron, ook een andere pagina van opendata.cbs.nl, is geen voorbeeldtekst")
    func ownSourceIsQuiet() async {
        for source in ["{naam: CBS StatLine 84849NED, url: \"https://opendata.cbs.nl/#/CBS/nl/dataset/84849NED/table\"}",
                       "{naam: Veilig Thuis Haaglanden, url: \"https://www.veiligthuishaaglanden.nl/\"}", "{naam: Veilig Thuis Haaglanden}"] {
            let result = await build(factsheet(source: source))
            #expect(result.diagnostics.allSatisfy { $0.code != .templatePlaceholder }, "\(source): \(result.diagnostics.map(\.message))")
        }
    }
}
