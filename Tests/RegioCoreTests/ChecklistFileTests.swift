import RegioCore
import RegioTestSupport
import Testing

/// A mistake in kaders.yaml and where its diagnostic must land.
struct ChecklistFileCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// Replaces the `eisen:` of the fixture checklist (the frameworks stay).
    let requirements: String
    let id: String
    let line: Int
    let column: Int
    let message: String
    var fixIt: String?

    var testDescription: String { name }
}

/// The requirement lines start on this line of the fixture's kaders.yaml (after `eisen:`).
private let firstRequirementLine = 27

private func requirement(id: String = "wmo-test", kader: String = "wmo-2015", from: String = "2015-01-01", until: String? = nil,
                         evidence: String = "sectie: [Veilig Thuis]") -> String {
    """
      - id: \(id)
        titel: Test
        kader: \(kader)
        documenten: [regiovisie]
        geldig_vanaf: \(from)
    \(until.map { "    geldig_tot: \($0)\n" } ?? "")    ernst: fout
        bewijs:
          \(evidence)
    """
}

let checklistFileCases: [ChecklistFileCase] = [
    ChecklistFileCase(name: "onbekend kader bij een eis", requirements: requirement(kader: "wmo-2051"), id: "onbekend-kader",
                      line: firstRequirementLine + 2, column: 12, message: "`wmo-2051` is geen kader uit kaders.yaml", fixIt: "bedoelde u `wmo-2015` (Wmo 2015)?"),
    ChecklistFileCase(name: "onbekend kader als verwijzing", requirements: requirement(evidence: "verwijzing: gnht"), id: "onbekend-kader",
                      line: firstRequirementLine + 7, column: 19, message: "`gnht` is geen kader uit kaders.yaml", fixIt: "bedoelde u `ghnt` (Geweld hoort nergens thuis)?"),
    ChecklistFileCase(name: "onbekende soort bewijs", requirements: requirement(evidence: "sectei: [Veilig Thuis]"), id: "onbekend-bewijs",
                      line: firstRequirementLine + 7, column: 7, message: "onbekende sleutel `sectei` in het bewijs", fixIt: "bedoelde u `sectie`?"),
    ChecklistFileCase(name: "overlappende versies van één eis",
                      requirements: requirement(until: "2019-12-31") + "\n" + requirement(from: "2019-06-01"), id: "eisen-overlappen",
                      line: firstRequirementLine + 9, column: 5,
                      message: "de eis `wmo-test` geldt vanaf 2019-06-01, terwijl de versie op regel \(firstRequirementLine) dan nog geldt"),
    ChecklistFileCase(name: "geldig_tot vóór geldig_vanaf", requirements: requirement(from: "2020-01-01", until: "2019-12-31"),
                      id: "ongeldige-geldigheid", line: firstRequirementLine + 5, column: 17,
                      message: "`geldig_tot` (2019-12-31) ligt vóór `geldig_vanaf` (2020-01-01)"),
    ChecklistFileCase(name: "eis geldt vóór het kader in werking trad", requirements: requirement(from: "2014-01-01"),
                      id: "ongeldige-geldigheid", line: firstRequirementLine + 4, column: 19,
                      message: "de eis geldt vanaf 2014-01-01, maar Wmo 2015 is pas op 2015-01-01 in werking getreden", fixIt: "zet `geldig_vanaf: 2015-01-01` of later"),
    ChecklistFileCase(name: "eis van een vervallen kader zonder einddatum", requirements: requirement(kader: "ghnt", from: "2018-04-25"),
                      id: "ongeldige-geldigheid", line: firstRequirementLine, column: 5,
                      message: "Geweld hoort nergens thuis vervalt op 2022-01-01, maar de eis geldt zonder einddatum"),
    ChecklistFileCase(name: "eis met de naam van een vaste code", requirements: requirement(id: "onbekende-sleutel"), id: "dubbele-id",
                      line: firstRequirementLine, column: 9, message: "de eis `onbekende-sleutel` heeft de naam van een vaste meldingscode"),
    ChecklistFileCase(name: "onbekend documenttype", requirements: requirement().replacingOccurrences(of: "[regiovisie]", with: "[regiovisei]"),
                      id: "ongeldige-waarde", line: firstRequirementLine + 3, column: 18, message: "`regiovisei` is geen documenttype",
                      fixIt: "bedoelde u `regiovisie`?"),
    ChecklistFileCase(name: "onbekend veld als bewijs", requirements: requirement(evidence: "veld: samenvating"), id: "ongeldige-waarde",
                      line: firstRequirementLine + 7, column: 13, message: "`samenvating` is geen veld van een document",
                      fixIt: "bedoelde u `samenvatting`?"),
    ChecklistFileCase(name: "ernst zonder geldige waarde", requirements: requirement().replacingOccurrences(of: "ernst: fout", with: "ernst: hoog"),
                      id: "ongeldige-waarde", line: firstRequirementLine + 5, column: 12, message: "`hoog` is geen geldige waarde voor `ernst`"),
]

