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
    var refusal: String?

    var testDescription: String { name }
}

private let planPeriodCases = [
    PlanPeriodCase(name: "in mei: van dit jaar tot het einde van de geldende regiovisie", municipality: "GM0758", date: "2026-05-12",
                   file: "west-brabant/breda/beleidsplan-2026-2029.md", vision: "west-brabant/regiovisie-2026-2029"),
    PlanPeriodCase(name: "vanaf oktober: vanaf volgend jaar", municipality: "GM0758", date: "2026-10-01",
                   file: "west-brabant/breda/beleidsplan-2027-2029.md", vision: "west-brabant/regiovisie-2026-2029"),
    PlanPeriodCase(name: "eind november, de regiovisie loopt volgend jaar af: een plan voor dat jaar", municipality: "GM1730", date: "2026-11-27",
                   file: "drenthe/tynaarlo/beleidsplan-2027.md", vision: "drenthe/regiovisie-2024-2027"),
    PlanPeriodCase(name: "in juni, de regiovisie loopt volgend jaar af: dit jaar en volgend jaar", municipality: "tynaarlo", date: "2026-06-01",
                   file: "drenthe/tynaarlo/beleidsplan-2026-2027.md", vision: "drenthe/regiovisie-2024-2027"),
    PlanPeriodCase(name: "de regiovisie van dit jaar is vervallen en de volgende begint volgend jaar: de --periode van de volgende", municipality: "breda", date: "2025-04-01",
                   refusal: "regio: regio West-Brabant heeft op 2025-04-01 geen geldende regiovisie en geen regiovisie voor 2025; de volgende (west-brabant/regiovisie-2026-2029) begint in 2026. Geef `--periode 2026-2029` voor een plan onder die regiovisie"),
    PlanPeriodCase(name: "de geldende regiovisie loopt dit jaar af en er is geen volgende: geen plan van een maand, maar de --periode om te geven",
                   municipality: "den-haag", date: "2026-11-27",
                   refusal: "regio: een nieuw plan begint standaard in 2027, omdat de geldende regiovisie (haaglanden/regiovisie-2023-2026) dit jaar afloopt, maar regio Haaglanden heeft nog geen regiovisie voor 2027. Geef `--periode 2026` voor een plan onder de geldende regiovisie, of maak eerst de volgende met `regio new regiovisie --regio haaglanden --periode 2027-2030` en daarna het plan met `--periode 2027-2030`"),
    PlanPeriodCase(name: "ook in maart begint het plan na een regiovisie die dit jaar afloopt", municipality: "delft", date: "2026-03-02",
                   refusal: "regio: een nieuw plan begint standaard in 2027, omdat de geldende regiovisie (haaglanden/regiovisie-2023-2026) dit jaar afloopt"),
    PlanPeriodCase(name: "geen regiovisie, nu niet en niet voor dit jaar", municipality: "emmen", date: "2030-02-01",
                   refusal: "regio: regio Drenthe heeft op 2030-02-01 geen geldende regiovisie en geen regiovisie voor 2030; een beleidsplan verwijst naar de regiovisie van zijn periode. Maak die eerst met `regio new regiovisie --regio drenthe --periode 2030-2033`, of geef met --periode een periode die een bestaande regiovisie overlapt (de regiovisies die er zijn: 2024-2027)"),
]

@Suite("De standaardperiode van regio new beleidsplan", .serialized)
struct NewPlanPeriodTests {
    @Test(arguments: planPeriodCases)
    func defaultPeriod(_ testCase: PlanPeriodCase) throws {
        let content = try NewCommandTests.example()
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
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let thisYear = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "den-haag", "--datum", "2026-11-27", "--periode", "2026"])
        #expect(thisYear.status == 0 && thisYear.output.contains("haaglanden/den-haag/beleidsplan-2026.md"), "\(thisYear.errors)")
        let vision = try regio(["new", "regiovisie", "--content", content.path, "--regio", "haaglanden", "--datum", "2026-11-27", "--periode", "2027-2030"])
        #expect(vision.status == 0, "\(vision.errors)")
        // Without --periode too: the new (concept) vision covers next year.
        let plan = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "den-haag", "--datum", "2026-11-27"])
        #expect(plan.status == 0, "\(plan.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("haaglanden/den-haag/beleidsplan-2027-2030.md"), encoding: .utf8)
        #expect(text.contains("regiovisie: haaglanden/regiovisie-2027-2030\n") && text.contains("periode: {van: 2027, tot: 2030}"), "\(text)")
    }

    @Test("de hulp legt de standaardperiode uit")
    func helpExplainsRule() throws {
        let run = try regio(["new", "beleidsplan", "--help"])
        let help = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Standaard vanaf dit jaar tot het einde van de regiovisie van dat jaar; vanaf volgend jaar als het oktober of later is, of als de geldende regiovisie dit jaar afloopt."), "\(run.output)")
    }

    /// The content's files, relative to it.
    static func files(_ content: URL) throws -> Set<String> {
        let paths = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? []
        return Set(paths.filter { $0.hasSuffix(".md") })
    }
}
