import Foundation
import RegioTestSupport
import Testing

/// What running `regio` printed and how it exited.
struct Run {
    let status: Int32
    let output: String
    let errors: String
}

/// Runs the real `regio` executable built beside the test bundle.
func regio(_ arguments: [String], in folder: URL? = nil) throws -> Run {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")
    return try run(executable, arguments, in: folder)
}

/// Runs a program and collects what it printed.
func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? RepositoryPaths.root
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self), errors: String(decoding: errData, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("regio-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let brokenPlan = SiteFixture.valid.with("""
=== haaglanden/delft/plan-2024.md
---
type: beleidsplan
title: Plan Delft
status: concept
regiovisie: haaglanden/regiovisie-2023-2026
periode: {van: 2024, tot: 2025}
---
Tekst.
""")

@Suite("De opdracht regio", .serialized)
struct CommandTests {
    @Test("check op de voorbeeldinhoud: exit 0 en een samenvatting in het Nederlands")
    func checkExample() throws {
        let run = try regio(["check", "--strict", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let summary = try Regex(#"^\d+ documenten, 3 regio's, 0 fouten, 0 waarschuwingen in (\d+,\d\d s|\d{1,3} ms)$"#)
        #expect(run.output.split(separator: "\n").last.map { String($0).wholeMatch(of: summary) != nil } == true, "\(run.output)")
    }

    @Test("--strict: een waarschuwing geeft exit 1, en een regel zegt waarom, want de samenvatting zegt 0 fouten; JSON blijft JSON")
    func strictSaysWhy() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "") + "\nMeer op www.veiligthuis.nl.\n"
        try SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan).write(to: folder.appendingPathComponent("inhoud"))
        let theme = RepositoryPaths.defaultTheme.path
        let lenient = try regio(["check", "--content", "inhoud", "--theme", theme], in: folder)
        #expect(lenient.status == 0 && lenient.output.contains("0 fouten, 1 waarschuwing in"), "\(lenient.output)")
        let strict = try regio(["check", "--content", "inhoud", "--theme", theme, "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.errors.contains("regio: mislukt door --strict: dan telt ook een waarschuwing als fout (1 waarschuwing)"), "\(strict.errors)")
        let json = try regio(["check", "--content", "inhoud", "--theme", theme, "--strict", "--format", "json"], in: folder)
        #expect(json.status == 1)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.output.utf8))) != nil, "\(json.output)")
    }

    @Test("een fout: gcc-vorm met bronregel, caret en oplossing; exit 1")
    func errorFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try brokenPlan.write(to: folder.appendingPathComponent("inhoud"))
        let run = try regio(["check", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path], in: folder)
        #expect(run.status == 1)
        let expected = """
        inhoud/haaglanden/delft/plan-2024.md:3:1: fout: onbekende sleutel `title` in de front matter [onbekende-sleutel]
         3 | title: Plan Delft
           | ^
        """
        #expect(run.output.contains(expected), "\(run.output)")
        #expect(run.output.contains("  = oplossing: bedoelde u `titel`?"))
        // One mistake, one finding: `titel` is not also reported missing.
        #expect(run.output.contains("1 fout,") && !run.output.contains("verplicht veld `titel`"), "\(run.output)")
    }

    @Test("--format json en github geven dezelfde meldingen voor gereedschap")
    func machineFormats() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try brokenPlan.write(to: folder.appendingPathComponent("inhoud"))
        let theme = RepositoryPaths.defaultTheme.path
        let json = try regio(["check", "--content", "inhoud", "--theme", theme, "--format", "json"], in: folder)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(objects.contains { $0["code"] as? String == "onbekende-sleutel" && $0["regel"] as? Int == 3 && $0["kolom"] as? Int == 1 })
        let github = try regio(["check", "--content", "inhoud", "--theme", theme, "--format", "github"], in: folder)
        #expect(github.output.contains("::error file=inhoud/haaglanden/delft/plan-2024.md,line=3,col=1,title=onbekende-sleutel::onbekende sleutel `title`"))
        #expect(github.status == 1)
    }

    @Test("een mislukte build laat de vorige site ongemoeid")
    func failedBuildKeepsSite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = RepositoryPaths.defaultTheme.path
        try SiteFixture.valid.write(to: folder.appendingPathComponent("goed"))
        try brokenPlan.write(to: folder.appendingPathComponent("fout"))
        let first = try regio(["build", "--content", "goed", "--theme", theme, "--out", "site"], in: folder)
        #expect(first.status == 0, "\(first.output)\(first.errors)")
        let index = folder.appendingPathComponent("site/haaglanden/delft/plan-2024.html")
        let before = try Data(contentsOf: index)
        let second = try regio(["build", "--content", "fout", "--theme", theme, "--out", "site"], in: folder)
        #expect(second.status == 1)
        #expect(second.errors.contains("regio: er zijn fouten, dus de site in site/ is ongewijzigd. Met `regio serve --content fout --theme \(theme)` ziet u"), "\(second.errors)")
        #expect(try Data(contentsOf: index) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["fout", "goed", "site"])
    }

    @Test("de voorgestelde `regio serve` zet een inhoudsmap met een spatie of een ' tussen aanhalingstekens, zodat de shell er één argument van maakt")
    func suggestedServeCommandIsQuoted() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = RepositoryPaths.defaultTheme.path
        try brokenPlan.write(to: folder.appendingPathComponent("mijn inhoud"))
        try brokenPlan.write(to: folder.appendingPathComponent("Annie's map"))
        let spaced = try regio(["build", "--content", "mijn inhoud", "--theme", theme], in: folder)
        #expect(spaced.status == 1)
        #expect(spaced.errors.contains("Met `regio serve --content 'mijn inhoud' --theme \(theme)` ziet u"), "\(spaced.errors)")
        let apostrophe = try regio(["build", "--content", "Annie's map", "--theme", theme], in: folder)
        #expect(apostrophe.errors.contains("Met `regio serve --content 'Annie'\\''s map' --theme \(theme)` ziet u"), "\(apostrophe.errors)")
    }

    @Test("een build met fouten naar een map die er nog niet is zegt dat er niets is geschreven; --out met een / aan het eind geeft geen //")
    func outputFolderWording() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = RepositoryPaths.defaultTheme.path
        try SiteFixture.valid.write(to: folder.appendingPathComponent("goed"))
        try brokenPlan.write(to: folder.appendingPathComponent("fout"))
        let failed = try regio(["build", "--content", "fout", "--theme", theme, "--out", "nieuw/"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.errors.contains("regio: er zijn fouten, dus er is niets naar nieuw/ geschreven. Met `regio serve --content fout --theme \(theme)` ziet u de site met de fouten op de pagina's\n"), "\(failed.errors)")
        #expect(!failed.errors.contains("ongewijzigd"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nieuw").path))
        let built = try regio(["build", "--content", "goed", "--theme", theme, "--out", "nieuw/"], in: folder)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.output.contains("bestanden geschreven naar nieuw/\n"), "\(built.output)")
        #expect(!built.output.contains("//"))
    }

    @Test("een map die niet van Regio is wordt geweigerd met exit 64")
    func foreignOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("docs/notities.txt"))
        let run = try regio(["build", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path, "--out", "docs"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("is niet door Regio gemaakt") && run.errors.contains("Kies als --out een nieuwe of lege map"), "\(run.errors)")
        #expect(!run.errors.contains("maak de map zelf leeg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("docs").path) == ["notities.txt"])
    }

    @Test("verkeerd gebruik geeft exit 64 en een Nederlandse melding, ook waar swift-argument-parser hem schrijft", arguments: [
        (["build", "--onbekend"], "regio: onbekende optie `--onbekend`; `regio build --help` noemt alle opties\n"),
        (["check", "--strikt"], "regio: onbekende optie `--strikt`; bedoelde u `--strict`?\n"),
        (["check", "--content", "bestaat-niet"], "regio: de inhoudsmap `bestaat-niet` bestaat niet; geef een map op met --content"),
        (["uitleg", "geen-code"], "regio: onbekende code `geen-code`; zonder code toont `regio uitleg` alle codes\n"),
        (["uitleg", "onbekende-sleutl"], "regio: onbekende code `onbekende-sleutl`; bedoelde u `onbekende-sleutel`? Zonder code toont `regio uitleg` alle codes\n"),
        (["check", "--datum", "2026-02-30"], "regio: `2026-02-30` is geen geldige datum voor --datum: februari 2026 heeft 28 dagen"),
        (["check", "--datum", "2026-2-30"], "regio: `2026-2-30` is geen geldige datum voor --datum: februari 2026 heeft 28 dagen"),
        (["check", "--datum", "2026-3-2"], "regio: `2026-3-2` is geen geldige datum voor --datum; schrijf de datum als JJJJ-MM-DD: `--datum 2026-03-02`"),
        (["check", "--datum", "2-3-2026"], "regio: `2-3-2026` is geen geldige datum voor --datum; schrijf de datum als JJJJ-MM-DD: `--datum 2026-03-02`"),
        (["build", "--base-url", "www.voorbeeld.nl"], "regio: --base-url `www.voorbeeld.nl` kan niet: het is geen volledig webadres"),
        (["build", "--base-url", "https://www.voorbeeld.nl/beleid/index.html"], "het adres van de map is `https://www.voorbeeld.nl/beleid/`"),
        (["build", "--region", "../haaglanden"], "regio: --region `../haaglanden` is geen geldige regionaam"),
        (["check", "--format", "xml"], "regio: de waarde `xml` kan niet bij `--format <formaat>`; kies uit `text`, `json`, `github` of `sarif`\n"),
        (["new", "factsheet", "--regio", "haaglanden"], "regio: `--naam <naam>` ontbreekt\n"),
        (["new", "factsheet", "--naam", "meldingen-2025"], "regio: geef --regio of --gemeente op; een landelijke factsheet zet u zelf in content/factsheets/"),
        (["build", "--out"], "regio: de waarde voor `--out <map>` ontbreekt\n"),
        // A mistyped command or option: the one meant, where the library only said what it did not expect.
        (["chek"], "regio: `chek` is geen opdracht van regio; bedoelde u `regio check`? De opdrachten zijn build, check, serve, uitleg of new\n"),
        (["controler", "--strict"], "regio: `controler` is geen opdracht van regio; bedoelde u `regio controleer`?"),
        (["new", "visie"], "regio: `visie` is geen soort document voor `regio new`; bedoelde u `regio new regiovisie`? Kies regiovisie, beleidsplan of factsheet, zoals `regio new regiovisie`\n"),
        (["new", "rapport"], "regio: `rapport` is geen soort document voor `regio new`; kies regiovisie, beleidsplan of factsheet, zoals `regio new regiovisie`\n"),
        (["new", "beleidsplan", "--gemeent", "delft"], "regio: onbekende optie `--gemeent`; bedoelde u `--gemeente`?\n"),
        (["new", "regiovisie", "--regoi", "haaglanden", "--periode", "2031-2034"], "regio: onbekende optie `--regoi`; bedoelde u `--regio`?\n"),
    ])
    func usageErrors(_ arguments: [String], message: String) throws {
        let run = try regio(arguments)
        #expect(run.status == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
        // One voice: `regio: ` and lower case, as the tool's own messages, also where the library writes them.
        #expect(run.errors.hasPrefix("regio: "), "\(run.errors)")
        for english in ["Error:", "Usage:", "See '", "Missing", "invalid", "Unknown", "Fout:", "Onverwacht", "Onbekende"] {
            #expect(!run.errors.contains(english), "\(run.errors)")
        }
    }

    @Test("een map binnen een site van Regio als --out: de melding zegt welke site het is, en niets verandert")
    func outputInsideSite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let arguments = ["build", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-06-01"]
        #expect(try regio(arguments + ["--out", "site"], in: folder).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("site/haaglanden").path).sorted()
        let run = try regio(arguments + ["--out", "site/haaglanden"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("site/haaglanden ligt in de site die Regio in ") && run.errors.contains("/site maakte; kies die map zelf als --out"), "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("site/haaglanden").path).sorted() == before)
    }

    @Test("een uitvoermap die niet kan worden gemaakt: de reden in het Nederlands, exit 64")
    func unwritableOutput() throws {
        // Under /proc not even root can make a folder, so this holds in CI too.
        let run = try regio(["build", "--out", "/proc/regio-test/site"])
        #expect(run.status == 64)
        #expect(run.errors.contains("regio: de map /proc/regio-test kan niet worden gemaakt: een map op de weg erheen bestaat niet (meer)"), "\(run.errors)")
        #expect(!run.errors.contains("The operation"))
    }

    @Test("de hulp is Nederlands, ook de koppen en regels van swift-argument-parser", arguments: [[], ["--help"], ["build", "--help"], ["help", "check"], ["check", "--help"], ["serve", "--help"], ["new", "--help"], ["new", "beleidsplan", "--help"]])
    func dutchHelp(_ arguments: [String]) throws {
        let run = try regio(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("GEBRUIK: regio") && run.output.contains("OPTIES:") && run.output.contains("Toont deze hulp."), "\(run.output)")
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "Show help", "(default:", "See '", "<subcommand>", "values:", "default:", "detailed help"] {
            #expect(!run.output.contains(english), "\(run.output)")
        }
    }

    @Test("build --region schrijft één regio als losse site; een onbekende regio krijgt een suggestie en exit 64")
    func buildOneRegion() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("haaglanden-site")
        let run = try regio(["build", "--region", "haaglanden", "--out", out.path, "--base-url", "https://www.voorbeeld.nl/hg", "--datum", "2026-11-25"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        // The counts are of the whole content, which was checked; the files are the region's.
        #expect(run.output.contains(try Regex(#"3 regio's, 0 fouten, 0 waarschuwingen in (\d+,\d\d s|\d+ ms), de regiosite `haaglanden`: \d+ bestanden geschreven naar "#)), "\(run.output)")
        for file in ["index.html", "den-haag/index.html", "landelijk/veilig-thuis-landelijk-2023.html", "atom.xml", "sitemap.xml", "zoeken.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("west-brabant").path))
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://www.voorbeeld.nl/hg/index.html</loc>"))
        #expect(!run.errors.contains("404.html"), "with a base address the 404 page works at any depth")
        let wrong = try regio(["build", "--region", "haaglandn", "--out", out.path])
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("de regio `haaglandn` bestaat niet in content/; bedoelde u `haaglanden`?"), "\(wrong.errors)")
        // As people name it: with a capital, and with --regio as `regio new` writes it.
        let named = folder.appendingPathComponent("drenthe-site")
        let drenthe = try regio(["build", "--regio", "Drenthe", "--out", named.path, "--datum", "2026-11-25"])
        #expect(drenthe.status == 0, "\(drenthe.errors)")
        // Without a base address the one place the 404 page works is said where it is built.
        #expect(drenthe.errors.contains("regio: let op: zonder basisadres klopt 404.html alleen voor een ontbrekend adres direct in de hoofdmap van de site; stelt u 404.html in als foutpagina van de webserver, geef dan het adres van de map met --base-url (of basis_url in site.yaml)"), "\(drenthe.errors)")
        #expect(FileManager.default.fileExists(atPath: named.appendingPathComponent("emmen/index.html").path))
    }

    @Test("een document waarvan de front matter niet te lezen is: regio zegt dat de tekst nog niet is getoetst")
    func unreadDocumentNote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let plan = try #require(SiteFixture.valid.files["haaglanden/delft/plan-2024.md"]).replacingOccurrences(of: "status: concept", with: "status: Concept")
        try SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan).write(to: content)
        let run = try regio(["check", "--content", content.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("regio: let op: de tekst van `haaglanden/delft/plan-2024.md` is nog niet getoetst, omdat Regio de front matter niet kon lezen; na herstel kunnen er meldingen over de hoofdstukken en links bij komen"), "\(run.errors)")
        let clean = try regio(["check", "--content", RepositoryPaths.exampleContent.path])
        #expect(!clean.errors.contains("nog niet getoetst"))
    }

    @Test("buiten git zegt regio één keer wat het niet weet, op stderr; stdout blijft geldige JSON")
    func historyLimitationOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("content"))
        let run = try regio(["check", "--content", folder.appendingPathComponent("content").path, "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.components(separatedBy: "niet in een git-repository").count == 2, "\(run.errors)")
        #expect(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) is [Any])
    }

    @Test("met --content . (de repository van een regio) staan paden zoals de repository ze noemt, zonder ./")
    func contentAtRepositoryRoot() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try brokenPlan.write(to: folder)
        try Data("# Bijdragen\n".utf8).write(to: folder.appendingPathComponent("CONTRIBUTING.md"))
        let run = try regio(["check", "--content", ".", "--theme", RepositoryPaths.defaultTheme.path], in: folder)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("haaglanden/delft/plan-2024.md:"), "\(run.output)")
        #expect(!run.output.contains("CONTRIBUTING"), "a repository's own files are not documents")
        let documents = SiteFixture.valid.files.keys.filter { $0.hasSuffix(".md") }.count
        #expect(run.output.contains("\n\(documents) documenten,"), "nor counted as documents: \(run.output)")
    }

    @Test("uitleg legt een code uit, ook als explain")
    func explain() throws {
        let run = try regio(["uitleg", "onbekende-sleutel"])
        #expect(run.status == 0)
        #expect(run.output.contains("Deze sleutel kent Regio niet"))
        #expect(try regio(["explain", "[geen-utf8]"]).output.contains("UTF-8"))
        // Without a code: every code with a line that says what it is about.
        let all = try regio(["uitleg"])
        #expect(all.output.contains("\n  symbolische-link (fout): Regio volgt geen symbolische links in de inhoudsmap.\n"), "\(all.output)")
        #expect(all.output.contains("\n  meldcode-afwegingskader (fout): Werken met het afwegingskader van de meldcode"), "\(all.output)")
        // A stop inside code does not cut the line short.
        // A stop between brackets does not either: the line never ends inside one.
        #expect(all.output.contains("\n  ongeldige-datum (fout): Een datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2024-03-14 (met nullen: 2024-03-04, niet 2024-3-4), en moet bestaan.\n"), "\(all.output)")
        #expect(all.output.contains("\n  concept-met-vaststellingsdatum (waarschuwing): Een document met `status: concept` heeft een `vastgesteld_op`.\n"), "\(all.output)")
        let codeLines = all.output.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(codeLines.allSatisfy { $0.filter { $0 == "`" }.count % 2 == 0 }, "every code span closed: \(all.output)")
        #expect(codeLines.allSatisfy { $0.filter { $0 == "(" }.count == $0.filter { $0 == ")" }.count }, "every bracket closed: \(all.output)")
        #expect(codeLines.count > 90 && codeLines.allSatisfy { $0.contains("): ") }, "no bare code: \(all.output)")
    }

    @Test("uitleg toont bij elke vaste code een voorbeeld", arguments: ["onbekende-sleutel", "onbekend-kader", "eisen-overlappen", "eis-niet-gedekt"])
    func explainHasExample(_ code: String) throws {
        let run = try regio(["uitleg", code])
        #expect(run.status == 0)
        #expect(run.output.contains("Fout"), "\(run.output)")
        #expect(run.output.contains("Goed"), "\(run.output)")
    }

    @Test("uitleg legt een eis uit kaders.yaml uit: kader, geldigheid, bewijs, voorbeeld en uitzondering")
    func explainRequirement() throws {
        let run = try regio(["uitleg", "meldcode-afwegingskader"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("meldcode-afwegingskader: eis uit content/kaders.yaml\n\nWerken met het afwegingskader van de meldcode"))
        #expect(run.output.contains("Kader: Wet verplichte meldcode huiselijk geweld en kindermishandeling (Wet verplichte meldcode), zoals gewijzigd per 1 januari 2019"))
        #expect(run.output.contains("Geldig: vanaf 2019-01-01; ontbreken is een fout"), "\(run.output)")
        #expect(run.output.contains("Telt als bewijs: een kop ‘Meldcode en afwegingskader’ of ‘Afwegingskader’ met tekst eronder"))
        #expect(run.output.contains("    ## Meldcode en afwegingskader"))
        #expect(run.output.contains("      meldcode-afwegingskader: \""))
        let wrong = try regio(["uitleg", "meldcode-afwegingskadr"])
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("bedoelde u `meldcode-afwegingskader`?"))
    }

    @Test("--help is in het Nederlands")
    func dutchHelp() throws {
        let run = try regio(["build", "--help"])
        #expect(run.output.contains("Controleert de inhoud en schrijft de website."))
        #expect(run.output.contains("De map waarin de site komt."))
    }
}

/// A site whose vision misses the checklist's Veilig Thuis section, on disk.
func siteMissingRequirement() throws -> URL {
    let folder = try temporaryFolder()
    try SiteFixture.withChecklist().with(SiteFixture.vision(body: "## Meldcode en afwegingskader\n\nTekst."))
        .write(to: folder.appendingPathComponent("inhoud"))
    return folder
}

@Suite("Uitvoerformaten van regio check", .serialized)
struct OutputFormatTests {
    static let arguments = ["check", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-11-25"]

    @Test("text: de code van de eis staat achter de melding, met notities en oplossing")
    func text() throws {
        let folder = try siteMissingRequirement()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try regio(Self.arguments, in: folder)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("inhoud/haaglanden/regiovisie-2023-2026.md:1:1: fout: de regiovisie voldoet niet aan ‘Organisatie van Veilig Thuis’ (Wmo 2015 art. 4.1.1) [wmo-veilig-thuis]\n"), "\(run.output)")
        #expect(run.output.contains("  = telt als bewijs: een kop ‘Veilig Thuis’ of ‘Advies- en meldpunt’ met tekst eronder"))
        #expect(run.output.contains("  = oplossing: voeg een kop `## Veilig Thuis` toe met tekst eronder"))
    }

    @Test("json: stabiele Nederlandse sleutels, de eis als code")
    func json() throws {
        let folder = try siteMissingRequirement()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try regio(Self.arguments + ["--format", "json"], in: folder)
        #expect(run.status == 1)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let object = try #require(objects.first)
        #expect(Set(object.keys) == ["bestand", "regel", "kolom", "ernst", "code", "melding", "notities", "oplossing"])
        #expect(object["code"] as? String == "wmo-veilig-thuis")
        #expect(object["bestand"] as? String == "inhoud/haaglanden/regiovisie-2023-2026.md")
        #expect(object["ernst"] as? String == "fout")
    }

    @Test("github: een annotatie per melding met de eis als titel")
    func github() throws {
        let folder = try siteMissingRequirement()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try regio(Self.arguments + ["--format", "github"], in: folder)
        #expect(run.output.hasPrefix("::error file=inhoud/haaglanden/regiovisie-2023-2026.md,line=1,col=1,title=wmo-veilig-thuis::de regiovisie voldoet niet"))
    }

    @Test("sarif: geldig volgens het SARIF 2.1.0-schema (jsonschema), met regel en uitleg per code")
    func sarif() throws {
        let folder = try siteMissingRequirement()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A second finding of another kind, so that the log has two rules.
        let plan = folder.appendingPathComponent("inhoud/haaglanden/delft/plan-2024.md")
        try Data(try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "titel:", with: "title:").utf8).write(to: plan)
        let run = try regio(Self.arguments + ["--format", "sarif"], in: folder)
        #expect(run.status == 1)
        let log = folder.appendingPathComponent("regio.sarif")
        try Data(run.output.utf8).write(to: log)
        let validation = try validateSARIF(log)
        #expect(validation.status == 0, "\(validation.output)\(validation.errors)")

        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let ruleIDs = results.compactMap { $0["ruleId"] as? String }
        #expect(Set(ruleIDs).isSuperset(of: ["wmo-veilig-thuis", "onbekende-sleutel"]))
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "wmo-veilig-thuis" })
        #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == "Organisatie van Veilig Thuis\n\nKader: Wet maatschappelijke ondersteuning 2015 (Wmo 2015), art. 4.1.1\nSoort: wet, bindend\nTekst: https://wetten.overheid.nl/BWBR0035362\nGeldt voor: regiovisie\nGeldig: vanaf 2015-01-01; ontbreken is een fout\n\nTelt als bewijs: een kop ‘Veilig Thuis’ of ‘Advies- en meldpunt’ met tekst eronder")
    }

    @Test("sarif: de kolom telt code points, zoals columnKind zegt; de tekst telt tekens zoals de lezer ze ziet")
    func sarifColumns() throws {
        let folder = try siteMissingRequirement()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("inhoud/haaglanden/delft/plan-2024.md")
        // é written as e + U+0301 and a family emoji of five code points, before the broken link.
        let line = "e\u{301} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} [x](weg.md)."
        try Data((try String(contentsOf: plan, encoding: .utf8) + "\n" + line + "\n").utf8).write(to: plan)
        let text = try regio(Self.arguments, in: folder)
        let finding = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("inhoud/haaglanden/delft/plan-2024.md") && $0.contains("weg.md") })
        #expect(finding.split(separator: ":")[2] == "5", "\(finding)")
        let sarif = try regio(Self.arguments + ["--format", "sarif"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
        let results = try #require((object["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let broken = try #require(results.first { $0["ruleId"] as? String == "link-naar-onbekend-bestand" })
        let location = try #require((broken["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 10)
    }

    @Test("sarif: een log met een fout erin wordt door de validator geweigerd (de validatie kan falen)")
    func sarifValidatorRejects() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("kapot.sarif")
        try Data(#"{"runs": [{"tool": {"driver": {"name": "regio"}}, "results": [{"message": {"text": "x"}, "level": "fataal"}]}]}"#.utf8).write(to: log)
        #expect(try validateSARIF(log).status != 0)
    }
}

/// Validates a SARIF file against the committed OASIS schema with the Python `jsonschema` package.
func validateSARIF(_ log: URL) throws -> Run {
    let schema = RepositoryPaths.root.appendingPathComponent("Tests/RegioCLITests/Schemas/sarif-schema-2.1.0.json")
    let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    errors = sorted(validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
    for error in errors:
        print("/".join(map(str, error.absolute_path)) or "<root>", error.message, file=sys.stderr)
    sys.exit(1 if errors else 0)
    """
    return try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, log.path])
}

