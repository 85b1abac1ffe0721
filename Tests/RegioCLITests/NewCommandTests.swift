import Foundation
import RegioTestSupport
import Testing

/// `regio new` on a copy of the bundled example: complete front matter, the checklist's sections with
/// hints, and `regio check` afterwards naming only what is still to be written.
@Suite("De opdracht regio new", .serialized)
struct NewCommandTests {
    /// A copy of the example content in a fresh folder; see `copyExample` for the copy without
    /// Haaglanden's next vision.
    static func example(withoutHaaglandenNextVision: Bool = false) throws -> URL {
        try copyExample(into: try temporaryFolder(), withoutHaaglandenNextVision: withoutHaaglandenNextVision)
    }

    /// The findings `regio check` gives: file (relative to the content), code and message.
    static func findings(_ content: URL) throws -> [(file: String, code: String, message: String)] {
        let run = try regio(["check", "--content", content.path, "--datum", "2026-11-25", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        return items.map { (($0["bestand"] as? String ?? "").replacingOccurrences(of: content.path + "/", with: ""), $0["code"] as? String ?? "",
                            $0["melding"] as? String ?? "") }
    }

    /// The ids of kaders.yaml's frameworks and themes, each in a comment above `kaders: []` and
    /// `themas: []`, in lines of at most 100 characters: an author needs not wait for an error to learn them.
    static func expectListedIDs(_ text: String, content: URL) throws {
        let checklist = try String(contentsOf: content.appendingPathComponent("kaders.yaml"), encoding: .utf8)
        let section = { (key: String, next: String) in
            checklist.components(separatedBy: "\n\(key):\n").last?.components(separatedBy: "\n\(next):\n").first ?? ""
        }
        let ids = { (block: String) in block.matches(of: #/\n  - \{?id: ([a-z0-9-]+)/#).map { String($0.output.1) } }
        let frameworks = ids("\n" + section("kaders", "eisen")), topics = ids("\n" + section("themas", "kaders"))
        #expect(frameworks.count > 10 && topics.count > 10, "\(frameworks) \(topics)")
        let comments = { (key: String) in
            text.components(separatedBy: "\n\(key): []\n").first?.components(separatedBy: "\n").reversed().prefix { $0.hasPrefix("#") }.reversed() ?? []
        }
        let listed = { (lines: [String]) in lines.dropFirst().joined(separator: " ").split(whereSeparator: { " ,#".contains($0) }).map(String.init) }
        #expect(comments("kaders").first == "# kaders: de wetten en afspraken waarop dit document steunt, zoals [\(frameworks[0]), \(frameworks[1])]. Kies uit:", "\(text)")
        // Geweld hoort nergens thuis lapsed in 2022: a new document cannot build on it.
        #expect(listed(Array(comments("kaders"))) == frameworks.filter { $0 != "ghnt" }, "\(text)")
        #expect(comments("themas").first == "# themas: de thema's van dit document, zoals [\(topics[0]), \(topics[1])]. Kies uit:", "\(text)")
        #expect(listed(Array(comments("themas"))) == topics, "\(text)")
        #expect(text.contains("\n# trefwoorden: vrije woorden waarop lezers zoeken, zoals [Veilig Thuis, huisverbod]\ntrefwoorden: []\n"), "\(text)")
        #expect((comments("kaders") + comments("themas")).allSatisfy { $0.count <= 100 }, "\(text)")
    }

    @Test("de hulp van regio new zegt dat --theme niet wordt gebruikt, en --datum waarvoor de datum telt", arguments: ["regiovisie", "beleidsplan", "factsheet"])
    func help(_ kind: String) throws {
        let run = try regio(["new", kind, "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("--theme") && run.output.contains("Wordt niet gebruikt: regio new schrijft alleen een"), "\(run.output)")
        #expect(!run.output.contains("build die morgen"), "\(run.output)")
        #expect(run.output.contains("welke regiovisie dan geldt"))
    }

    @Test("regio new met --theme (of --thema), zoals een gekopieerde serve-opdracht: het document wordt geschreven", arguments: ["--theme", "--thema"])
    func acceptsTheme(_ option: String) throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "beleidsplan", "--gemeente", "GM0109", "--content", content.path, option, RepositoryPaths.defaultTheme.path, "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("geschreven: \(content.path)/"), "\(run.output)")
    }

    @Test("een regiovisie: front matter compleet, vorige ingevuld, en check noemt alleen de samenvatting, hoofdstukken en kaders die nog ontbreken")
    func vision() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2028-2031", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("geschreven: \(content.path)/drenthe/regiovisie-2028-2031.md"))
        // A concept on the built branch is public: said at once, with a branch to write it on.
        #expect(run.output.contains("\nlet op: een concept staat op de site (met het label ‘concept’) zodra het op de tak staat waarvan de site wordt gebouwd; schrijf het op een eigen tak (`git switch -c drenthe-regiovisie-2028-2031`) tot het klaar is\n"), "\(run.output)")
        let text = try String(contentsOf: content.appendingPathComponent("drenthe/regiovisie-2028-2031.md"), encoding: .utf8)
        #expect(text.contains("vorige: drenthe/regiovisie-2024-2027\n") && text.contains("status: concept\n"))
        try Self.expectListedIDs(text, content: content)
        #expect(text.contains("## Veilig Thuis\n\n<!-- Schrijf hier: Organisatie van Veilig Thuis (advies- en meldpunt) (Wet maatschappelijke ondersteuning 2015, art. 4.1.1)."))
        let findings = try Self.findings(content)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.file == "drenthe/regiovisie-2028-2031.md" }, "\(findings)")
        // A version after that one follows it, not the version in force today.
        let next = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2032-2035", "--datum", "2026-11-25"])
        #expect(next.status == 0, "\(next.errors)")
        let nextText = try String(contentsOf: content.appendingPathComponent("drenthe/regiovisie-2032-2035.md"), encoding: .utf8)
        #expect(nextText.contains("vorige: drenthe/regiovisie-2028-2031\n"), "\(nextText)")
        try FileManager.default.removeItem(at: content.appendingPathComponent("drenthe/regiovisie-2032-2035.md"))
        // Requirements of kaders.yaml, and the summary still to be written: the front matter itself is sound.
        let checklist = try String(contentsOf: content.appendingPathComponent("kaders.yaml"), encoding: .utf8)
        #expect(findings.filter { $0.code == "voorbeeldtekst" }.count == 1, "\(findings)")
        #expect(findings.allSatisfy { checklist.contains("id: \($0.code)") || $0.code == "voorbeeldtekst" }, "\(findings)")
        #expect(findings.contains { $0.code == "wmo-veilig-thuis" })
    }

    @Test("een beleidsplan hangt onder de regiovisie van zijn eerste jaar en loopt tot haar einde")
    func plan() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // Etten-Leur has no plan yet (Breda's adopted plan would move the start past its end).
        let run = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "GM0777", "--datum", "2026-05-12"])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("west-brabant/etten-leur/beleidsplan-2026-2029.md"), encoding: .utf8)
        #expect(text.contains("gemeente: GM0777\n") && text.contains("regiovisie: west-brabant/regiovisie-2026-2029\n") && text.contains("periode: {van: 2026, tot: 2029}"))
        try Self.expectListedIDs(text, content: content)
        let findings = try Self.findings(content)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.file == "west-brabant/etten-leur/beleidsplan-2026-2029.md" }, "\(findings)")
        // Earlier in the vision's period the plan runs to its end.
        let early = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "GM0503", "--datum", "2024-02-01"])
        #expect(early.status == 0, "\(early.errors)")
        let earlyText = try String(contentsOf: content.appendingPathComponent("haaglanden/delft/beleidsplan-2024-2026.md"), encoding: .utf8)
        #expect(earlyText.contains("periode: {van: 2024, tot: 2026}"))
    }

    @Test("een beleidsplan noemt elke indicator van indicatoren.yaml met de voorbeeldstatus, en check noemt elke indicator die nog gescoord moet worden")
    func planListsIndicators() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "etten-leur", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        let path = "west-brabant/etten-leur/beleidsplan-2027-2029.md"
        let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
        let set = try String(contentsOf: content.appendingPathComponent("indicatoren.yaml"), encoding: .utf8)
        let ids = set.matches(of: #/\n  - id: ([a-z-]+)\n/#).map { String($0.output.1) }
        #expect(ids.count == 7)
        let listed = text.matches(of: #/\n  ([a-z-]+): nog-beoordelen\n/#).map { String($0.output.1) }
        #expect(listed == ids, "\(text)")
        #expect(text.contains("# Vervang bij elke indicator nog-beoordelen door op-orde, in-ontwikkeling of ontbreekt,\n"), "\(text)")
        let findings = try Self.findings(content).filter { $0.code == "voorbeeldtekst" }
        #expect(findings.map(\.message) == ["`samenvatting` is nog de voorbeeldtekst van `regio new`: zo komt die op de pagina en in de zoekresultaten"]
            + ids.map { "indicator `\($0)` is nog niet beoordeeld: `nog-beoordelen` is de voorbeeldstatus van `regio new`" }, "\(findings)")
        #expect(findings.allSatisfy { $0.file == path })
    }

    @Test("titel en samenvatting noemen de gemeente zoals de site haar noemt: de roepnaam Den Haag, niet 's-Gravenhage")
    func commonName() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let plan = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "den-haag", "--periode", "2025-2026", "--datum", "2026-11-25"])
        #expect(plan.status == 0, "\(plan.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("haaglanden/den-haag/beleidsplan-2025-2026.md"), encoding: .utf8)
        #expect(text.contains("titel: \"Beleidsplan aanpak huiselijk geweld en kindermishandeling Den Haag 2025-2026\"\n"), "\(text)")
        #expect(text.contains("samenvatting: \"Schrijf in één of twee zinnen wat Den Haag in deze periode doet.\"\n"), "\(text)")
        #expect(!text.contains("'s-Gravenhage"), "\(text)")
        let factsheet = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "GM0518", "--naam", "meldingen", "--datum", "2026-11-25"])
        #expect(factsheet.status == 0, "\(factsheet.errors)")
        let facts = try String(contentsOf: content.appendingPathComponent("haaglanden/factsheets/meldingen.md"), encoding: .utf8)
        #expect(facts.contains("titel: \"Cijfers Den Haag 2025\"\n"), "\(facts)")
        let typo = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "den-hag"])
        #expect(typo.status == 64 && typo.errors.contains("bedoelde u `den-haag` (Den Haag, GM0518)?"), "\(typo.errors)")
    }

    @Test("een factsheet met een jaartal in de naam: dat jaar in titel, peiljaar en voorbeeldregel; zonder jaartal vorig jaar", arguments: [
        ("veilig-thuis-etten-leur-2024", 2024), ("meldingen-2022-2023", 2023), ("meldingen", 2025), ("top-1000", 2025),
    ])
    func factsheetYearFromName(_ name: String, _ year: Int) throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "etten-leur", "--naam", name, "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("west-brabant/factsheets/\(name).md"), encoding: .utf8)
        #expect(text.contains("titel: \"Cijfers Etten-Leur \(year)\"\n"), "\(text)")
        #expect(text.contains("peiljaar: \(year)\n"), "\(text)")
        #expect(text.contains("- {id: meldingen-\(year), label: Meldingen bij Veilig Thuis, waarde: 1234, eenheid: meldingen, jaar: \(year)}"), "\(text)")
    }

    @Test("een CBS-code met een tikfout: de codes die bedoeld kunnen zijn, de dichtstbijzijnde in getal, met de naam", arguments: [
        (["beleidsplan"], "GM0778", "bedoelde u `GM0777` (Etten-Leur) of `GM0779` (Geertruidenberg)?"),
        (["factsheet", "--naam", "meldingen"], "GM0778", "bedoelde u `GM0777` (Etten-Leur) of `GM0779` (Geertruidenberg)?"),
        (["beleidsplan"], "gm0519", "bedoelde u `GM0518` (Den Haag)?"),
        (["beleidsplan"], "GM7077", "bedoelde u `GM0777` (Etten-Leur)?"),
        (["beleidsplan"], "GM9999", "gebruik de CBS-code of de mapnaam uit regio.yaml, zoals GM0518 of den-haag"),
    ])
    func mistypedCode(_ command: [String], _ code: String, _ hint: String) throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new"] + command + ["--content", content.path, "--gemeente", code])
        #expect(run.status == 64)
        #expect(run.errors == "regio: geen regio heeft de gemeente `\(code)`; \(hint)\n", "\(run.errors)")
    }

    @Test("een regio zoals mensen haar noemen: Drenthe en West-Brabant zijn drenthe en west-brabant, zoals bij regio build --region")
    func regionAsNamed() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let vision = try regio(["new", "regiovisie", "--content", content.path, "--regio", "Drenthe", "--periode", "2028-2031", "--datum", "2026-11-25"])
        #expect(vision.status == 0, "\(vision.errors)")
        #expect(vision.output.contains("geschreven: \(content.path)/drenthe/regiovisie-2028-2031.md"), "\(vision.output)")
        let factsheet = try regio(["new", "factsheet", "--content", content.path, "--regio", "West-Brabant", "--naam", "meldingen"])
        #expect(factsheet.status == 0, "\(factsheet.errors)")
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("west-brabant/factsheets/meldingen.md").path))
        let both = try regio(["new", "factsheet", "--content", content.path, "--regio", "Drenthe", "--gemeente", "emmen", "--naam", "meldingen"])
        #expect(both.status == 0, "\(both.errors)")
        let typo = try regio(["new", "factsheet", "--content", content.path, "--regio", "Drente", "--naam", "x"])
        #expect(typo.status == 64 && typo.errors.contains("de regio `Drente` bestaat niet; bedoelde u `drenthe`?"), "\(typo.errors)")
        let other = try regio(["new", "factsheet", "--content", content.path, "--regio", "Haaglanden", "--gemeente", "emmen", "--naam", "y"])
        #expect(other.status == 64 && other.errors.contains("de gemeente Emmen hoort bij de regio drenthe, niet bij Haaglanden"), "\(other.errors)")
    }

    @Test("een uitvoeringsplan van één jaar: --soort en --periode 2026 geven uitvoeringsplan-2026.md; een onbekende soort wordt geweigerd")
    func implementationPlan() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "delft", "--soort", "uitvoeringsplan", "--periode", "2026", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("haaglanden/delft/uitvoeringsplan-2026.md"), encoding: .utf8)
        #expect(text.contains("titel: \"Uitvoeringsplan aanpak huiselijk geweld en kindermishandeling Delft 2026\"\n"))
        #expect(text.contains("soort: uitvoeringsplan\n") && text.contains("periode: {van: 2026, tot: 2026}\n"))
        let findings = try Self.findings(content)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.file == "haaglanden/delft/uitvoeringsplan-2026.md" }, "\(findings)")
        let wrong = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "delft", "--soort", "plan"])
        #expect(wrong.status == 64 && wrong.errors.contains("--soort `plan` bestaat niet; kies beleidsplan, uitvoeringsplan, wmo-kadernota"))
    }

    @Test("een factsheet: alleen de lege cijfers zijn nog een fout, en bron.naam en bron.url zijn nog de voorbeeldtekst; ingevuld is hij schoon")
    func factsheet() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "emmen", "--naam", "meldingen-emmen", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.errors)")
        let findings = try Self.findings(content)
        #expect(findings.map(\.code).sorted() == ["geen-cijfers", "lege-kop", "voorbeeldtekst", "voorbeeldtekst"], "\(findings)")
        #expect(findings.allSatisfy { $0.file == "drenthe/factsheets/meldingen-emmen.md" }, "\(findings)")
        #expect(findings.contains { $0.message.hasPrefix("`bron.naam` is nog de voorbeeldtekst van `regio new`") }, "\(findings)")
        #expect(findings.contains { $0.message.hasPrefix("`bron.url` is nog het voorbeeldadres van `regio new`") }, "\(findings)")
        // The walkthrough's case: the name and a figure filled in, the scaffold's address left standing.
        let file = content.appendingPathComponent("drenthe/factsheets/meldingen-emmen.md")
        let filled = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "Noem de bron, bijvoorbeeld CBS StatLine 84849NED", with: "Veilig Thuis Drenthe, jaarverslag 2025")
            .replacingOccurrences(of: "cijfers: []", with: "cijfers:\n  - {label: Meldingen, waarde: 812, eenheid: meldingen, jaar: 2025}")
        try filled.write(to: file, atomically: true, encoding: .utf8)
        let left = try Self.findings(content)
        #expect(left.map(\.code) == ["voorbeeldtekst", "lege-kop"], "\(left)")
        #expect(left.first?.message.hasPrefix("`bron.url` is nog het voorbeeldadres") == true)
        #expect(left.last?.message == "de kop ‘Toelichting’ heeft geen tekst eronder: de pagina toont een leeg hoofdstuk")
        // The explanation written under its heading; then only the address is left.
        let explained = filled.replacingOccurrences(of: "<!-- Leg uit wat de cijfers zeggen en wat niet, en hoe ze zijn verzameld. -->",
                                                    with: "De meldingen komen uit het jaarverslag van Veilig Thuis Drenthe.")
        try explained.write(to: file, atomically: true, encoding: .utf8)
        let urlLeft = try Self.findings(content)
        #expect(urlLeft.map(\.code) == ["voorbeeldtekst"] && urlLeft.allSatisfy { $0.message.hasPrefix("`bron.url` is nog het voorbeeldadres") }, "\(urlLeft)")
        try explained.replacingOccurrences(of: "https://opendata.cbs.nl/", with: "https://www.veiligthuisdrenthe.nl/jaarverslag-2025")
            .write(to: file, atomically: true, encoding: .utf8)
        let after = try Self.findings(content)
        #expect(after.isEmpty, "\(after)")
    }

    @Test("overschrijft nooit; een onbekende regio of periode is verkeerd gebruik met uitleg")
    func refusals() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let existing = content.appendingPathComponent("drenthe/regiovisie-2024-2027.md")
        let before = try Data(contentsOf: existing)
        let again = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2024-2027"])
        #expect(again.status == 64 && again.errors.contains("bestaat al: de regiovisie ‘") && !again.errors.contains("verwijder"), "\(again.errors)")
        #expect(try Data(contentsOf: existing) == before)
        let region = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drent", "--periode", "2028-2031"])
        #expect(region.status == 64 && region.errors.contains("bedoelde u `drenthe`?"), "\(region.errors)")
        let period = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2031-2028"])
        #expect(period.status == 64 && period.errors.contains("--periode `2031-2028` heeft de jaren in de verkeerde volgorde"), "\(period.errors)")
        let noPeriod = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "emmen", "--periode", "dertig"])
        #expect(noPeriod.status == 64 && noPeriod.errors.contains("--periode `dertig` is geen periode; schrijf het eerste en laatste jaar, zoals 2027-2030, of één jaar, zoals 2027\n"), "\(noPeriod.errors)")
    }

    @Test("een regiovisie van één jaar wordt geweigerd met de volledige periode als voorbeeld", arguments: [
        ("2032", "geef het eerste en laatste jaar, zoals `--periode 2032-2035`"),
        ("2032-2032", "geef het eerste en laatste jaar, zoals `--periode 2032-2035`"),
        // Drenthe's vision runs 2024-2027: the example stops before a version that follows.
        ("2022", "geef het eerste en laatste jaar, zoals `--periode 2022-2023`"),
    ])
    func visionOfOneYear(_ period: String, _ expected: String) throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", period])
        #expect(run.status == 64, "\(run.errors)")
        #expect(run.errors.contains("regio: een regiovisie beslaat meer dan één jaar; \(expected)"), "\(run.errors)")
        let year = period.prefix(4)
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("drenthe/regiovisie-\(year)-\(year).md").path))
    }

    @Test("één jaar vlak vóór de volgende versie: geen voorstel van één jaar, maar de twee manieren om het jaar te dekken")
    func oneYearBeforeNextVision() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let next = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2029-2032"])
        #expect(next.status == 0, "\(next.errors)")
        let run = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2028"])
        #expect(run.status == 64, "\(run.errors)")
        #expect(run.errors.contains("regio: een regiovisie beslaat meer dan één jaar, maar 2028 is het enige jaar vóór `drenthe/regiovisie-2029-2032` (vanaf 2029); verleng `drenthe/regiovisie-2024-2027` tot en met 2028, of laat die regiovisie in 2028 beginnen"), "\(run.errors)")
        #expect(!run.errors.contains("2028-2028"))
    }

    @Test("--vanuit-vorige: de nieuwe versie begint met de tekst, kaders, thema's en trefwoorden van de vorige; check noemt alleen de samenvatting")
    func fromPreviousVersion() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try regio(["new", "regiovisie", "--content", content.path, "--regio", "Drenthe", "--periode", "2028-2031", "--vanuit-vorige", "--datum", "2026-11-27"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("de tekst komt uit \(content.path)/drenthe/regiovisie-2024-2027.md: werk hem bij voor 2028-2031"), "\(run.output)")
        let old = try String(contentsOf: content.appendingPathComponent("drenthe/regiovisie-2024-2027.md"), encoding: .utf8)
        let new = try String(contentsOf: content.appendingPathComponent("drenthe/regiovisie-2028-2031.md"), encoding: .utf8)
        let body = { (text: String) in text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n") }
        #expect(body(new) == body(old) && !body(new).isEmpty)
        #expect(new.contains("periode: {van: 2028, tot: 2031}\nvorige: drenthe/regiovisie-2024-2027\n") && new.contains("status: concept\n"))
        #expect(new.contains("titel: \"Regiovisie huiselijk geweld en kindermishandeling Drenthe 2028-2031\""))
        #expect(new.contains("kaders: [wmo-2015, jeugdwet,") && new.contains("themas: [partnergeweld,") && new.contains("trefwoorden: [\"Veilig Thuis Drenthe\""), "\(new)")
        // The ids to choose from stand above the lists, as in a document begun without the previous version.
        #expect(new.contains("# kaders: de wetten en afspraken waarop dit document steunt, zoals [wmo-2015, jeugdwet]. Kies uit:\n#   wmo-2015, jeugdwet,"), "\(new)")
        #expect(new.contains("\n# themas: de thema's van dit document, zoals [") && new.contains("\n# trefwoorden: vrije woorden waarop lezers zoeken"), "\(new)")
        // The programme runs until 1 January 2027: until then the checklist still asks a vision to name it.
        #expect(new.contains("nap-sggsg") && !run.output.contains("niet overgenomen"))
        let findings = try Self.findings(content)
        #expect(findings.map(\.code) == ["voorbeeldtekst"] && findings.allSatisfy { $0.file == "drenthe/regiovisie-2028-2031.md" }, "\(findings)")
        // After 1 January 2027 the programme has lapsed: not carried into the next version, and the author is told.
        let later = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2032-2035", "--vanuit-vorige", "--datum", "2027-02-01"])
        #expect(later.status == 0, "\(later.errors)")
        #expect(later.output.contains("\nniet overgenomen in `kaders`, want vervallen: `nap-sggsg` (Nationaal Actieprogramma SGG, vervallen op 1 januari 2027)\n"), "\(later.output)")
        let next = try String(contentsOf: content.appendingPathComponent("drenthe/regiovisie-2032-2035.md"), encoding: .utf8)
        #expect(!next.contains("nap-sggsg") && next.contains("kaders: [wmo-2015, jeugdwet,") && next.contains("regiovisie-afspraak, toekomstscenario-kind-gezinsbescherming]"), "\(next)")
        // Without an earlier version there is nothing to start from.
        let first = try regio(["new", "regiovisie", "--content", content.path, "--regio", "drenthe", "--periode", "2018-2021", "--vanuit-vorige"])
        #expect(first.status == 64 && first.errors.contains("regio: regio Drenthe heeft geen regiovisie vóór 2018 om van uit te gaan; laat --vanuit-vorige weg"), "\(first.errors)")
    }

    @Test("wat de volgende check zou afkeuren, weigert new meteen met uitleg; een gemeente mag ook bij naam")
    func contradictions() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let overlap = try regio(["new", "regiovisie", "--content", content.path, "--regio", "haaglanden", "--periode", "2025-2028"])
        #expect(overlap.status == 64, "\(overlap.errors)")
        #expect(overlap.errors.contains("de periode 2025-2028 overlapt met haaglanden/regiovisie-2023-2026 (2023-2026)")
            && overlap.errors.contains("Kies een periode vanaf 2031"), "\(overlap.errors)")
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("haaglanden/regiovisie-2025-2028.md").path))
        let noVision = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "GM0503", "--periode", "2031-2034"])
        #expect(noVision.status == 64 && noVision.errors.contains("heeft geen regiovisie die 2031-2034 overlapt"), "\(noVision.errors)")
        #expect(noVision.errors.contains("Maak die eerst met `regio new regiovisie --regio haaglanden --periode 2031-2034`, of kies een andere periode"), "\(noVision.errors)")
        let wrongRegion = try regio(["new", "factsheet", "--content", content.path, "--regio", "haaglanden", "--gemeente", "GM0114", "--naam", "x"])
        #expect(wrongRegion.status == 64 && wrongRegion.errors.contains("de gemeente Emmen hoort bij de regio drenthe, niet bij haaglanden"), "\(wrongRegion.errors)")
        // An earlier period gets the version of the vision that covers it.
        let earlier = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "Delft", "--periode", "2020-2021", "--datum", "2026-11-25"])
        #expect(earlier.status == 0, "\(earlier.errors)")
        let text = try String(contentsOf: content.appendingPathComponent("haaglanden/delft/beleidsplan-2020-2021.md"), encoding: .utf8)
        #expect(text.contains("regiovisie: haaglanden/regiovisie-2019-2022\n"), "\(text)")
        let factsheet = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "emmen", "--naam", "meldingen-emmen"])
        #expect(factsheet.status == 0)
        let again = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "emmen", "--naam", "meldingen-emmen"])
        #expect(again.status == 64 && again.errors.contains("of kies met --naam een andere naam voor een nieuwe factsheet"), "\(again.errors)")
    }

    @Test("een gemeente zoals mensen haar noemen of bijna goed typen: Den Haag is den-haag, bij delf vraagt new of delft bedoeld is; een naam mag op .md eindigen")
    func municipalityAsTyped() throws {
        let content = try Self.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let denHaag = try regio(["new", "factsheet", "--content", content.path, "--gemeente", "Den Haag", "--naam", "meldingen-2025.md"])
        #expect(denHaag.status == 0, "\(denHaag.errors)")
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("haaglanden/factsheets/meldingen-2025.md").path))
        let typo = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "delf"])
        #expect(typo.status == 64 && typo.errors.contains("geen regio heeft de gemeente `delf`; bedoelde u `delft` (Delft, GM0503)?"), "\(typo.errors)")
        let nothing = try regio(["new", "beleidsplan", "--content", content.path, "--gemeente", "Amsterdam"])
        #expect(nothing.status == 64 && nothing.errors.contains("gebruik de CBS-code of de mapnaam uit regio.yaml"), "\(nothing.errors)")
    }
}
