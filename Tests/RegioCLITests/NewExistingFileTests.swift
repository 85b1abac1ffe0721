import Foundation
import RegioTestSupport
import Testing

/// `regio new` where a file is already there: it never overwrites a document and never says to
/// delete one; it says what the file is and what to do. An empty file it fills.
@Suite("regio new bij een bestand dat er al is", .serialized)
struct NewExistingFileTests {
    @Test("een factsheetnaam die een andere gemeente al heeft: welke factsheet het is, en een vrije naam met de gemeente ervoor")
    func factsheetOfAnotherMunicipality() throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let delft = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "delft", "--naam", "meldingen-2025"])
        #expect(delft.status == 0, "\(delft.errors)")
        let file = content.appendingPathComponent("haaglanden/factsheets/meldingen-2025.md")
        let before = try Data(contentsOf: file)
        let denHaag = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "GM0518", "--naam", "meldingen-2025"])
        #expect(denHaag.status == 64)
        #expect(denHaag.errors == "regio: \(content.path)/haaglanden/factsheets/meldingen-2025.md bestaat al: de factsheet ‘Cijfers Delft 2025’ van Delft (concept). Regio overschrijft geen bestaand document; kies een vrije naam, zoals `--naam den-haag-meldingen-2025`\n", "\(denHaag.errors)")
        #expect(try Data(contentsOf: file) == before)
        // The name suggested is free, and works as given.
        let suggested = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "GM0518", "--naam", "den-haag-meldingen-2025"])
        #expect(suggested.status == 0, "\(suggested.errors)")
        // When that is taken too, the next free one.
        let third = try regio(["new", "factsheet", "--content", content.path, "--regio", "haaglanden", "--naam", "meldingen-2025"])
        #expect(third.errors.hasSuffix("kies een vrije naam, zoals `--naam haaglanden-meldingen-2025`\n"), "\(third.errors)")
        try Data("x".utf8).write(to: content.appendingPathComponent("haaglanden/factsheets/haaglanden-meldingen-2025.md"))
        let fourth = try regio(["new", "factsheet", "--content", content.path, "--regio", "haaglanden", "--naam", "meldingen-2025"])
        #expect(fourth.errors.hasSuffix("kies een vrije naam, zoals `--naam haaglanden-meldingen-2025-2`\n"), "\(fourth.errors)")
    }

    @Test("het eigen begonnen document: open het bestand en schrijf verder, nooit verwijderen")
    func ownDocument() throws {
        let content = try NewCommandTests.example(withoutHaaglandenNextVision: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let arguments = ["new", "regiovisie", "--content", content.path, "--regio", "haaglanden", "--periode", "2027-2030", "--datum", "2026-11-27"]
        #expect(try regio(arguments).status == 0)
        let again = try regio(arguments)
        #expect(again.status == 64)
        #expect(again.errors == "regio: \(content.path)/haaglanden/regiovisie-2027-2030.md bestaat al: de regiovisie ‘Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2027-2030’ (concept). Regio overschrijft geen bestaand document; open het bestand en schrijf verder\n", "\(again.errors)")
        let factsheet = ["new", "factsheet", "--content", content.path, "--gemeente", "emmen", "--naam", "meldingen-emmen"]
        #expect(try regio(factsheet).status == 0)
        let sameSheet = try regio(factsheet)
        #expect(sameSheet.status == 64)
        #expect(sameSheet.errors.hasSuffix("bestaat al: de factsheet ‘Cijfers Emmen 2025’ van Emmen (concept). Regio overschrijft geen bestaand document; open het bestand en schrijf verder, of kies met --naam een andere naam voor een nieuwe factsheet\n"), "\(sameSheet.errors)")
        for run in [again, sameSheet] { #expect(!run.errors.contains("verwijder")) }
    }

    @Test("een vastgestelde versie: bijwerken in het bestand, een nieuwe versie met een eigen periode")
    func adoptedDocument() throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let existing = content.appendingPathComponent("drenthe/regiovisie-2024-2027.md")
        let before = try Data(contentsOf: existing)
        let run = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2024-2027"])
        #expect(run.status == 64)
        #expect(run.errors.hasSuffix("(vastgesteld). Regio overschrijft geen bestaand document; open het bestand om het bij te werken; een nieuwe versie krijgt een eigen periode (--periode)\n"), "\(run.errors)")
        #expect(run.errors.contains("bestaat al: de regiovisie ‘"), "\(run.errors)")
        #expect(try Data(contentsOf: existing) == before)
    }

    @Test("een bestand met tekst die nog geen document is: niet overschreven, en check zegt waarom")
    func unreadableFile() throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let file = content.appendingPathComponent("haaglanden/factsheets/meldingen-2025.md")
        try Data("# Meldingen\n\nNog uit te zoeken.\n".utf8).write(to: file)
        let run = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "delft", "--naam", "meldingen-2025"])
        #expect(run.status == 64)
        #expect(run.errors == "regio: \(content.path)/haaglanden/factsheets/meldingen-2025.md bestaat al: het is nog geen document dat Regio kan lezen (`regio check` zegt waarom). Regio overschrijft geen bestaand document; open het bestand en schrijf verder, of kies met --naam een andere naam voor een nieuwe factsheet\n", "\(run.errors)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "# Meldingen\n\nNog uit te zoeken.\n")
    }

    @Test("een leeg bestand (of alleen witruimte) wordt gevuld, en new zegt het", arguments: ["", "  \n\n\t\n"])
    func emptyFileIsFilled(_ blank: String) throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let folder = content.appendingPathComponent("west-brabant/etten-leur")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("beleidsplan-2027-2029.md")
        try Data(blank.utf8).write(to: file)
        let run = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "etten-leur", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("geschreven: \(content.path)/west-brabant/etten-leur/beleidsplan-2027-2029.md (het bestand bestond al, maar was leeg; nu staat het document erin)\n"), "\(run.output)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("---\ntype: beleidsplan\n"))
    }

    @Test("--region doet bij regio new hetzelfde als --regio, zoals bij regio build")
    func regionAlias() throws {
        let content = try NewCommandTests.example(withoutHaaglandenNextVision: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "regiovisie", "--content", content.path, "--region", "haaglanden", "--periode", "2027-2030", "--datum", "2026-11-27"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("geschreven: \(content.path)/haaglanden/regiovisie-2027-2030.md"), "\(run.output)")
    }

    @Test("een periode met de jaren omgedraaid: zegt waarom, en de goede volgorde", arguments: [
        (["regiovisie", "--regio", "haaglanden"], "2027-2026", "2026-2027"),
        (["regiovisie", "--regio", "drenthe"], "2031-2028", "2028-2031"),
        (["beleidsplan", "--gemeente", "emmen"], "2030–2027", "2027-2030"),
    ])
    func reversedPeriod(_ command: [String], _ period: String, _ fixed: String) throws {
        let run = try regio(["new"] + command + ["--periode", period])
        #expect(run.status == 64)
        #expect(run.errors == "regio: --periode `\(period)` heeft de jaren in de verkeerde volgorde: het laatste jaar staat vóór het eerste; schrijf `--periode \(fixed)`\n", "\(run.errors)")
    }
}
