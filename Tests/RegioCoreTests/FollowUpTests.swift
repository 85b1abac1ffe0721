import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// One mistake in one file and the one finding it gives. Another file that depends on the broken one
/// gets nothing: the broken file's own error is the one to fix (`RuleContext.incompleteFiles`).
struct FollowUpCase: CustomTestStringConvertible, Sendable {
    let name: String
    let content: any ContentFileSystem
    /// The same content with the mistake put right: no finding at all, so what depends on the
    /// broken file is really there and would be judged.
    let repaired: any ContentFileSystem
    let code: DiagnosticCode
    let file: String
    let line: Int
    let column: Int
    let message: String

    var testDescription: String { name }
}

/// A file system that lists `path` but cannot read it, as a file without read permission.
private struct UnreadableFile: ContentFileSystem {
    let base: InMemoryFileSystem
    let path: String

    func allFiles() throws -> [String] { try base.allFiles() }
    func size(of path: String) throws -> Int { try base.size(of: path) }
    func read(_ path: String) throws -> Data {
        guard path != self.path else { throw CocoaError(.fileReadNoPermission) }
        return try base.read(path)
    }
}

/// `fixture` with `files` as bytes, for files that are not UTF-8.
private func bytes(_ fixture: SiteFixture, _ files: [String: Data]) -> InMemoryFileSystem {
    InMemoryFileSystem(files: fixture.fileSystem.files.merging(files) { _, new in new })
}

/// A regional factsheet whose figure `aandeel` has the value `value`; the vision quotes it.
private func quotedFactsheet(_ value: String) -> SiteFixture {
    SiteFixture.valid.with(SiteFixture.vision(body: "Het aandeel was [](cijfer:haaglanden/factsheets/delft#aandeel).")).with("""
    === haaglanden/factsheets/delft.md
    ---
    type: factsheet
    titel: Delft
    status: concept
    schaal: regio
    bron: {naam: CBS}
    cijfers:
      - id: aandeel
        label: Aandeel
        waarde: \(value)
        jaar: 2023
    ---
    Tekst.
    """)
}

/// The national factsheet with its figures also in `cijfers.csv`; its text quotes `meldingen` from there.
private let factsheetWithCSV = SiteFixture.valid.with("=== factsheets/landelijk.md\n" + (SiteFixture.valid.files["factsheets/landelijk.md"] ?? "")
    .replacingOccurrences(of: "cijfers:\n", with: "cijferbestand: cijfers.csv\ncijfers:\n")
    .replacingOccurrences(of: "Landelijke cijfers.", with: "Er waren [](cijfer:factsheets/landelijk#meldingen)."))

private func figureFile(_ row: String) -> Data {
    Data("id;label;waarde;eenheid;jaar\n\(row)\n".utf8)
}

/// The region file of the valid fixture with `gemeenten` written as `gemeenten`; a regional
/// factsheet names one of the municipalities, and the plan in Delft needs Delft to be one.
private func region(_ gemeenten: String) -> SiteFixture {
    SiteFixture.valid.with("""
    === haaglanden/regio.yaml
    naam: Haaglanden
    centrumgemeenten: [GM0518]
    \(gemeenten)
    === haaglanden/factsheets/den-haag.md
    ---
    type: factsheet
    titel: Den Haag
    status: concept
    schaal: regio
    gemeente: GM0518
    bron: {naam: CBS}
    cijfers:
      - {label: Meldingen, waarde: 10, jaar: 2023, gemeente: GM0518}
    ---
    """)
}

private let members = "gemeenten:\n  - {code: GM0518, naam: \"'s-Gravenhage\", slug: den-haag}\n  - {code: GM0503, naam: Delft}"

/// The valid fixture with an older vision beside the current one, whose status is `status`.
private func twoVisions(status: String) -> SiteFixture {
    SiteFixture.valid.with(SiteFixture.vision("vorige: haaglanden/regiovisie-2019-2022", status: status, body: "Tekst.")).with("""
    === haaglanden/regiovisie-2019-2022.md
    ---
    type: regiovisie
    titel: Regiovisie 2019-2022
    status: vervallen
    vastgesteld_op: 2019-03-01
    periode: {van: 2019, tot: 2022}
    ---
    Tekst.
    """)
}

private let indicators = (try? IndicatorTests.site()) ?? SiteFixture.valid

/// The checklist fixture with its vision on theme `partnergeweld`, and a plan without a summary that
/// waives `plan-samenvatting`; `kaders` replaces `old` by `new` in kaders.yaml.
private func checklist(replacing old: String = "", with new: String = "") -> SiteFixture {
    let site = (try? SiteFixture.withChecklist()) ?? SiteFixture.valid
    let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
        .replacingOccurrences(of: "status: concept", with: "status: concept\nuitzonderingen: {plan-samenvatting: Volgt bij de begroting.}")
    return site.with(SiteFixture.vision("themas: [partnergeweld]", body: SiteFixture.visionSections))
        .with("=== haaglanden/delft/plan-2024.md\n" + plan)
        .with("=== kaders.yaml\n" + (site.files["kaders.yaml"] ?? "").replacingOccurrences(of: old, with: new))
}

