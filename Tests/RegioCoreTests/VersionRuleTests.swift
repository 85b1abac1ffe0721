import RegioCore
import RegioTestSupport
import Testing

/// The rules that keep versions and their names straight: `vorige` on a later version, an adopted
/// plan on an adopted vision, and the years in a file name and title against `periode`.
@Suite("Versies, namen en periodes")
struct VersionRuleTests {
    @Test("een latere versie zonder vorige: waarschuwing bij de periode, met de regel die ontbreekt")
    func missingPrevious() async throws {
        let result = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2022}"))
        let found = result.diagnostics.filter { $0.code == .missingPrevious }
        let diagnostic = try #require(found.first, "\(result.diagnostics.map(\.message))")
        #expect(found.count == 1, "the first version of the region needs no `vorige`")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 6, column: 10))
        #expect(diagnostic.message == "`vorige` ontbreekt: deze regiovisie (2023–2026) volgt op `haaglanden/regiovisie-2019-2022` (2019–2022)")
        #expect(diagnostic.fixIt == "voeg onder `periode` de regel `vorige: haaglanden/regiovisie-2019-2022` toe")
    }

    @Test("vorige leeg gelaten telt als ontbrekend; overlappende versies krijgen alleen hun eigen melding")
    func emptyOrOverlapping() async throws {
        let empty = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige:"))
        #expect(empty.diagnostics.map(\.code) == [.missingPrevious], "\(empty.diagnostics.map(\.message))")
        let overlapping = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2023}"))
        #expect(!overlapping.diagnostics.contains { $0.code == .missingPrevious })
        #expect(overlapping.diagnostics.contains { $0.code == .overlappingVisions })
    }

    @Test("de derde versie zonder vorige krijgt de versie direct ervoor als oplossing, niet de eerste")
    func newestBefore() async throws {
        let fixture = CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige: haaglanden/regiovisie-2019-2022")
            .with(CrossDocumentRuleTests.thirdVision(""))
        let found = await build(fixture).diagnostics.filter { $0.code == .missingPrevious }
        #expect(found.map(\.location.file) == ["haaglanden/regiovisie-2027-2030.md"])
        #expect(found.first?.fixIt == "voeg onder `periode` de regel `vorige: haaglanden/regiovisie-2023-2026` toe")
    }

    @Test("een jaar tussen twee versies zonder regiovisie: waarschuwing bij de periode van de latere, met beide oplossingen")
    func gapBetweenVersions() async throws {
        let previous = "vorige: haaglanden/regiovisie-2019-2022"
        let result = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2018, tot: 2021}", previous: previous))
        let found = result.diagnostics.filter { $0.code == .visionGap }
        let diagnostic = try #require(found.first, "\(result.diagnostics.map(\.message))")
        #expect(found.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 6, column: 10))
        #expect(diagnostic.message == "tussen `haaglanden/regiovisie-2019-2022` (2018–2021) en deze regiovisie (2023–2026) heeft de regio voor 2022 geen regiovisie")
        #expect(diagnostic.notes == ["een lokaal plan voor 2022 heeft dan geen regiovisie om op aan te sluiten"])
        #expect(diagnostic.fixIt == "laat deze periode in 2022 beginnen (`periode: {van: 2022, tot: 2026}`), of verleng `haaglanden/regiovisie-2019-2022` tot en met 2022 (`periode: {van: 2018, tot: 2022}`)")
        // Two years apart: the years are named as a period.
        let two = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2017, tot: 2020}", previous: previous))
        #expect(two.diagnostics.first { $0.code == .visionGap }?.message.hasSuffix("heeft de regio voor 2021–2022 geen regiovisie") == true)
        // Versions that follow each other, and overlapping ones (their own finding), give none.
        let following = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2022}", previous: previous))
        #expect(following.diagnostics.isEmpty, "\(following.diagnostics.map(\.message))")
        let overlapping = await build(CrossDocumentRuleTests.olderVision(period: "{van: 2019, tot: 2023}", previous: previous))
        #expect(!overlapping.diagnostics.contains { $0.code == .visionGap })
    }

    @Test("de geldende regiovisie loopt binnen drie maanden af zonder volgende versie: een herinnering, geen melding")
    func expiringVision() async throws {
        let late = await build(SiteFixture.valid, today: DayDate("2026-11-27")!)
        #expect(late.diagnostics.isEmpty, "\(late.diagnostics.map(\.message))")
        #expect(late.reminders == ["de regiovisie van Haaglanden (`haaglanden/regiovisie-2023-2026`) loopt af op 31 december 2026, over 34 dagen, en er is nog geen volgende versie; begin die met `regio new regiovisie --regio haaglanden --periode 2027-2030`; vanaf 1 januari waarschuwt `geldende-regiovisie` bij elke controle (met --strict een fout)"])
        #expect(await build(SiteFixture.valid, today: DayDate("2026-09-30")!).reminders.isEmpty, "more than three months ahead")
        #expect(await build(SiteFixture.valid, today: DayDate("2026-10-01")!).reminders.first?.contains("over 91 dagen") == true)
        #expect(await build(SiteFixture.valid, today: DayDate("2026-12-31")!).reminders.first?.contains("over 0 dagen") == true)
        // A next version, even a concept, is the preparation asked for.
        #expect(await build(SiteFixture.valid.with(Self.conceptVision("{van: 2027, tot: 2030}")), today: DayDate("2026-11-27")!).reminders.isEmpty)
    }

    @Test("de volgende regiovisie staat er al, maar is door een fout niet te lezen: de herinnering stuurt naar die fout, niet naar `regio new`")
    func expiringVisionWithBrokenSuccessor() async throws {
        let broken = Self.conceptVision("{van: 2027, tot: 2030}").replacingOccurrences(of: "titel: Regiovisie 2027-2030", with: "titell: Regiovisie 2027-2030")
        let result = await build(SiteFixture.valid.with(broken), today: DayDate("2026-11-27")!)
        #expect(result.diagnostics.contains { $0.location.file == "haaglanden/regiovisie-2027-2030.md" && $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        #expect(result.reminders == ["de regiovisie van Haaglanden (`haaglanden/regiovisie-2023-2026`) loopt af op 31 december 2026, over 34 dagen, en `haaglanden/regiovisie-2027-2030.md` is nog niet te lezen; is dat de volgende versie, herstel dan eerst de fouten in dat bestand; vanaf 1 januari waarschuwt `geldende-regiovisie` bij elke controle (met --strict een fout)"])
        #expect(result.remindedRegions == [Slug("haaglanden")!])
        // A broken file in a municipality's folder is no vision: the reminder stays as it was.
        let plan = "=== haaglanden/delft/plan-2027.md\n---\ntype: beleidsplan\ntitell: x\n---\n"
        let other = await build(SiteFixture.valid.with(plan), today: DayDate("2026-11-27")!)
        #expect(other.reminders.first?.contains("en er is nog geen volgende versie; begin die met `regio new regiovisie --regio haaglanden --periode 2027-2030`") == true)
    }

    @Test("de versie die vandaag zou gelden staat per vergissing op vervallen: de melding staat bij haar status en zegt het")
    func lapsedByMistake() async throws {
        let vision = try #require(SiteFixture.valid.files["haaglanden/regiovisie-2023-2026.md"])
        let line = try #require(vision.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("status: ") }) + 1
        let result = await build(SiteFixture.valid.with("=== haaglanden/regiovisie-2023-2026.md\n" + vision.replacingOccurrences(of: "status: vastgesteld", with: "status: vervallen")))
        let found = try #require(result.diagnostics.first { $0.code == .noCurrentVision }, "\(result.diagnostics.map(\.message))")
        #expect(found.message == "regio Haaglanden heeft op 2026-11-25 geen geldende regiovisie: `haaglanden/regiovisie-2023-2026` (2023–2026) omvat 2026, maar staat op `status: vervallen`")
        #expect(found.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: line, column: 9))
        #expect(found.fixIt == "zet `status: vastgesteld` als dat een vergissing is; vervangt een nieuwere versie haar, stel die dan vast")
    }

    static func conceptVision(_ period: String) -> String {
        """
        === haaglanden/regiovisie-2027-2030.md
        ---
        type: regiovisie
        titel: Regiovisie 2027-2030
        status: concept
        periode: \(period)
        vorige: haaglanden/regiovisie-2023-2026
        ---
        Tekst.

        """
    }

    static func adoptedPlan(period: String, status: String = "vastgesteld") -> String {
        """
        === haaglanden/delft/beleidsplan.md
        ---
        type: beleidsplan
        titel: Beleidsplan Delft
        status: \(status)
        \(status == "vastgesteld" ? "vastgesteld_op: 2026-10-01" : "")
        regiovisie: haaglanden/regiovisie-2027-2030
        periode: \(period)
        ---
        Tekst.

        """
    }

    @Test("een vastgesteld plan op een concept-regiovisie: waarschuwing bij de verwijzing; een conceptplan mag")
    func adoptedPlanOnConceptVision() async throws {
        let fixture = SiteFixture.valid.with(Self.conceptVision("{van: 2027, tot: 2030}") + Self.adoptedPlan(period: "{van: 2027, tot: 2030}"))
        let result = await build(fixture)
        let diagnostic = try #require(result.diagnostics.first { $0.code == .referenceToConcept }, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/beleidsplan.md", line: 6, column: 13))
        #expect(diagnostic.message == "dit vastgestelde plan verwijst naar `haaglanden/regiovisie-2027-2030`, een regiovisie die nog een concept is")
        #expect(diagnostic.fixIt == "zet het plan op `status: concept` tot `haaglanden/regiovisie-2027-2030` is vastgesteld")

        let concept = SiteFixture.valid.with(Self.conceptVision("{van: 2027, tot: 2030}") + Self.adoptedPlan(period: "{van: 2027, tot: 2030}", status: "concept"))
        #expect(await build(concept).diagnostics.isEmpty)
    }

    @Test("een vastgesteld plan op een concept, terwijl een vastgestelde regiovisie de periode dekt: die als oplossing")
    func adoptedVisionOffered() async throws {
        let fixture = SiteFixture.valid.with(Self.conceptVision("{van: 2027, tot: 2030}") + Self.adoptedPlan(period: "{van: 2026, tot: 2029}"))
        let diagnostic = try #require(await build(fixture).diagnostics.first { $0.code == .referenceToConcept })
        #expect(diagnostic.fixIt == "verwijs naar `haaglanden/regiovisie-2023-2026`, de vastgestelde regiovisie voor 2023–2026, of zet het plan op `status: concept` tot `haaglanden/regiovisie-2027-2030` is vastgesteld")
    }

    static func extendedVision(title: String) -> SiteFixture {
        let vision = SiteFixture.valid.files["haaglanden/regiovisie-2023-2026.md"] ?? ""
        return SiteFixture.valid.with("=== haaglanden/regiovisie-2023-2026.md\n" + vision
            .replacingOccurrences(of: "periode: {van: 2023, tot: 2026}", with: "periode: {van: 2023, tot: 2027}")
            .replacingOccurrences(of: "titel: Regiovisie 2023-2026", with: "titel: \(title)"))
    }

    @Test("een verlengde regiovisie: de bestandsnaam en de titel noemen andere jaren dan de periode")
    func extendedVisionName() async throws {
        let result = await build(Self.extendedVision(title: "Regiovisie 2023 – 2026"))
        let found = result.diagnostics.filter { $0.code == .nameDisagreesWithPeriod }
        #expect(found.count == 2, "\(result.diagnostics.map(\.message))")
        let name = try #require(found.first { $0.message.hasPrefix("de bestandsnaam") })
        #expect(name.severity == .warning)
        #expect(name.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 6, column: 10))
        #expect(name.message == "de bestandsnaam `regiovisie-2023-2026.md` noemt 2023–2026, maar `periode` is 2023–2027")
        #expect(name.fixIt?.contains("`regiovisie-2023-2027.md`") == true)
        let title = try #require(found.first { $0.message.hasPrefix("de titel") })
        #expect(title.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 3, column: 8))
        #expect(title.message == "de titel noemt 2023–2026, maar `periode` is 2023–2027")
    }

    @Test("een titel die naast de periode nog een jaar noemt, of geen jaren: geen melding over de titel")
    func titlesLeftAlone() async {
        for title in ["Regiovisie 2023-2026, herzien in 2025", "Regiovisie Haaglanden", "Regiovisie 2023-2027"] {
            let found = await build(Self.extendedVision(title: title)).diagnostics.filter { $0.code == .nameDisagreesWithPeriod }
            #expect(found.map(\.location.line) == [6], "\(title): only the file name")
        }
    }

    @Test("een naam met één jaar noemt een jaar van de periode", arguments: [
        ("{van: 2024, tot: 2025}", nil),
        ("{van: 2023, tot: 2024}", nil),
        ("{van: 2025, tot: 2026}", "plan-2025-2026"),
        ("{van: 2025, tot: 2025}", "plan-2025"),
    ])
    func singleYearName(period: String, renamed: String?) async {
        let found = await build(CrossDocumentRuleTests.plan(period: period)).diagnostics.filter { $0.code == .nameDisagreesWithPeriod }
        #expect(found.count == (renamed == nil ? 0 : 1), "\(found.map(\.message))")
        if let renamed { #expect(found.first?.fixIt?.contains("`\(renamed).md`") == true) }
    }
}
