import Foundation
import RegioTestSupport
import Testing

/// `regio new beleidsplan` without --periode on one day: the file it writes and the vision it names,
/// or the refusal with the --periode to give.
struct PlanPeriodCase: CustomTestStringConvertible, Sendable {
    let name: String
    let municipality: String
    let date: String
    var file: String?
    var vision: String?
    /// The case is a vision that runs out with no next one: the example without Haaglanden's next vision.
    var withoutHaaglandenNextVision = false
    var refusal: String?

    var testDescription: String { name }
}

private let planPeriodCases = [
    PlanPeriodCase(name: "in mei: van dit jaar tot het einde van de geldende regiovisie", municipality: "GM0777", date: "2026-05-12",
                   file: "west-brabant/etten-leur/beleidsplan-2026-2029.md", vision: "west-brabant/regiovisie-2026-2029"),
    PlanPeriodCase(name: "in mei, met een vastgesteld plan tot en met dit jaar: vanaf volgend jaar", municipality: "GM0758", date: "2026-05-12",
                   file: "west-brabant/breda/beleidsplan-2027-2029.md", vision: "west-brabant/regiovisie-2026-2029"),
    PlanPeriodCase(name: "vanaf oktober: vanaf volgend jaar", municipality: "GM0758", date: "2026-10-01",
                   file: "west-brabant/breda/beleidsplan-2027-2029.md", vision: "west-brabant/regiovisie-2026-2029"),
    PlanPeriodCase(name: "eind november, de regiovisie loopt volgend jaar af: een plan voor dat jaar", municipality: "GM1730", date: "2026-11-27",
                   file: "drenthe/tynaarlo/beleidsplan-2027.md", vision: "drenthe/regiovisie-2024-2027"),
    PlanPeriodCase(name: "in juni, de regiovisie loopt volgend jaar af: dit jaar en volgend jaar", municipality: "tynaarlo", date: "2026-06-01",
                   file: "drenthe/tynaarlo/beleidsplan-2026-2027.md", vision: "drenthe/regiovisie-2024-2027"),
    PlanPeriodCase(name: "de regiovisie van dit jaar is vervallen en de volgende begint volgend jaar: de --periode van de volgende", municipality: "etten-leur", date: "2025-04-01",
                   refusal: "regio: regio West-Brabant heeft op 2025-04-01 geen geldende regiovisie en geen regiovisie voor 2025; de volgende (west-brabant/regiovisie-2026-2029) begint in 2026. Geef `--periode 2026-2029` voor een plan onder die regiovisie"),
    PlanPeriodCase(name: "de geldende regiovisie loopt dit jaar af en er is geen volgende: geen plan van een maand, maar de --periode om te geven",
                   municipality: "delft", date: "2026-11-27", withoutHaaglandenNextVision: true,
                   refusal: "regio: een nieuw plan begint standaard in 2027, omdat de geldende regiovisie (haaglanden/regiovisie-2023-2026) dit jaar afloopt, maar regio Haaglanden heeft nog geen regiovisie voor 2027. Geef `--periode 2026` voor een plan onder de geldende regiovisie, of maak eerst de volgende met `regio new regiovisie --regio haaglanden --periode 2027-2030` en daarna het plan met `--periode 2027-2030`"),
    PlanPeriodCase(name: "ook in maart begint het plan na een regiovisie die dit jaar afloopt", municipality: "delft", date: "2026-03-02",
                   withoutHaaglandenNextVision: true,
                   refusal: "regio: een nieuw plan begint standaard in 2027, omdat de geldende regiovisie (haaglanden/regiovisie-2023-2026) dit jaar afloopt"),
    PlanPeriodCase(name: "de geldende regiovisie loopt dit jaar af en de volgende is al vastgesteld: een plan onder de volgende", municipality: "delft",
                   date: "2026-11-27", file: "haaglanden/delft/beleidsplan-2027-2030.md", vision: "haaglanden/regiovisie-2027-2030"),
    PlanPeriodCase(name: "de gemeente heeft een vastgesteld plan tot en met 2028 en de regio nog geen regiovisie voor 2029: de regiovisie die aansluit",
                   municipality: "assen", date: "2026-05-12",
                   refusal: "regio: Assen heeft een vastgesteld beleidsplan tot en met 2028 (`drenthe/assen/beleidsplan-2025-2028`), dus een nieuw plan begint in 2029, maar regio Drenthe heeft nog geen regiovisie voor 2029. Maak die eerst met `regio new regiovisie --regio drenthe --periode 2028-2031` en daarna het plan, of geef met --periode zelf een periode als dit plan het huidige vervangt"),
    PlanPeriodCase(name: "geen regiovisie, nu niet en niet voor dit jaar", municipality: "emmen", date: "2030-02-01",
                   refusal: "regio: regio Drenthe heeft op 2030-02-01 geen geldende regiovisie en geen regiovisie voor 2030; een beleidsplan verwijst naar de regiovisie van zijn periode. Maak die eerst met `regio new regiovisie --regio drenthe --periode 2030-2033`, of geef met --periode een periode die een bestaande regiovisie overlapt (de regiovisies die er zijn: 2024-2027)"),
]

