import Foundation
import RegioCore
import RegioTestSupport
import Testing
import Yams

/// One case of `Tests/Corpus/gevallen.yaml`: a hostile file, where it goes in the valid test site,
/// and the diagnostic it must give (`code: geen`: it must be taken without an error).
struct HostileCase: Decodable, CustomTestStringConvertible, Sendable {
    struct Extra: Decodable, Sendable {
        let bestand: String
        let plek: String
    }

    let naam: String
    let bestand: String?
    /// Made by the test: a symbolic link, an unreadable file, a file too large to commit.
    let maak: String?
    let plek: String
    let code: String
    let regel: Int?
    let kolom: Int?
    let tekst: String?
    let extra: [Extra]?

    var testDescription: String { naam }

    static let folder = RepositoryPaths.root.appendingPathComponent("Tests/Corpus")

    static let all: [HostileCase] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("gevallen.yaml"), encoding: .utf8),
              let cases = try? YAMLDecoder().decode([HostileCase].self, from: text) else { return [] }
        return cases
    }()
}

/// The limits every case runs under: a case that takes longer or grows larger has hung or leaked.
private let secondsAllowed = 30
private let megabytesAllowed = 300

@Suite("Vijandige invoer: elk geval van het corpus geeft zijn melding, zonder crash of hangen")
struct HostileCorpusTests {
    @Test("het corpus heeft minstens 60 bestanden en elk bestand een geval")
    func corpusSize() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HostileCase.folder.appendingPathComponent("gevallen").path)
            .filter { $0 != "extra" }
        #expect(files.count >= 60)
        #expect(Set(files) == Set(HostileCase.all.compactMap(\.bestand)))
        #expect(HostileCase.all.count >= 75)
    }

    @Test("opruimen volgt geen symbolische links: /etc/passwd en de map erboven houden hun rechten")
    func cleanupKeepsLinkTargets() throws {
        let passwd = try FileManager.default.attributesOfItem(atPath: "/etc/passwd")[.posixPermissions] as? Int
        let content = try siteFolder()
        let above = try FileManager.default.attributesOfItem(atPath: content.deletingLastPathComponent().path)[.posixPermissions] as? Int
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("passwd.md").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("boven").path, withDestinationPath: "..")
        try restorePermissions(in: content)
        #expect(try FileManager.default.attributesOfItem(atPath: "/etc/passwd")[.posixPermissions] as? Int == passwd)
        #expect(try FileManager.default.attributesOfItem(atPath: content.deletingLastPathComponent().path)[.posixPermissions] as? Int == above)
    }

    @Test(arguments: HostileCase.all)
    func hostileCase(_ hostile: HostileCase) throws {
        let content = try siteFolder()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try SiteFixture.valid.write(to: content)
        try place(hostile, in: content)
        let bounded = try boundedCheck(content)
        defer { try? restorePermissions(in: content) }

        #expect(bounded.status == 0 || bounded.status == 1, "afgebroken of gecrasht (status \(bounded.status)): \(bounded.errors)")
        #expect(bounded.megabytes <= megabytesAllowed, "piekgeheugen \(bounded.megabytes) MB")
        let found = try JSONSerialization.jsonObject(with: Data(bounded.output.utf8)) as? [[String: Any]] ?? []
        let errors = found.filter { $0["ernst"] as? String == "fout" }
        let file = { (finding: [String: Any]) in ((finding["bestand"] as? String) ?? "").replacingOccurrences(of: content.path + "/", with: "") }
        if hostile.code == "geen" {
            #expect(errors.isEmpty, "\(errors)")
            // Taken, not skipped: the build writes the document's page, with its title.
            let site = content.deletingLastPathComponent().appendingPathComponent("site")
            let build = try boundedRegio(["build", "--content", content.path, "--out", site.path], in: content)
            #expect(build.status == 0, "\(build.output)\(build.errors)")
            let page = site.appendingPathComponent(hostile.plek.replacingOccurrences(of: ".md", with: ".html"))
            let html = (try? String(contentsOf: page, encoding: .utf8)) ?? ""
            #expect(html.contains("<h1>Plan Delft vijandig</h1>") || html.contains("<h1>Lang Lang"), "geen pagina voor \(hostile.plek)")
        } else {
            let match = found.first {
                $0["code"] as? String == hostile.code && file($0) == hostile.plek
                    && $0["regel"] as? Int == hostile.regel && $0["kolom"] as? Int == hostile.kolom
            }
            #expect(match != nil, "verwacht \(hostile.code) op \(hostile.plek):\(hostile.regel ?? 0):\(hostile.kolom ?? 0), kreeg \(found)")
            if let tekst = hostile.tekst {
                #expect((match?["melding"] as? String)?.contains(tekst) == true, "\(String(describing: match))")
            }
            // What is wrong, and how to fix it: a fix, or a note that says what is expected.
            let message = match?["melding"] as? String ?? ""
            let fix = match?["oplossing"] as? String ?? ""
            let notes = match?["notities"] as? [String] ?? []
            #expect(!message.isEmpty)
            #expect(!fix.isEmpty || !notes.isEmpty, "geen oplossing: \(String(describing: match))")
        }
        // The rest of the site is untouched by the case: no finding lands on a file of the valid
        // site, unless the case replaced a file the others depend on (a region's regio.yaml).
        if !hostile.plek.hasSuffix("regio.yaml") {
            let elsewhere = errors.filter { SiteFixture.valid.files[file($0)] != nil }
            #expect(elsewhere.isEmpty, "\(elsewhere)")
        }
    }

    @Test("een geweigerd bestand toont toch zijn regel; stuurtekens als zichtbaar teken, nooit rauw naar de terminal")
    func refusedFileShowsItsLine() throws {
        let content = try siteFolder()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try SiteFixture.valid.write(to: content)
        for (name, place) in [("nul-in-tekst.md", "nul.md"), ("escape-teken.md", "escape.md"), ("conflict-in-tekst.md", "conflict.md")] {
            try FileManager.default.copyItem(at: HostileCase.folder.appendingPathComponent("gevallen/\(name)"),
                                             to: content.appendingPathComponent("haaglanden/delft/\(place)"))
        }
        let run = try regio(["check", "--content", content.path, "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-11-25"])
        #expect(run.status == 1)
        #expect(run.output.contains(" 11 | Tek\u{2400}st.\n    |    ^"), "\(run.output)")
        #expect(run.output.contains(" 11 | Tekst \u{241B}[31mrood\u{241B}[0m."), "\(run.output)")
        #expect(run.output.contains(" 11 | <<<<<<< HEAD\n    | ^"), "\(run.output)")
        #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "een rauw stuurteken in de uitvoer")
    }

    @Test("alle gevallen tegelijk: elke melding komt in één run en de geldige pagina's worden gemaakt")
    func allAtOnce() async throws {
        let content = try siteFolder()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try SiteFixture.valid.write(to: content)
        // Each committed case under a name of its own, beside the valid plan of Delft.
        let cases = HostileCase.all.filter { $0.bestand != nil && $0.extra == nil && $0.plek == "haaglanden/delft/vijandig.md" }
        for (index, hostile) in cases.enumerated() {
            let target = content.appendingPathComponent("haaglanden/delft/vijandig-\(index).md")
            try FileManager.default.copyItem(at: HostileCase.folder.appendingPathComponent("gevallen/\(hostile.bestand ?? "")"), to: target)
        }
        let bounded = try boundedCheck(content)
        #expect(bounded.status == 1)
        let found = try JSONSerialization.jsonObject(with: Data(bounded.output.utf8)) as? [[String: Any]] ?? []
        let files = Set(found.compactMap { ($0["bestand"] as? String)?.replacingOccurrences(of: content.path + "/", with: "") })
        for (index, hostile) in cases.enumerated() where hostile.code != "geen" {
            #expect(files.contains("haaglanden/delft/vijandig-\(index).md"), "geen melding voor \(hostile.naam)")
        }
        // The preview renders what is sound: the valid plan and the region's front page.
        var options = BuildOptions(content: DiskFileSystem(root: content), theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), today: testToday)
        options.rendersOnDemand = true
        let result = await BuildPipeline.run(options)
        let plan = await result.onDemandSite?.file(at: "haaglanden/delft/plan-2024.html")
        #expect(plan.map { String(decoding: $0, as: UTF8.self).contains("Plan Delft 2024") } == true)
        #expect(await result.onDemandSite?.file(at: "haaglanden/index.html") != nil)
    }
}

