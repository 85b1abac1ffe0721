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
        let run = try regio(["check"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let summary = try Regex(#"^\d+ documenten, 3 regio's, 0 fouten, 0 waarschuwingen in \d+,\d\d s$"#)
        #expect(run.output.split(separator: "\n").last.map { String($0).wholeMatch(of: summary) != nil } == true, "\(run.output)")
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
        #expect(run.output.contains("2 fouten"))
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
        #expect(second.errors.contains("site/ is ongewijzigd"))
        #expect(try Data(contentsOf: index) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["fout", "goed", "site"])
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
        #expect(run.errors.contains("is niet door Regio gemaakt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("docs").path) == ["notities.txt"])
    }

    @Test("verkeerd gebruik geeft exit 64", arguments: [["build", "--onbekend"], ["check", "--content", "bestaat-niet"], ["uitleg", "geen-code"]])
    func usageErrors(_ arguments: [String]) throws {
        #expect(try regio(arguments).status == 64)
    }

    @Test("uitleg legt een code uit, ook als explain")
    func explain() throws {
        let run = try regio(["uitleg", "onbekende-sleutel"])
        #expect(run.status == 0)
        #expect(run.output.contains("Deze sleutel kent Regio niet"))
        #expect(try regio(["explain", "[geen-utf8]"]).output.contains("UTF-8"))
    }

    @Test("--help is in het Nederlands")
    func dutchHelp() throws {
        let run = try regio(["build", "--help"])
        #expect(run.output.contains("Controleert de inhoud en schrijft de website."))
        #expect(run.output.contains("De map waarin de site komt."))
    }
}