/// kaders.yaml is data that policy officers edit: every mistake in it is reported at its place.
@Suite("kaders.yaml: fouten in het toetsingskader")
struct ChecklistFileTests {
    static func checklist(requirements: String) throws -> SiteFixture {
        let base = try SiteFixture.withChecklist()
        let text = try #require(base.files["kaders.yaml"])
        let head = try #require(text.range(of: "eisen:\n"))
        return base.with("=== kaders.yaml\n" + text[..<head.upperBound] + requirements)
    }

    @Test("de eisen beginnen op de verwachte regel van de fixture")
    func fixtureLayout() throws {
        let text = try #require(try SiteFixture.withChecklist().files["kaders.yaml"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[firstRequirementLine - 2] == "eisen:")
    }

    @Test(arguments: checklistFileCases)
    func mistakeIsReportedAtItsPlace(_ testCase: ChecklistFileCase) async throws {
        let result = await build(try Self.checklist(requirements: testCase.requirements))
        let diagnostic = try #require(result.diagnostics.first { $0.id == testCase.id }, "geen \(testCase.id); wel: \(result.diagnostics.map { "\($0.id) \($0.message)" })")
        #expect(diagnostic.location == SourceLocation(file: "kaders.yaml", line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.contains(testCase.message), "melding was: \(diagnostic.message)")
        if let fixIt = testCase.fixIt {
            #expect(diagnostic.fixIt == fixIt)
        }
        #expect(diagnostic.severity == .error)
    }

    @Test("twee versies van één eis die elkaar opvolgen: geen melding, en elk document krijgt de juiste versie")
    func successiveVersions() async throws {
        let fixture = try Self.checklist(requirements: requirement(until: "2018-12-31", evidence: "sectie: [Advies- en meldpunt]")
            + "\n" + requirement(from: "2019-01-01"))
        let result = await build(fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.id) \($0.message)" })")
        let old = await build(fixture.with("""
        === haaglanden/regiovisie-2019-2022.md
        ---
        type: regiovisie
        titel: Oud
        status: vervallen
        vastgesteld_op: 2018-03-14
        periode: {van: 2019, tot: 2022}
        ---
        ## Veilig Thuis

        Tekst.
        """))
        let diagnostic = try #require(old.diagnostics.first { $0.id == "wmo-test" })
        #expect(diagnostic.location.file == "haaglanden/regiovisie-2019-2022.md")
        #expect(diagnostic.notes.contains("telt als bewijs: een kop ‘Advies- en meldpunt’ met tekst eronder"))
    }

    @Test("alle fouten in kaders.yaml komen in één run, de goede eisen blijven werken")
    func allMistakesInOneRun() async throws {
        let fixture = try Self.checklist(requirements: requirement(kader: "wmo-2051") + "\n" + requirement(id: "wmo-goed", evidence: "sectie: [Opvang]")
            + "\n" + requirement(id: "wmo-ook", evidence: "sectei: [Opvang]"))
        let result = await build(fixture)
        #expect(Set(result.diagnostics.map(\.id)) == ["onbekend-kader", "onbekend-bewijs", "wmo-goed"])
    }
}