let followUpCases: [FollowUpCase] = [
    FollowUpCase(name: "een factsheet met een komma in een getal: de tekst die het cijfer citeert, krijgt niets",
                 content: quotedFactsheet("28,5").fileSystem, repaired: quotedFactsheet("28.5").fileSystem,
                 code: .wrongType, file: "haaglanden/factsheets/delft.md", line: 10, column: 13,
                 message: "`waarde` moet een getal (met een punt als decimaalteken) zijn, maar is `28,5`"),
    FollowUpCase(name: "een cijferbestand in Windows-1252: de factsheet die eruit citeert, krijgt niets",
                 content: bytes(factsheetWithCSV, ["factsheets/cijfers.csv": Data("id;label;waarde;eenheid;jaar\nmeldingen;Meldingen r".utf8) + Data([0xE9])
                     + Data(";1.234;meldingen;2023\n".utf8)]),
                 repaired: bytes(factsheetWithCSV, ["factsheets/cijfers.csv": figureFile("meldingen;Meldingen ré;1.234;meldingen;2023")]),
                 code: .notUTF8, file: "factsheets/cijfers.csv", line: 2, column: 22, message: "het bestand is geen geldige UTF-8-tekst"),
    FollowUpCase(name: "een fout getal in het cijferbestand: het citaat van dat cijfer krijgt niets",
                 content: bytes(factsheetWithCSV, ["factsheets/cijfers.csv": figureFile("meldingen;Meldingen;1.2x4;meldingen;2022")]),
                 repaired: bytes(factsheetWithCSV, ["factsheets/cijfers.csv": figureFile("meldingen;Meldingen;1.234;meldingen;2022")]),
                 code: .invalidValue, file: "factsheets/cijfers.csv", line: 2, column: 1, message: "`1.2x4` in kolom `waarde` is geen getal"),
    FollowUpCase(name: "een cijferbestand dat er niet is: het citaat krijgt niets",
                 content: factsheetWithCSV.fileSystem,
                 repaired: bytes(factsheetWithCSV, ["factsheets/cijfers.csv": figureFile("meldingen;Meldingen;1.234;meldingen;2022")]),
                 code: .brokenLink, file: "factsheets/landelijk.md", line: 8, column: 16,
                 message: "het cijferbestand `cijfers.csv` bestaat niet naast de factsheet"),
    FollowUpCase(name: "een site.yaml die niet te lezen is, ontbreekt niet",
                 content: UnreadableFile(base: SiteFixture.valid.fileSystem, path: "site.yaml"), repaired: SiteFixture.valid.fileSystem,
                 code: .unreadableFile, file: "site.yaml", line: 1, column: 1, message: "het bestand kan niet worden gelezen"),
    FollowUpCase(name: "een site.yaml die geen UTF-8 is, ontbreekt niet",
                 content: bytes(.valid, ["site.yaml": Data("titel: Caf".utf8) + Data([0xE9])]), repaired: SiteFixture.valid.fileSystem,
                 code: .notUTF8, file: "site.yaml", line: 1, column: 11, message: "het bestand is geen geldige UTF-8-tekst"),
    FollowUpCase(name: "gemeenten als tekst in plaats van een lijst: geen meldingen over gemeenten elders",
                 content: region("gemeenten: GM0518, GM0503").fileSystem, repaired: region(members).fileSystem,
                 code: .wrongType, file: "haaglanden/regio.yaml", line: 3, column: 12, message: "`gemeenten` moet een lijst zijn, maar is `GM0518, GM0503`"),
    FollowUpCase(name: "een gemeente die niet te lezen is: geen meldingen over gemeenten elders",
                 content: region(members.replacingOccurrences(of: "{code: GM0503, naam: Delft}", with: "{code: GM0503, naam: [Delft]}")).fileSystem,
                 repaired: region(members).fileSystem,
                 code: .wrongType, file: "haaglanden/regio.yaml", line: 5, column: 26, message: "`naam` moet tekst zijn"),
    FollowUpCase(name: "een regio.yaml met een YAML-fout ontbreekt niet",
                 content: region(members + "\nomschrijving: [Haaglanden").fileSystem, repaired: region(members).fileSystem,
                 // At the end of the line whose `[` is not closed, not at the line where YAML noticed it.
                 code: .yamlSyntax, file: "haaglanden/regio.yaml", line: 6, column: 26, message: "ongeldige YAML: de lijst tussen blokhaken op regel 6 wordt niet gesloten"),
    FollowUpCase(name: "een regiovisie die niet te lezen is: de regio heeft niet ineens geen geldende regiovisie",
                 content: twoVisions(status: "vastgestel").fileSystem, repaired: twoVisions(status: "vastgesteld").fileSystem,
                 code: .invalidValue, file: "haaglanden/regiovisie-2023-2026.md", line: 4, column: 9,
                 message: "`vastgestel` is geen geldige waarde voor `status`"),
    FollowUpCase(name: "een indicatoren.yaml met een YAML-fout: de plannen die scoren krijgen niets",
                 content: indicators.with("=== indicatoren.yaml\n" + (indicators.files["indicatoren.yaml"] ?? "") + "\t\n").fileSystem,
                 repaired: indicators.fileSystem,
                 code: .yamlSyntax, file: "indicatoren.yaml", line: 13, column: 1, message: "tab"),
    FollowUpCase(name: "een thema in kaders.yaml dat niet te lezen is: de regiovisie met dat thema krijgt niets",
                 content: checklist(replacing: "naam: Partnergeweld", with: "naam: [Partnergeweld]").fileSystem, repaired: checklist().fileSystem,
                 code: .wrongType, file: "kaders.yaml", line: 4, column: 31, message: "`naam` moet tekst zijn"),
    FollowUpCase(name: "een eis in kaders.yaml die niet te lezen is: het plan dat haar uitzondert krijgt niets",
                 content: checklist(replacing: "ernst: waarschuwing\n    bewijs:\n      veld", with: "ernst: zwaar\n    bewijs:\n      veld").fileSystem,
                 repaired: checklist().fileSystem,
                 code: .invalidValue, file: "kaders.yaml", line: 49, column: 12, message: "`zwaar`"),
]

