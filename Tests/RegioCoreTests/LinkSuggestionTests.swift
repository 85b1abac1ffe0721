@testable import RegioCore
import RegioTestSupport
import Testing

/// The valid fixture whose Delft plan has `line` as its last line (line 11, after `## Doelen`).
private func planLine(_ line: String, plus files: String = "") -> SiteFixture {
    let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
        .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: line)
    return SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan + files)
}

/// A national factsheet named like the Delft plan, so that another region has a file of that name.
private let namesakeElsewhere = """

=== factsheets/plan-2024.md
---
type: factsheet
titel: Naamgenoot
status: concept
schaal: landelijk
bron: {naam: CBS}
cijfers:
  - {label: Meldingen, waarde: 1, jaar: 2023}
---
"""

/// The plan of the valid fixture saved as `Plan-2024.md`, as QA did with the Hague plan.
private let planWithCapital = SiteFixture.valid
    .with("=== haaglanden/delft/Plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? ""))
    .without("haaglanden/delft/plan-2024.md")

/// Suggestions for links are written as the link must be written in the document that has it.
let linkSuggestionCases: [DiagnosticCase] = [
    DiagnosticCase(name: "kop in hetzelfde document", fixture: planLine("Zie [de doelen](#doeln)."),
                   code: .brokenAnchor, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "`#doeln` is geen kop in haaglanden/delft/plan-2024.md", fixIt: "bedoelde u `#doelen`?"),
    DiagnosticCase(name: "kop in een ander document zonder naam die erop lijkt: de koppen die er wel staan", fixture: planLine("Zie [de cijfers](../regiovisie-2023-2026.md#cijfers-2023)."),
                   code: .brokenAnchor, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "`#cijfers-2023` is geen kop in haaglanden/regiovisie-2023-2026.md",
                   notes: ["koppen in haaglanden/regiovisie-2023-2026.md: `#visie` (Visie)"],
                   fixIt: "link naar een van die koppen, of naar het document zelf zonder `#cijfers-2023`"),
    DiagnosticCase(name: "kop in een document zonder koppen: link naar het document zelf", fixture: planLine("Zie [de cijfers](../../factsheets/landelijk.md#cijfers-2023)."),
                   code: .brokenAnchor, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "`#cijfers-2023` is geen kop in factsheets/landelijk.md",
                   fixIt: "factsheets/landelijk.md heeft geen koppen: link naar het document zelf, zonder `#cijfers-2023`"),
    DiagnosticCase(name: "link met kop naar een document dat niet bestaat: de kop blijft", fixture: planLine("Zie [visie](../regiovisie-2023-2025.md#visie)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "de link `../regiovisie-2023-2025.md#visie` wijst naar `haaglanden/regiovisie-2023-2025.md`, dat niet bestaat",
                   fixIt: "bedoelde u `../regiovisie-2023-2026.md#visie`?"),
    DiagnosticCase(name: "link vanaf de inhoudsmap naar een bestaand document", fixture: planLine("Zie [visie](/haaglanden/regiovisie-2023-2026.md)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "de link `/haaglanden/regiovisie-2023-2026.md` wijst buiten de inhoudsmap",
                   fixIt: "schrijf de link vanaf dit document: `../regiovisie-2023-2026.md`"),
    DiagnosticCase(name: "een link met `\\` zoals in Windows: de melding zegt waarom, de oplossing schrijft `/`",
                   fixture: planLine(#"Zie [visie](..\regiovisie-2023-2026.md)."#),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: #"de link `..\regiovisie-2023-2026.md` wijst naar"#,
                   notes: ["in een link staat `/` tussen mappen, niet `\\` zoals in de Verkenner van Windows"],
                   fixIt: "bedoelde u `../regiovisie-2023-2026.md`?"),
    DiagnosticCase(name: "een website zonder https://", fixture: planLine("Zie [Veilig Thuis](www.veiligthuis.nl)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5, message: "de link `www.veiligthuis.nl` wijst naar",
                   fixIt: "bedoelt u een website? Schrijf het adres met `https://` ervoor: `https://www.veiligthuis.nl`"),
    DiagnosticCase(name: "een link naar de pagina van een document in plaats van naar het document", fixture: planLine("Zie [visie](../regiovisie-2023-2026.html#visie)."),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5, message: "de link `../regiovisie-2023-2026.html#visie` wijst naar",
                   fixIt: "link naar het document zelf: `../regiovisie-2023-2026.md#visie`; Regio maakt er de link naar zijn pagina van"),
    DiagnosticCase(name: "link naar een bijlage die niet bestaat", fixture: planLine("Zie [het rapport](../bijlage/rapport.pdf).", plus: "\n=== haaglanden/bijlagen/rapport.pdf\n%PDF"),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "wijst naar `haaglanden/bijlage/rapport.pdf`, dat niet bestaat", fixIt: "bedoelde u `../bijlagen/rapport.pdf`?"),
    DiagnosticCase(name: "eerst een document uit dezelfde regio, ook als elders een bestand precies zo heet",
                   fixture: planLine("Zie [de visie](../regiovisie-2023-2025.md).", plus: namesakeElsewhere.replacingOccurrences(of: "plan-2024", with: "regiovisie-2023-2025")),
                   code: .brokenLink, file: "haaglanden/delft/plan-2024.md", line: 11, column: 5,
                   message: "wijst naar `haaglanden/regiovisie-2023-2025.md`", fixIt: "bedoelde u `../regiovisie-2023-2026.md`?"),
    DiagnosticCase(name: "een bestand dat alleen in hoofdletters verschilt gaat voor een naamgenoot in een andere map",
                   fixture: planWithCapital.with(namesakeElsewhere),
                   code: .brokenLink, file: "haaglanden/regiovisie-2023-2026.md", line: 10, column: 49,
                   message: "de link `delft/plan-2024.md#doelen` wijst naar `haaglanden/delft/plan-2024.md`, dat niet bestaat",
                   fixIt: "het bestand heet `Plan-2024.md`: hernoem het bestand naar `plan-2024.md`, dan klopt deze link"),
    DiagnosticCase(name: "een bestand met een hoofdletter krijgt de naam die het moet krijgen", fixture: planWithCapital,
                   code: .invalidPath, file: "haaglanden/delft/Plan-2024.md", line: 1, column: 1,
                   message: "de bestandsnaam `haaglanden/delft/Plan-2024.md` bevat tekens die niet in een adres passen",
                   fixIt: "hernoem het bestand naar `plan-2024.md`"),
]

@Suite("Suggesties voor links: zoals de link in het document moet staan")
struct LinkSuggestionTests {
    @Test("een pad vanaf de inhoudsmap wordt een pad vanaf het document", arguments: [
        ("haaglanden/regiovisie-2023-2026.md", "haaglanden/den-haag/beleidsplan-2024-2027.md", "../regiovisie-2023-2026.md"),
        ("haaglanden/den-haag/beleidsplan-2024-2027.md", "haaglanden/factsheets/den-haag-huisverboden.md", "../den-haag/beleidsplan-2024-2027.md"),
        ("haaglanden/delft/plan-2024.md", "haaglanden/regiovisie-2023-2026.md", "delft/plan-2024.md"),
        ("factsheets/landelijk.md", "haaglanden/delft/plan-2024.md", "../../factsheets/landelijk.md"),
        ("haaglanden/delft/plan-2025.md", "haaglanden/delft/plan-2024.md", "plan-2025.md"),
        ("haaglanden/bijlagen/Jaarverslag 2023.pdf", "haaglanden/regiovisie-2023-2026.md", "bijlagen/Jaarverslag%202023.pdf"),
    ])
    func relative(_ target: String, _ file: String, _ expected: String) {
        #expect(LinkSuggestion.relative(target, from: file) == expected)
        #expect(LinkTarget.resolve(expected.replacingOccurrences(of: "%20", with: " "), from: file) == target)
    }

    @Test("de naaste kandidaat: dezelfde regio, dan de naam, dan de minste mappen ver")
    func nearest() {
        let files = ["drenthe/emmen/beleidsplan-2024-2027.md", "haaglanden/den-haag/Beleidsplan-2024-2027.md", "haaglanden/regiovisie-2023-2026.md"]
        #expect(LinkSuggestion.nearest(to: "haaglanden/den-haag/beleidsplan-2024-2027.md", among: files) == "haaglanden/den-haag/Beleidsplan-2024-2027.md")
        #expect(LinkSuggestion.nearest(to: "drenthe/assen/beleidsplan-2024-2027.md", among: files) == "drenthe/emmen/beleidsplan-2024-2027.md")
        #expect(LinkSuggestion.nearest(to: "haaglanden/delft/regiovisie-2023-2026.md", among: files) == "haaglanden/regiovisie-2023-2026.md")
        #expect(LinkSuggestion.nearest(to: "haaglanden/delft/iets-heel-anders.md", among: files) == nil)
    }
}

@Suite("Een link naar niets op de pagina")
struct MissingLinkOnPageTests {
    @Test("een link naar een bestand dat er niet is: een fout, en in het voorbeeld staan de woorden met wat ontbreekt, niet een link naar 'niet gevonden'")
    func missingLinkIsMarked() async throws {
        let result = await build(planLine("Zie [de oude visie](../regiovisie-2019-2022.md) en [de bijlage](bijlage.pdf)."))
        #expect(result.diagnostics.map(\.code) == [.brokenLink, .brokenLink], "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.site?.html("haaglanden/delft/plan-2024.html"))
        #expect(plan.contains("Zie de oude visie <strong>[link naar een bestand dat er niet is: ../regiovisie-2019-2022.md]</strong> en de bijlage <strong>[link naar een bestand dat er niet is: bijlage.pdf]</strong>."), "\(plan)")
        #expect(!plan.contains("href=\"../regiovisie-2019-2022") && !plan.contains("href=\"bijlage.pdf"))
        // A sound link on the same page stays a link.
        let sound = try #require(await build(planLine("Zie [de visie](../regiovisie-2023-2026.md).")).site?.html("haaglanden/delft/plan-2024.html"))
        #expect(sound.contains("<a href=\"../regiovisie-2023-2026.html\">de visie</a>"))
    }
}
