import RegioCore
import RegioTestSupport
import Testing

/// A decimal comma between `{` and `}` (`{waarde: 31,2}`): YAML reads `waarde: 31` and a key `2`.
/// Reported as the number written, at the value, never as an unknown key to take away.
@Suite("Een kommagetal tussen accolades")
struct SplitNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let figure: String
        let column: Int
        let message: String
        let note: String
        let fixIt: String
        /// The figure with the fix applied.
        let fixed: String
        var testDescription: String { figure }
    }

    static let cases: [Case] = [
        Case(figure: "  - {label: Aandeel vervolgmeldingen, waarde: 31,2, eenheid: procent van de meldingen, jaar: 2024}", column: 47,
             message: "`waarde` moet een getal (met een punt als decimaalteken) zijn, maar is `31,2`",
             note: "tussen `{` en `}` scheidt een komma twee velden: YAML leest `waarde: 31` en een sleutel `2` zonder waarde",
             fixIt: "schrijf bijvoorbeeld `waarde: 31.2`",
             fixed: "  - {label: Aandeel vervolgmeldingen, waarde: 31.2, eenheid: procent van de meldingen, jaar: 2024}"),
        Case(figure: "  - {label: Meldingen, waarde: 1,336,000, jaar: 2023}", column: 32,
             message: "`waarde` moet een getal (met een punt als decimaalteken) zijn, maar is `1,336,000`",
             note: "tussen `{` en `}` scheidt een komma twee velden: YAML leest `waarde: 1` en de sleutels `336`, `000` zonder waarde",
             fixIt: "schrijf bijvoorbeeld `waarde: 1336000`",
             fixed: "  - {label: Meldingen, waarde: 1336000, jaar: 2023}"),
        Case(figure: "  - {label: Meldingen, waarde: 1.905,5, jaar: 2023}", column: 32,
             message: "`waarde` moet een getal (met een punt als decimaalteken) zijn, maar is `1.905,5`",
             note: "tussen `{` en `}` scheidt een komma twee velden: YAML leest `waarde: 1.905` en een sleutel `5` zonder waarde",
             fixIt: "schrijf bijvoorbeeld `waarde: 1905.5`",
             fixed: "  - {label: Meldingen, waarde: 1905.5, jaar: 2023}"),
        Case(figure: "  - {label: Meldingen, waarde: 812, jaar: 2024,5}", column: 43,
             message: "`jaar` moet een geheel getal zijn, maar is `2024,5`",
             note: "tussen `{` en `}` scheidt een komma twee velden: YAML leest `jaar: 2024` en een sleutel `5` zonder waarde",
             fixIt: "schrijf bijvoorbeeld `jaar: 2024`",
             fixed: "  - {label: Meldingen, waarde: 812, jaar: 2024}"),
        Case(figure: "  - {label: 3,5, waarde: 812, jaar: 2023}", column: 13,
             message: "`label: 3,5` is tussen `{` en `}` geen tekst maar twee velden",
             note: "tussen `{` en `}` scheidt een komma twee velden: YAML leest `label: 3` en een sleutel `5` zonder waarde",
             fixIt: "zet de tekst tussen aanhalingstekens: `label: \"3,5\"`",
             fixed: "  - {label: \"3,5\", waarde: 812, jaar: 2023}"),
    ]

    @Test("één melding bij de waarde zoals geschreven, met de oplossing; geen onbekende sleutel", arguments: cases)
    func reportedAtTheValue(_ testCase: Case) async throws {
        let result = await build(regionalFactsheet(figures: testCase.figure))
        let diagnostic = try #require(result.diagnostics.first, "no finding")
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/factsheets/delft.md", line: 8, column: testCase.column))
        #expect(diagnostic.message == testCase.message)
        #expect(diagnostic.notes == [testCase.note])
        #expect(diagnostic.fixIt == testCase.fixIt)
    }

    @Test("met de oplossing is de factsheet schoon", arguments: cases)
    func fixIsClean(_ testCase: Case) async {
        #expect(testCase.fixed.contains(testCase.fixIt.split(separator: "`")[1]))
        let result = await build(regionalFactsheet(figures: testCase.fixed))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test("een getal zonder komma, of een sleutel van cijfers die niet direct na de komma staat, is niet gesplitst", arguments: [
        ("  - {label: Meldingen, waarde: 31, jaar: 2023}", [String]()),
        ("  - {label: Meldingen, waarde: 31, 2, jaar: 2023}", ["onbekende sleutel `2` in een cijfer"]),
        ("  - {label: Meldingen, waarde: 31,2: 4, jaar: 2023}", ["onbekende sleutel `2` in een cijfer"]),
    ])
    func notSplit(_ figure: String, _ messages: [String]) async {
        let result = await build(regionalFactsheet(figures: figure))
        #expect(result.diagnostics.map(\.message) == messages)
    }

    @Test("in een blok is `waarde: 31,2` één waarde, met dezelfde melding zonder uitleg over accolades")
    func blockStyle() async throws {
        let result = await build(regionalFactsheet(figures: "  - label: Meldingen\n    waarde: 31,2\n    jaar: 2023"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/factsheets/delft.md", line: 9, column: 13))
        #expect(diagnostic.message == "`waarde` moet een getal (met een punt als decimaalteken) zijn, maar is `31,2`")
        #expect(diagnostic.notes.isEmpty)
        #expect(diagnostic.fixIt == "schrijf bijvoorbeeld `waarde: 31.2`")
    }
}