@Suite("Vervolgfouten: één fout geeft één melding")
struct FollowUpTests {
    @Test(arguments: followUpCases)
    func onlyTheMistakeItself(_ testCase: FollowUpCase) async throws {
        let repaired = await build(content: testCase.repaired)
        #expect(repaired.diagnostics.isEmpty, "hersteld: \(repaired.diagnostics.map { "\($0.location): \($0.message)" })")
        let result = await build(content: testCase.content)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == testCase.code)
        #expect(diagnostic.location == SourceLocation(file: testCase.file, line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.contains(testCase.message), "melding was: \(diagnostic.message)")
    }
}

@Suite("Een fout in de front matter verbergt de tekst niet")
struct UndecodedBodyTests {
    @Test("onbekende sleutel en een kapotte link in hetzelfde document: beide in één run, op hun regel")
    func bodyOfUndecodedDocument() async throws {
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "titel: Plan Delft 2024", with: "title: Plan Delft 2024")
        let result = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan
            + "\nZie [het oude plan](plan-2020.md) en ~~het oude~~ nieuwe.\n"))
        #expect(result.diagnostics.map(\.code) == [.unknownKey, .strikethrough, .brokenLink], "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
        let link = try #require(result.diagnostics.first { $0.code == .brokenLink })
        #expect(link.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 13, column: 5))
        #expect(link.message == "de link `plan-2020.md` wijst naar `haaglanden/delft/plan-2020.md`, dat niet bestaat")
        // What depends on the front matter (the vision's link to this plan's heading) says nothing.
        #expect(!result.diagnostics.contains { $0.code == .brokenAnchor })
    }

    @Test("een front matter die niet sluit: de tekst is niet te vinden, dus alleen die fout")
    func unclosedFrontMatter() async {
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            .replacingOccurrences(of: "periode: {van: 2024, tot: 2025}\n---", with: "periode: {van: 2024, tot: 2025}\n")
        let result = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan + "\nZie [weg](weg.md).\n"))
        #expect(result.diagnostics.map(\.code) == [.unclosedFrontMatter], "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
    }
}

@Suite("Een link naar een bestand met een eigen melding")
struct LinkToRefusedFileTests {
    @Test("een link naar een symbolische link: alleen de melding over de symbolische link, geen tweede dat het bestand niet bestaat")
    func linkToSymbolicLink() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("regio-link-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteFixture.valid.with(SiteFixture.vision(body: "Zie [de bijlage](bijlage.pdf).")).write(to: root.appendingPathComponent("content"))
        try Data("%PDF".utf8).write(to: root.appendingPathComponent("elders.pdf"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/haaglanden/bijlage.pdf"),
                                                   withDestinationURL: root.appendingPathComponent("elders.pdf"))
        let result = await build(content: DiskFileSystem(root: root.appendingPathComponent("content")))
        #expect(result.diagnostics.map(\.code) == [.symbolicLink], "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
    }
}
