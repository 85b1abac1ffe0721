import RegioCore
import RegioTestSupport
import Testing

/// Each cross-document rule with a fixture that passes and one that fails.
@Suite("Regels tussen documenten")
struct CrossDocumentRuleTests {
    static func plan(period: String, name: String = "plan-2024") -> SiteFixture {
        SiteFixture.valid.with("""
        === haaglanden/delft/\(name).md
        ---
        type: beleidsplan
        titel: Plan Delft
        status: concept
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: \(period)
        ---
        ## Doelen

        Tekst.
        """)
    }

    static func olderVision(period: String, previous: String = "") -> SiteFixture {
        SiteFixture.valid.with("""
        === haaglanden/regiovisie-2019-2022.md
        ---
        type: regiovisie
        titel: Oud
        status: vervallen
        vastgesteld_op: 2019-03-14
        periode: \(period)
        ---
        Tekst.
        === haaglanden/regiovisie-2023-2026.md
        ---
        type: regiovisie
        titel: Nieuw
        status: vastgesteld
        vastgesteld_op: 2023-03-16
        periode: {van: 2023, tot: 2026}
        \(previous)
        ---
        ## Visie

        Tekst.
        """)
    }

    @Test("planperiode overlapt met de regiovisie: geen melding")
    func planInsideVision() async {
        #expect(await build(Self.plan(period: "{van: 2026, tot: 2029}", name: "plan-2026-2029")).diagnostics.isEmpty)
    }