@Suite("De standaardperiode van regio new beleidsplan", .serialized)
struct NewPlanPeriodTests {
    @Test(arguments: planPeriodCases)
    func defaultPeriod(_ testCase: PlanPeriodCase) throws {
        let content = try NewCommandTests.example(withoutHaaglandenNextVision: testCase.withoutHaaglandenNextVision)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try Self.files(content)
        let run = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", testCase.municipality, "--datum", testCase.date])
        if let refusal = testCase.refusal {
            #expect(run.status == 64 && run.errors.contains(refusal), "\(run.errors)")
            #expect(try Self.files(content) == before)
        } else {
            #expect(run.status == 0, "\(run.errors)")
            let file = try #require(testCase.file)
            #expect(try Self.files(content) == before.union([file]))
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("regiovisie: \(testCase.vision ?? "")\n"), "\(text)")
        }
    }

    @Test("de twee wegen die de weigering noemt, werken allebei")
    func refusalNamesWorkingCommands() throws {
        let content = try NewCommandTests.example(withoutHaaglandenNextVision: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let thisYear = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "delft", "--datum", "2026-11-27", "--periode", "2026"])
        #expect(thisYear.status == 0 && thisYear.output.contains("haaglanden/delft/beleidsplan-2026.md"), "\(thisYear.errors)")
        let vision = try regio(["new", "regiovisie", "--content", content.path, "--regio", "haaglanden", "--datum", "2026-11-27", "--periode", "2027-2030"])
        #expect(vision.status == 0, "\(vision.errors)")
        // Without --periode too: the new (concept) vision covers next year.
        let plan = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "delft", "--datum", "2026-11-27"])
        #expect(plan.status == 0, "\(plan.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("haaglanden/delft/beleidsplan-2027-2030.md"), encoding: .utf8)
        #expect(text.contains("regiovisie: haaglanden/regiovisie-2027-2030\n") && text.contains("periode: {van: 2027, tot: 2030}"), "\(text)")
    }

    @Test("een nieuw plan volgt op het vastgestelde plan van de gemeente; een gevraagde periode die het overlapt wordt geschreven, met wat er dan moet")
    func followsAdoptedPlan() throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let vision = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--datum", "2026-05-12", "--periode", "2028-2031"])
        #expect(vision.status == 0, "\(vision.errors)")
        let plan = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "assen", "--datum", "2026-05-12"])
        #expect(plan.status == 0, "\(plan.errors)")
        #expect(plan.errors.contains("regio: Assen heeft een vastgesteld beleidsplan voor 2025–2028 (`drenthe/assen/beleidsplan-2025-2028`); het nieuwe plan volgt erop en begint in 2029. Wilt u dat plan vervangen, geef dan zelf --periode"), "\(plan.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("drenthe/assen/beleidsplan-2029-2031.md"), encoding: .utf8)
        #expect(text.contains("regiovisie: drenthe/regiovisie-2028-2031\n") && text.contains("periode: {van: 2029, tot: 2031}"), "\(text)")
        // Asked to overlap: written, with what adopting it asks of the plan in force.
        let early = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "assen", "--datum", "2026-05-12", "--periode", "2026-2027"])
        #expect(early.status == 0, "\(early.errors)")
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("drenthe/assen/beleidsplan-2026-2027.md").path))
        #expect(early.errors.contains("regio: let op: Assen heeft al een vastgesteld beleidsplan voor 2025–2028 (`drenthe/assen/beleidsplan-2025-2028`); zet dat op `status: vervallen` als dit plan het vervangt, of kies een periode vanaf 2029"), "\(early.errors)")
        // An uitvoeringsplan works the plan in force out: no word of it.
        let working = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "assen", "--datum", "2026-05-12", "--soort", "uitvoeringsplan"])
        #expect(working.status == 0 && !working.errors.contains("vastgesteld beleidsplan"), "\(working.errors)")
    }

    @Test("de hulp legt de standaardperiode uit")
    func helpExplainsRule() throws {
        let run = try regio(["new", "beleidsplan", "--help"])
        let help = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Standaard vanaf dit jaar tot het einde van de regiovisie van dat jaar; vanaf volgend jaar als het oktober of later is, of als de geldende regiovisie dit jaar afloopt; na het einde van een vastgesteld beleidsplan van de gemeente dat dan nog loopt."), "\(run.output)")
    }

    /// The content's files, relative to it.
    static func files(_ content: URL) throws -> Set<String> {
        let paths = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? []
        return Set(paths.filter { $0.hasSuffix(".md") })
    }
}