/// What a bounded run of `regio check` gave.
private struct BoundedRun {
    let status: Int32
    let output: String
    let errors: String
    let megabytes: Int
}

/// `regio check --format json` on `content`, bounded as `boundedRegio`.
private func boundedCheck(_ content: URL) throws -> BoundedRun {
    try boundedRegio(["check", "--content", content.path, "--format", "json"], in: content)
}

/// `regio` under `timeout` (killed after `secondsAllowed`) and GNU time (peak memory); as user
/// `nobody` when the tests run as root, so that unreadable files are unreadable.
private func boundedRegio(_ arguments: [String], in content: URL) throws -> BoundedRun {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")
    let report = content.deletingLastPathComponent().appendingPathComponent("geheugen.txt")
    var command = ["timeout", "-s", "KILL", "\(secondsAllowed)", "/usr/bin/time", "-q", "-o", report.path, "-f", "%M", executable.path]
        + arguments + ["--datum", "2026-11-25", "--theme", RepositoryPaths.defaultTheme.path]
    if getuid() == 0 { command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command }
    let run = try run(URL(fileURLWithPath: "/usr/bin/env"), command, in: content.deletingLastPathComponent())
    let kilobytes = Int((try? String(contentsOf: report, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    return BoundedRun(status: run.status, output: run.output, errors: run.errors, megabytes: kilobytes / 1024)
}

/// A content folder in a temporary folder that user `nobody` may write its memory report into.
private func siteFolder() throws -> URL {
    let folder = try temporaryFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
    let content = folder.appendingPathComponent("inhoud")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    return content
}

/// Puts a case into the site: its file (or what `maak` asks for) at its place, and its extra files.
private func place(_ hostile: HostileCase, in content: URL) throws {
    let fileManager = FileManager.default
    let target = content.appendingPathComponent(hostile.plek)
    try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    let corpus = HostileCase.folder.appendingPathComponent("gevallen")
    if let bestand = hostile.bestand {
        try? fileManager.removeItem(at: target)
        try fileManager.copyItem(at: corpus.appendingPathComponent(bestand), to: target)
    }
    for extra in hostile.extra ?? [] {
        let url = content.appendingPathComponent(extra.plek)
        try? fileManager.removeItem(at: url)
        try fileManager.copyItem(at: corpus.appendingPathComponent(extra.bestand), to: url)
    }
    let plan = SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? ""
    switch hostile.maak {
    case "groot":
        // 50 MB of valid text: refused by its size before it is read.
        let line = String(repeating: "Huiselijk geweld raakt iedereen. ", count: 32) + "\n"
        try #require(fileManager.createFile(atPath: target.path, contents: Data(plan.utf8)))
        let handle = try FileHandle(forWritingTo: target)
        handle.seekToEndOfFile()
        let block = Data(String(repeating: line, count: 1000).utf8)
        for _ in 0..<(50 * 1_048_576 / block.count + 1) { handle.write(block) }
        try handle.close()
    case "lange-regel":
        // One line of a megabyte in the body.
        let text = plan.replacingOccurrences(of: "Plan Delft 2024", with: "Plan Delft vijandig") + String(repeating: "woord ", count: 1_048_576 / 6) + "\n"
        try text.write(to: target, atomically: false, encoding: .utf8)
    case "diepe-lijst", "diep-citaat-en-lijst":
        // Nesting far beyond the committed 10,000 levels, written here to keep the repository small.
        let nesting = hostile.maak == "diepe-lijst" ? String(repeating: "- ", count: 200_000) : String(repeating: "> - ", count: 100_000)
        let text = plan.replacingOccurrences(of: "Plan Delft 2024", with: "Plan Delft vijandig") + "\n" + nesting + "diep\n"
        try text.write(to: target, atomically: false, encoding: .utf8)
    case "symlink-buiten":
        try fileManager.createSymbolicLink(atPath: target.path, withDestinationPath: "/etc/passwd")
    case "symlink-lus":
        let other = target.deletingLastPathComponent().appendingPathComponent("lus-terug.md")
        try fileManager.createSymbolicLink(atPath: target.path, withDestinationPath: other.lastPathComponent)
        try fileManager.createSymbolicLink(atPath: other.path, withDestinationPath: target.lastPathComponent)
    case "symlink-map-lus":
        try fileManager.createSymbolicLink(atPath: target.path, withDestinationPath: "..")
    case "onleesbaar-bestand":
        try plan.replacingOccurrences(of: "Plan Delft 2024", with: "Plan Delft vijandig").write(to: target, atomically: false, encoding: .utf8)
        try fileManager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: target.path)
    case "onleesbare-map":
        try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
        try plan.write(to: target.appendingPathComponent("plan.md"), atomically: false, encoding: .utf8)
        try fileManager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: target.path)
    default:
        break
    }
    // As `nobody`, the site must be readable (apart from what a case makes unreadable on purpose).
    if getuid() == 0 {
        try openUp(content, except: hostile.maak?.hasPrefix("onleesba") == true ? target.path : nil)
    }
}

private func openUp(_ folder: URL, except: String?) throws {
    let fileManager = FileManager.default
    guard folder.path != except else { return }
    try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    for name in try fileManager.contentsOfDirectory(atPath: folder.path) {
        let url = folder.appendingPathComponent(name)
        guard url.path != except else { continue }
        let attributes = try fileManager.attributesOfItem(atPath: url.path)
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory: try openUp(url, except: except)
        case .typeRegular: try fileManager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        default: break
        }
    }
}

/// So that the temporary folder can be removed again. Links are never followed: `chmod` on a link
/// changes its target, which for the corpus's links is /etc/passwd or a folder above the site.
private func restorePermissions(in folder: URL) throws {
    let fileManager = FileManager.default
    try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    for name in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] {
        let url = folder.appendingPathComponent(name)
        // `attributesOfItem` reads the link itself (lstat), not what it points to.
        switch (try? fileManager.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType {
        case .typeDirectory: try? restorePermissions(in: url)
        case .typeRegular: try? fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        default: break
        }
    }
}