    @Test("planperiode buiten de regiovisie: fout op de verwijzing")
    func planOutsideVision() async throws {
        let result = await build(Self.plan(period: "{van: 2027, tot: 2030}"))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .planOutsideVision })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 5, column: 13))
        #expect(diagnostic.message == "de planperiode 2027–2030 valt buiten de periode 2023–2026 van `haaglanden/regiovisie-2023-2026`")
        #expect(diagnostic.fixIt == "verwijs naar de regiovisie die in 2027–2030 geldt, of pas `periode` aan")
        // With a version of the vision for that period, the fix names it.
        let next = "=== haaglanden/regiovisie-2027-2030.md\n---\ntype: regiovisie\ntitel: Regiovisie 2027-2030\nstatus: concept\n"
            + "periode: {van: 2027, tot: 2030}\nvorige: haaglanden/regiovisie-2023-2026\n---\n## Visie\n\nTekst.\n"
        let named = try #require(await build(Self.plan(period: "{van: 2027, tot: 2030}").with(next)).diagnostics.first { $0.code == .planOutsideVision })
        #expect(named.fixIt == "verwijs naar `haaglanden/regiovisie-2027-2030`, de regiovisie voor 2027–2030, of pas `periode` aan")
    }

    /// A plan of Delft as a file to add: `name` is its file name, the rest its front matter.
    /// A concept vision for 2027-2030 after the two of `olderVision`, with `previous` as its `vorige` line.
    static func thirdVision(_ previous: String) -> String {
        """
        === haaglanden/regiovisie-2027-2030.md
        ---
        type: regiovisie
        titel: Volgend
        status: concept
        periode: {van: 2027, tot: 2030}
        \(previous)
        ---
        Tekst.
        """
    }

    static func delftPlan(_ name: String, status: String, period: String, kind: String = "beleidsplan") -> String {
        """
        === haaglanden/delft/\(name).md
        ---
        type: beleidsplan
        titel: \(name)
        status: \(status)
        \(status == "concept" ? "" : "vastgesteld_op: 2023-05-01")
        soort: \(kind)
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: \(period)
        ---
        Tekst.

        """
    }

    @Test("twee vastgestelde beleidsplannen van één gemeente in dezelfde jaren: waarschuwing bij het latere bestand; uitvoeringsplan, concept en vervallen tellen niet")
    func overlappingPlans() async throws {
        let twice = SiteFixture.valid.with(Self.delftPlan("beleidsplan-2023-2026", status: "vastgesteld", period: "{van: 2023, tot: 2026}")
            + Self.delftPlan("beleidsplan-2024-2027", status: "vastgesteld", period: "{van: 2024, tot: 2027}"))
        let found = await build(twice).diagnostics.filter { $0.code == .overlappingPlans }
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/beleidsplan-2024-2027.md", line: 8, column: 10), "at `periode`")
        #expect(diagnostic.message == "Delft heeft twee vastgestelde beleidsplannen in dezelfde jaren: 2024–2027 hier en 2023–2026 in `haaglanden/delft/beleidsplan-2023-2026`")
        for other in [Self.delftPlan("uitvoering-2024", status: "vastgesteld", period: "{van: 2024, tot: 2024}", kind: "uitvoeringsplan"),
                      Self.delftPlan("beleidsplan-2024-2027", status: "concept", period: "{van: 2024, tot: 2027}"),
                      Self.delftPlan("beleidsplan-2024-2027", status: "vervallen", period: "{van: 2024, tot: 2027}")] {
            let fine = SiteFixture.valid.with(Self.delftPlan("beleidsplan-2023-2026", status: "vastgesteld", period: "{van: 2023, tot: 2026}") + other)
            #expect(await build(fine).diagnostics.allSatisfy { $0.code != .overlappingPlans }, "\(other)")
        }
    }

    @Test("opeenvolgende versies met vorige: geen melding")
    func versionsInOrder() async {
        let fixture = Self.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige: haaglanden/regiovisie-2019-2022")
        #expect(await build(fixture).diagnostics.isEmpty)
    }

    @Test("overlappende versies van één regio: fout")
    func overlappingVersions() async throws {
        let result = await build(Self.olderVision(period: "{van: 2019, tot: 2023}"))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .overlappingVisions })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 6, column: 10), "at `periode`")
        #expect(diagnostic.message == "de periode 2023–2026 overlapt met 2019–2023 van `haaglanden/regiovisie-2019-2022`")
        #expect(diagnostic.fixIt == "laat de periode na 2023 beginnen, zodat de versies elkaar opvolgen, of haal een kopie weg")
    }

    @Test("vorige die niet eerder ligt: fout op de sleutel")
    func previousNotEarlier() async throws {
        let fixture = Self.olderVision(period: "{van: 2027, tot: 2030}", previous: "vorige: haaglanden/regiovisie-2019-2022")
        let result = await build(fixture)
        let diagnostic = try #require(result.diagnostics.first { $0.message.hasPrefix("`vorige` wijst") })
        #expect(diagnostic.code == .overlappingVisions)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 7, column: 9))
    }

    @Test("vorige die een versie overslaat: fout op de sleutel, met de versie ertussen als oplossing")
    func previousSkipsAVersion() async throws {
        let fixture = Self.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige: haaglanden/regiovisie-2019-2022")
            .with(Self.thirdVision("vorige: haaglanden/regiovisie-2019-2022"))
        let result = await build(fixture)
        let found = result.diagnostics.filter { $0.code == .overlappingVisions }
        let diagnostic = try #require(found.first, "\(result.diagnostics.map(\.message))")
        #expect(found.count == 1)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2027-2030.md", line: 6, column: 9))
        #expect(diagnostic.message == "`vorige` wijst naar `haaglanden/regiovisie-2019-2022`, maar `haaglanden/regiovisie-2023-2026` (2023–2026) ligt ertussen")
        #expect(diagnostic.fixIt == "laat `vorige` wijzen naar `haaglanden/regiovisie-2023-2026`")
        // A copy in between that overlaps a version has its own finding; `vorige` is not sent to it.
        let copy = fixture.with("""
            === haaglanden/regiovisie-2026-2029.md
            ---
            type: regiovisie
            titel: Kopie
            status: concept
            periode: {van: 2026, tot: 2029}
            vorige: haaglanden/regiovisie-2023-2026
            ---
            Tekst.
            """)
        let withCopy = await build(copy).diagnostics.filter { $0.code == .overlappingVisions }
        #expect(withCopy.contains { $0.message.hasPrefix("de periode 2027–2030 overlapt met 2026–2029") })
        #expect(!withCopy.contains { $0.fixIt?.contains("regiovisie-2026-2029") == true }, "\(withCopy.map(\.message))")
    }

    @Test("vorige die naar zichzelf wijst, en twee versies die naar elkaar wijzen: fout, geen lus")
    func previousLoops() async throws {
        let selfReference = await build(Self.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige: haaglanden/regiovisie-2023-2026"))
        let diagnostic = try #require(selfReference.diagnostics.first { $0.message == "`vorige` wijst naar deze regiovisie zelf" })
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/regiovisie-2023-2026.md", line: 7, column: 9))
        // A → B and B → A: the later one's `vorige` is fine, the earlier one's points forward.
        let older = Self.olderVision(period: "{van: 2019, tot: 2022}", previous: "vorige: haaglanden/regiovisie-2019-2022")
        let loop = older.with("=== haaglanden/regiovisie-2019-2022.md\n" + (older.files["haaglanden/regiovisie-2019-2022.md"] ?? "")
            .replacingOccurrences(of: "periode: {van: 2019, tot: 2022}", with: "periode: {van: 2019, tot: 2022}\nvorige: haaglanden/regiovisie-2023-2026"))
        let result = await build(loop)
        let found = result.diagnostics.filter { $0.code == .overlappingVisions }
        #expect(found.count == 1 && found.first?.location.file == "haaglanden/regiovisie-2019-2022.md", "\(result.diagnostics.map(\.message))")
    }
}
