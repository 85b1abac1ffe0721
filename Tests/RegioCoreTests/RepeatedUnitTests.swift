@testable import RegioCore
import RegioTestSupport
import Testing

/// A unit written after a quoted figure, which brings its unit along: "127.340 meldingen meldingen".
@Suite("Eenheid dubbel")
struct RepeatedUnitTests {
    @Test("het woord na het citaat herhaalt een woord van de eenheid, ook in hoofdletters of enkelvoud; kleine woorden als `van` en `per` tellen niet", arguments: [
        (" meldingen in 2023.", "meldingen", "meldingen"), (" Meldingen.", "meldingen", "Meldingen"), (" melding", "meldingen", "melding"),
        (" huisverboden opgelegd", "huisverbod", "huisverboden"), (" % van alle meldingen", "%", "%"), (" adviezen", "gestarte adviezen", "adviezen"),
        (" meldingen", "procent van de meldingen", "meldingen"), ("\nmeldingen", "meldingen", "meldingen"),
    ] as [(String, String?, String?)])
    func repeated(_ after: String, _ unit: String?, _ word: String?) {
        #expect(RepeatedUnit.word(after: after, unit: unit) == word)
    }

    @Test("geen herhaling", arguments: [
        (" in 2023.", "meldingen"), (".", "meldingen"), ("", "meldingen"), (" meldingen", nil), (" meldingsbereidheid", "meldingen"),
        (" van de regio", "procent van de meldingen"), (" per jaar", "per 1.000 inwoners"), (" gestart", "gestarte adviezen"), (" opgelegd", "huisverboden"),
    ] as [(String, String?)])
    func notRepeated(_ after: String, _ unit: String?) {
        #expect(RepeatedUnit.word(after: after, unit: unit) == nil)
    }

    @Test("de eenheid nog eens na een geciteerd cijfer: waarschuwing bij de link, de pagina blijft zoals geschreven", arguments: [
        ("Er waren [](cijfer:factsheets/landelijk#meldingen) meldingen in 2023.", 10, "meldingen"),
        ("Er waren [](cijfer:factsheets/landelijk#meldingen)\nMeldingen in 2023.", 10, "Meldingen"),
        ("Er waren *[](cijfer:factsheets/landelijk#meldingen)* melding in 2023.", 11, "melding"),
        // The words replaced and the unit repeated: two mistakes, two findings.
        ("Er waren [zes](cijfer:factsheets/landelijk#meldingen) meldingen in 2023.", 10, "meldingen"),
    ])
    func warnsAtTheLink(_ sentence: String, _ column: Int, _ word: String) async throws {
        let result = await build(Self.quoting(sentence))
        #expect(Set(result.diagnostics.map(\.code)) == (sentence.contains("[zes]") ? [.figureTextReplaced, .unitRepeated] : [.unitRepeated]))
        #expect(result.diagnostics.count == (sentence.contains("[zes]") ? 2 : 1), "\(result.diagnostics.map(\.message))")
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unitRepeated })
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 11, column: column))
        #expect(diagnostic.message == "na het cijfer staat `\(word)` nog een keer: de pagina toont hier `127.340 meldingen \(word)`")
        #expect(diagnostic.notes == ["een geciteerd cijfer komt met zijn eenheid uit de factsheet (`eenheid: meldingen`)"])
        #expect(diagnostic.fixIt == "haal `\(word)` na de link weg")
    }

    @Test("zonder de eenheid erna geen waarschuwing; de pagina toont het cijfer met zijn eenheid één keer")
    func unitOnce() async throws {
        let result = await build(Self.quoting("Er waren in 2023 [](cijfer:factsheets/landelijk#meldingen) bij Veilig Thuis."))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.site?.html("haaglanden/delft/plan-2024.html")?.contains(#"Er waren in 2023 <a href="../landelijk/landelijk.html#cijfer-meldingen">127.340 meldingen</a> bij Veilig Thuis."#) == true)
    }

    /// `regio uitleg` teaches by example: only this code's own warning may show a unit after a quote.
    /// The examples quote figures in meldingen and huisverboden.
    @Test("geen voorbeeld van regio uitleg zet de eenheid na een geciteerd cijfer", arguments: DiagnosticCode.allCases.filter { $0 != .unitRepeated })
    func examplesDoNotTeachIt(_ code: DiagnosticCode) throws {
        for match in code.example.matches(of: try Regex(#"\]\(cijfer:[^)]*\)([^\n]*)"#)) {
            let after = try #require(match.output[1].substring).description
            for unit in ["meldingen", "huisverboden"] {
                #expect(RepeatedUnit.word(after: after, unit: unit) == nil, "\(code.rawValue): \(match.output[0].substring ?? "")")
            }
        }
    }

    /// The valid fixture whose national figure has the id `meldingen` and whose Delft plan says `sentence` on line 11.
    static func quoting(_ sentence: String) -> SiteFixture {
        FigureTests.quoting.with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: sentence))
    }
}
