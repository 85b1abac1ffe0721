import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// An id in `kaders` that kaders.yaml lacks, as a policy officer writes it from memory: the
/// abbreviation, the law's main word, its name. The example's real kaders.yaml.
@Suite("Onbekende kaders: wat werd bedoeld")
struct FrameworkSuggestionTests {
    static let breda = "west-brabant/breda/beleidsplan-2023-2026.md"

    /// The findings for `kaders` written as `ids` in the example's Breda plan (line 11, from column 10).
    private func findings(_ ids: String) async throws -> [Diagnostic] {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let plan = try #require(example.files[Self.breda])
        let line = try #require(plan.split(separator: "\n").first { $0.hasPrefix("kaders: [") })
        let result = await build(SiteFixture(files: example.files.merging([Self.breda: plan.replacingOccurrences(of: String(line), with: "kaders: [\(ids)]")]) { $1 }))
        return result.diagnostics.filter { $0.code == .unknownFramework }
    }

    @Test("een afkorting, een woord uit de naam, de naam als id: de kaders die het noemt")
    func abbreviationsAndNames() async throws {
        let found = try await findings("wmo, meldcode, wet-verplichte-meldcode")
        #expect(found.map(\.message) == ["`wmo` is geen kader uit kaders.yaml", "`meldcode` is geen kader uit kaders.yaml",
                                         "`wet-verplichte-meldcode` is geen kader uit kaders.yaml"])
        #expect(found.map(\.location.column) == [10, 15, 25])
        #expect(found.allSatisfy { $0.location.file == Self.breda && $0.location.line == 11 })
        #expect(found.map(\.fixIt) == [
            "bedoelde u `wmo-2015` (Wmo 2015)?",
            "bedoelde u `meldcode-2013` (Wet verplichte meldcode) of `meldcode-besluit` (Besluit verplichte meldcode huiselijk geweld en kindermishandeling)?",
            "bedoelde u `meldcode-2013` (Wet verplichte meldcode)?",
        ])
        #expect(found.allSatisfy { $0.notes.isEmpty })
    }

    @Test("niets dat erop lijkt: de lijst van alle kaders met hun naam")
    func nothingNear() async throws {
        let found = try await findings("wet-xyz")
        let finding = try #require(found.first)
        #expect(found.count == 1 && finding.fixIt == nil)
        let list = try #require(finding.notes.first)
        #expect(list.hasPrefix("kaders in kaders.yaml: `wmo-2015` (Wmo 2015), `jeugdwet` (Jeugdwet), `meldcode-2013` (Wet verplichte meldcode), "))
        #expect(list.contains("`nap-sggsg` (Nationaal Actieprogramma SGG)"))
    }
}

/// A framework in `kaders` that lapsed before the document's period began (`kader-vervallen`).
@Suite("Vervallen kaders")
struct LapsedFrameworkTests {
    @Test("een plan voor 2023–2026 dat Geweld hoort nergens thuis noemt (vervallen op 1 januari 2022): een waarschuwing op het id")
    func lapsedBeforeThePeriod() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let breda = FrameworkSuggestionTests.breda
        let plan = try #require(example.files[breda])
        let result = await build(SiteFixture(files: example.files.merging([breda: plan.replacingOccurrences(of: "kaders: [wmo-2015,", with: "kaders: [ghnt, wmo-2015,")]) { $1 }))
        #expect(result.diagnostics.map(\.code) == [.lapsedFramework], "\(result.diagnostics.map(\.message))")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.location == SourceLocation(file: breda, line: 11, column: 10))
        #expect(warning.message == "het kader `ghnt` (Geweld hoort nergens thuis) is vervallen op 1 januari 2022, voor het begin van de periode van het beleidsplan (2023–2026)")
        let kaders = try #require(example.files["kaders.yaml"])
        let line = try #require(kaders.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  - id: ghnt" }) + 1
        #expect(warning.notes == ["zo staat het bij `vervallen_op` in kaders.yaml, regel \(line)"])
        #expect(warning.fixIt == "haal `ghnt` weg uit `kaders`, of noem het kader dat ervoor in de plaats kwam")
        #expect(warning.severity == .warning)
    }

    /// The walkthrough's case: a concept plan for 2027–2029 that names the programme ending on
    /// 1 January 2027. A concept is judged on the day of the check, as the checklist judges it.
    @Test("een concept voor 2027–2029 met een programma dat op 1 januari 2027 vervalt: pas vanaf die dag een waarschuwing")
    func conceptJudgedToday() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let plan = "west-brabant/breda/beleidsplan-2027-2029.md"
        let fixture = example.with("""
        === \(plan)
        ---
        type: beleidsplan
        titel: Beleidsplan Breda 2027-2029
        status: concept
        gemeente: GM0758
        regiovisie: west-brabant/regiovisie-2026-2029
        periode: {van: 2027, tot: 2029}
        kaders: [wmo-2015, nap-sggsg]
        ---
        ## Inleiding

        Tekst.
        """)
        let lapsed = { (result: BuildResult) in result.diagnostics.filter { $0.code == .lapsedFramework } }
        #expect(lapsed(await build(fixture, today: DayDate(year: 2026, month: 12, day: 31))).isEmpty)
        let after = lapsed(await build(fixture, today: DayDate(year: 2027, month: 1, day: 1)))
        #expect(after.map(\.location) == [SourceLocation(file: plan, line: 8, column: 20)])
        #expect(after.first?.message == "het kader `nap-sggsg` (Nationaal Actieprogramma SGG) is vervallen op 1 januari 2027, voor het begin van de periode van het beleidsplan (2027–2029)")
    }

    /// Haaglanden's vision for 2019–2022 names the programme, which ran until 1 January 2022: it was
    /// written while the programme ran, and the example builds without findings.
    @Test("een kader dat pas tijdens de periode vervalt, mag blijven staan")
    func lapsedDuringThePeriod() async throws {
        let example = try SiteFixture(folder: RepositoryPaths.exampleContent)
        #expect(example.files["haaglanden/regiovisie-2019-2022.md"]?.contains("regiovisie-afspraak, ghnt]") == true)
        #expect(await build(example).diagnostics.isEmpty)
    }
}
