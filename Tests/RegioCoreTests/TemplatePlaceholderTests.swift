import RegioCore
import RegioTestSupport
import Testing

/// The placeholders `regio new` leaves in a factsheet's source are found (cases in `DiagnosticTests`);
/// a source of the author's own, even on the placeholder's host, is not.
@Suite("Voorbeeldteksten van regio new in de bron van een factsheet")
struct TemplatePlaceholderTests {
    @Test("een eigen bron, ook een andere pagina van opendata.cbs.nl, is geen voorbeeldtekst")
    func ownSourceIsQuiet() async {
        for source in ["{naam: CBS StatLine 84849NED, url: \"https://opendata.cbs.nl/#/CBS/nl/dataset/84849NED/table\"}",
                       "{naam: Veilig Thuis Haaglanden, url: \"https://www.veiligthuishaaglanden.nl/\"}", "{naam: Veilig Thuis Haaglanden}"] {
            let result = await build(regionalFactsheet(source: source))
            #expect(result.diagnostics.isEmpty, "\(source): \(result.diagnostics.map(\.message))")
        }
    }
}
