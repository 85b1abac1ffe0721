import Foundation
import RegioTestSupport
import Testing

/// Every file under `folder` with its bytes, by relative path.
private func digests(of folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(path)
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        result[path] = try Data(contentsOf: url)
    }
    return result
}

@Suite("Uitvoer: niets buiten de uitvoermap, en een onderbroken build laat de vorige site staan", .serialized)
struct InterruptedBuildTests {
    /// 400 generated documents in `folder/inhoud`, and the arguments that build them into `folder/site`.
    static func generatedContent(in folder: URL) throws -> [String] {
        let generate = try runTool(["python3", RepositoryPaths.root.appendingPathComponent("Benchmarks/generate.py").path, "400",
                                    folder.appendingPathComponent("inhoud").path])
        #expect(generate.status == 0, "\(generate.output)")
        return ["build", "--content", "inhoud", "--theme", RepositoryPaths.defaultTheme.path, "--out", "site", "--datum", "2026-11-25"]
    }

    @Test("kill -9 midden in een build: de vorige site is byte voor byte gelijk, de volgende build ruimt op")
    func killedMidway() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = try Self.generatedContent(in: folder)
        let first = try regio(arguments, in: folder)
        #expect(first.status == 0, "\(first.errors)")
        let site = folder.appendingPathComponent("site")
        let before = try digests(of: site)
        #expect(before.count > 1000)

        // A change, so that the interrupted build would have written different pages.
        let vision = try #require(FileManager.default.enumerator(atPath: folder.appendingPathComponent("inhoud").path)?
            .compactMap { $0 as? String }.first { $0.contains("regiovisie") && $0.hasSuffix(".md") })
        let visionURL = folder.appendingPathComponent("inhoud/\(vision)")
        try (String(contentsOf: visionURL, encoding: .utf8) + "\nEen zin die de build niet meer haalt.\n").write(to: visionURL, atomically: false, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once the new site is being written: pages are in the staging folder.
        let staging = folder.appendingPathComponent(".site.regio-nieuw")
        let deadline = Date().addingTimeInterval(60)
        var pagesWritten = 0
        while Date() < deadline, process.isRunning {
            pagesWritten = (FileManager.default.enumerator(atPath: staging.path)?.allObjects.count) ?? 0
            if pagesWritten > 50 { break }
            usleep(2_000)
        }
        #expect(process.isRunning, "de build was al klaar voor hij kon worden onderbroken")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(pagesWritten > 50)

        #expect(try digests(of: site) == before)
        // The next build removes what the killed one left and completes.
        let third = try regio(arguments, in: folder)
        #expect(third.status == 0, "\(third.errors)")
        #expect(try digests(of: site) != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "site"])
    }

    @Test("Ctrl-C (SIGINT) of SIGTERM midden in een build: de halve site gaat weg, de vorige blijft, exit 130 met een Nederlandse melding")
    func interruptedBySignal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = try Self.generatedContent(in: folder)
        let site = folder.appendingPathComponent("site")

        /// Starts a build, sends `number` once pages are in the staging folder, and returns how it ended.
        func interrupt(with number: Int32) throws -> (status: Int32, errors: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")
            process.arguments = arguments
            process.currentDirectoryURL = folder
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            let staging = folder.appendingPathComponent(".site.regio-nieuw")
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, process.isRunning, (FileManager.default.enumerator(atPath: staging.path)?.allObjects.count ?? 0) <= 50 {
                usleep(2_000)
            }
            #expect(process.isRunning, "de build was al klaar voor hij kon worden onderbroken")
            kill(process.processIdentifier, number)
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            return (process.terminationStatus, text)
        }

        // A first build that is interrupted: nothing was there, nothing is.
        let first = try interrupt(with: SIGINT)
        #expect(first.status == 130)
        #expect(first.errors.hasSuffix("regio: afgebroken; er is niets geschreven\n"), "\(first.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inhoud"])

        #expect(try regio(arguments, in: folder).status == 0)
        let before = try digests(of: site)
        for number in [SIGINT, SIGTERM] {
            let run = try interrupt(with: number)
            #expect(run.status == 130)
            #expect(run.errors.hasSuffix("regio: afgebroken; de vorige site is ongewijzigd\n"), "\(run.errors)")
            #expect(try digests(of: site) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "site"])
        }
    }

    @Test("--out mag niet de inhoud of het thema zijn, in het thema liggen of ze bevatten", arguments: ["inhoud", ".", "/", "thema/uit", "thema"])
    func outputKeptApart(out: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder.appendingPathComponent("thema"))
        let before = try digests(of: folder)
        let run = try regio(["build", "--content", "inhoud", "--theme", "thema", "--out", out], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("kies een") && run.errors.contains("--out"), "\(run.errors)")
        #expect(try digests(of: folder) == before)
    }

    /// The CI examples (docs/ci): the content at the repository's root, the theme in `.regio/`, the
    /// site built into `site/` beside the documents.
    @Test("inhoud in de hoofdmap van een repository en --out site daarin: de build werkt, en de volgende leest de site niet als inhoud")
    func outputInsideContent() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".regio"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder.appendingPathComponent(".regio/thema"))
        let arguments = ["--content", ".", "--theme", ".regio/thema", "--datum", "2026-11-25"]
        let first = try regio(["build"] + arguments + ["--out", "site"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("site").path).sorted()
        #expect(pages.contains("haaglanden/index.html"))
        let again = try regio(["build"] + arguments + ["--out", "site"], in: folder)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("3 documenten") && first.output.contains("3 documenten"), "\(first.output) / \(again.output)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("site").path).sorted() == pages)
        let check = try regio(["check"] + arguments, in: folder)
        #expect(check.status == 0 && !check.output.contains("site/") && !check.errors.contains("site/"), "\(check.output)\(check.errors)")
        // The content folder itself stays refused.
        let itself = try regio(["build"] + arguments + ["--out", "."], in: folder)
        #expect(itself.status == 64 && itself.errors.contains("zelf; kies een andere --out"), "\(itself.errors)")
    }
}
