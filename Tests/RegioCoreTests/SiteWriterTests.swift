import Foundation
import RegioCore
import RegioTestSupport
import Testing

@Suite("Veilig schrijven")
struct SiteWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regio-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func site() async throws -> RenderedSite {
        try #require(await build(SiteFixture.valid).site)
    }

    @Test("de inhoud lezen slaat een site van Regio over, en het vergrendelbestand van Word (~$)")
    func walkLeavesOutBuiltSitesAndLockFiles() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteFixture.valid.write(to: root)
        try DiskSiteWriter(output: root.appendingPathComponent("site"), mayLieIn: [root]).write(try await site())
        try Data([0x0E, 0x00, 0x41]).write(to: root.appendingPathComponent("haaglanden/delft/~$plan-2024.md"))
        let paths = try FolderWalk(root: root.path).files.map(\.path)
        #expect(paths.sorted() == SiteFixture.valid.files.keys.sorted())
        // The marker, not the name: a folder called site without it is read.
        try FileManager.default.removeItem(at: root.appendingPathComponent("site/.regio-site"))
        #expect(try FolderWalk(root: root.path).files.contains { $0.path == "site/haaglanden/index.html" })
    }

    @Test("de bestanden van de webserver in de uitvoermap (.htaccess, CNAME, .well-known/) blijven bij een nieuwe build staan")
    func keepsHostFiles() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let writer = DiskSiteWriter(output: output)
        try writer.write(try await site())
        try Data("ErrorDocument 404 /beleid/404.html\n".utf8).write(to: output.appendingPathComponent(".htaccess"))
        try Data("beleid.example.nl\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".well-known"), withIntermediateDirectories: true)
        try Data("Contact: mailto:beveiliging@example.nl\n".utf8).write(to: output.appendingPathComponent(".well-known/security.txt"))
        let staging = try writer.begin()
        for file in try await site().files { staging.add(file.path, file.data) }
        #expect(try staging.commit() == WriteReport(kept: [".htaccess", ".well-known", "CNAME"], replaced: []))
        #expect(try String(contentsOf: output.appendingPathComponent(".htaccess"), encoding: .utf8) == "ErrorDocument 404 /beleid/404.html\n")
        #expect(try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "beleid.example.nl\n")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".well-known/security.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["site"])
    }

    @Test("schrijft een nieuwe map met markering en de lijst van zijn bestanden; wat Regio eerder schreef en nu niet meer, verdwijnt")
    func writesAndReplaces() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let writer = DiskSiteWriter(output: output)
        let rendered = try await site()
        try writer.write(rendered)
        let marker = try String(contentsOf: output.appendingPathComponent(".regio-site"), encoding: .utf8)
        #expect(marker.hasPrefix("Deze map is gemaakt door Regio. Bij elke build vervangt Regio de bestanden hieronder; andere bestanden in deze map blijven staan.\nbestanden:\n"))
        #expect(marker.split(separator: "\n").dropFirst(2).map(String.init) == rendered.files.map(\.path.description).sorted())
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("haaglanden/index.html").path))
        // A page an earlier build wrote (it is in the list) that this build does not write.
        try Data("oud".utf8).write(to: output.appendingPathComponent("verouderd.html"))
        try (marker + "verouderd.html\n").write(to: output.appendingPathComponent(".regio-site"), atomically: false, encoding: .utf8)
        #expect(try writer.write(rendered) == WriteReport(kept: [], replaced: []))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("verouderd.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["site"])
    }

    @Test("eigen bestanden in de uitvoermap (uploads/, contact.html, een bestand in een regiomap) blijven staan en worden genoemd")
    func keepsUsersFiles() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let writer = DiskSiteWriter(output: output)
        let rendered = try await site()
        try writer.write(rendered)
        let own = ["uploads/jaarverslag-2025.pdf": "jaarverslag", "uploads/2024/oud.pdf": "oud", "contact.html": "<h1>contact</h1>",
                   "google1234abcd.html": "google-site-verification", "haaglanden/extra.pdf": "extra", "haaglanden/.htaccess": "Deny from all"]
        for (path, text) in own {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("actueel").path, withDestinationPath: "haaglanden")
        try Data("RewriteEngine on\n".utf8).write(to: output.appendingPathComponent(".htaccess"))
        let report = try writer.write(rendered)
        #expect(report == WriteReport(kept: [".htaccess", "actueel", "contact.html", "google1234abcd.html", "haaglanden/.htaccess",
                                             "haaglanden/extra.pdf", "uploads/"], replaced: []))
        for (path, text) in own {
            #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == text, "\(path)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output.appendingPathComponent("actueel").path) == "haaglanden")
        // Kept again at the next build, and never written into the list as Regio's.
        #expect(try writer.write(rendered).kept == report.kept)
        #expect(try !String(contentsOf: output.appendingPathComponent(".regio-site"), encoding: .utf8).contains("contact.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["site"])
    }

    @Test("een site uitgepakt in een map met andere bestanden: die blijven bij de volgende build; een eigen bestand waar de site er een schrijft, wordt vervangen en genoemd")
    func unzippedIntoFolderWithFiles() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let rendered = try await site()
        let zipped = root.appendingPathComponent("zip")
        try DiskSiteWriter(output: zipped).write(rendered)
        // The zip of an earlier site that had no 404.html; the web folder has its own.
        let marker = zipped.appendingPathComponent(".regio-site")
        let lines = try String(contentsOf: marker, encoding: .utf8).split(separator: "\n").filter { $0 != "404.html" }
        try (lines.joined(separator: "\n") + "\n").write(to: marker, atomically: false, encoding: .utf8)
        let web = root.appendingPathComponent("webmap/beleid")
        try FileManager.default.createDirectory(at: web.appendingPathComponent("uploads"), withIntermediateDirectories: true)
        try Data("jaarverslag".utf8).write(to: web.appendingPathComponent("uploads/jaarverslag-2025.pdf"))
        try Data("<h1>contact</h1>".utf8).write(to: web.appendingPathComponent("contact.html"))
        #expect(try runTool(["cp", "-a", zipped.path + "/.", web.path]).status == 0)
        try Data("eigen foutpagina".utf8).write(to: web.appendingPathComponent("404.html"))
        let report = try DiskSiteWriter(output: web).write(rendered)
        #expect(report == WriteReport(kept: ["contact.html", "uploads/"], replaced: ["404.html"]))
        #expect(try String(contentsOf: web.appendingPathComponent("uploads/jaarverslag-2025.pdf"), encoding: .utf8) == "jaarverslag")
        #expect(try Data(contentsOf: web.appendingPathComponent("404.html")) == rendered.files.first { $0.path.description == "404.html" }?.data)
    }

    @Test("een uitvoermap van een oudere Regio (merkteken zonder lijst): alleen de bestanden voor de webserver blijven, zoals toen")
    func olderMarkerKeepsOldBehaviour() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let rendered = try await site()
        try DiskSiteWriter(output: output).write(rendered)
        try Data("Deze map is gemaakt door Regio en wordt bij elke build vervangen.\n".utf8).write(to: output.appendingPathComponent(".regio-site"))
        try Data("oud".utf8).write(to: output.appendingPathComponent("verouderd.html"))
        try Data("x".utf8).write(to: output.appendingPathComponent("CNAME"))
        #expect(try DiskSiteWriter(output: output).write(rendered) == WriteReport(kept: ["CNAME"], replaced: []))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("verouderd.html").path))
    }

    @Test("een map die Regio niet maakte wordt nooit geleegd")
    func refusesForeignFolder() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("documenten")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let precious = output.appendingPathComponent("belangrijk.docx")
        try Data("niet weggooien".utf8).write(to: precious)
        let rendered = try await site()
        let error = try #require(throws: OutputError.self) { try DiskSiteWriter(output: output).write(rendered) }
        #expect(error.description == """
            de map \(output.path) is niet door Regio gemaakt (er staat geen .regio-site in); Regio schrijft daar niet, \
            zodat er niets van u verloren gaat. Kies als --out een nieuwe of lege map; bestanden voor de webserver, \
            zoals .htaccess, mogen erin staan
            """)
        #expect(try Data(contentsOf: precious) == Data("niet weggooien".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["belangrijk.docx"])
    }

    @Test("een uitvoermap die een koppelpunt is (/proc) wordt geweigerd met uitleg en een submap als voorbeeld; er wordt niets geschreven")
    func refusesMountPoint() async throws {
        let rendered = try await site()
        let error = try #require(throws: OutputError.self) { try DiskSiteWriter(output: URL(fileURLWithPath: "/proc")).write(rendered) }
        #expect(error.description == """
            de uitvoermap /proc is een koppelpunt (een aparte schijf of gedeelde map die daar is aangekoppeld); \
            Regio zet een nieuwe site in één keer op de plaats van de oude, en dat kan niet met een koppelpunt. \
            Kies een map daarin als --out, bijvoorbeeld /proc/site, en laat de webserver die map tonen; er is niets geschreven
            """)
        #expect(!FileManager.default.fileExists(atPath: "/.proc.regio-nieuw"))
    }

    @Test("--out is een symbolische link naar een map: de site komt waar de link heen wijst, en de link blijft staan")
    func outputThroughLink() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let web = root.appendingPathComponent("var-www/beleid")
        try DiskSiteWriter(output: web).write(try await site())
        try Data("oud".utf8).write(to: web.appendingPathComponent("index.html"))
        let link = root.appendingPathComponent("publiceer")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "var-www/beleid")
        try DiskSiteWriter(output: link).write(try await site())
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "var-www/beleid")
        #expect(try Data(contentsOf: web.appendingPathComponent("index.html")) != Data("oud".utf8))
        #expect(FileManager.default.fileExists(atPath: web.appendingPathComponent("haaglanden/index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["publiceer", "var-www"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: web.deletingLastPathComponent().path) == ["beleid"])
    }

    @Test("een tweede build naar dezelfde map terwijl de eerste nog schrijft: stopt meteen met een Nederlandse melding en raakt de eerste niet")
    func secondWriterStops() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let rendered = try await site()
        let first = try DiskSiteWriter(output: output).begin()
        for file in rendered.files.prefix(5) { first.add(file.path, file.data) }
        let error = try #require(throws: OutputError.self) { try DiskSiteWriter(output: output).write(rendered) }
        #expect(error.description == "er draait al een build naar deze map (\(output.path)); wacht tot die klaar is en probeer het dan opnieuw")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".site.regio-nieuw/\(rendered.files[0].path)").path))
        for file in rendered.files.dropFirst(5) { first.add(file.path, file.data) }
        try first.commit()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("haaglanden/index.html").path))
        // Once the first is done, the next build may go, and the lock file is gone again.
        try DiskSiteWriter(output: output).write(rendered)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["site"])
    }

    @Test("een map met alleen bestanden voor de webserver (.htaccess, CNAME) telt als leeg: de site komt erin en die bestanden blijven")
    func acceptsFolderWithOnlyHostFiles() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("htonly")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("ErrorDocument 404 /beleid/404.html\n".utf8).write(to: output.appendingPathComponent(".htaccess"))
        try Data("beleid.example.nl\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        let staging = try DiskSiteWriter(output: output).begin()
        for file in try await site().files { staging.add(file.path, file.data) }
        #expect(try staging.commit() == WriteReport(kept: [".htaccess", "CNAME"], replaced: []))
        #expect(try String(contentsOf: output.appendingPathComponent(".htaccess"), encoding: .utf8) == "ErrorDocument 404 /beleid/404.html\n")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("haaglanden/index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["htonly"])
    }

    @Test("een lege bestaande map mag wel")
    func acceptsEmptyFolder() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try DiskSiteWriter(output: output).write(try await site())
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test("als schrijven mislukt blijft de vorige site staan")
    func failureKeepsPreviousSite() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        try DiskSiteWriter(output: output).write(try await site())
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))
        // A folder in the way of the staging folder, not made by Regio: the writer must stop before touching the site.
        let blocker = root.appendingPathComponent(".site.regio-nieuw")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: blocker.appendingPathComponent("iets"))
        let rendered = try await site()
        #expect(throws: OutputError.self) { try DiskSiteWriter(output: output).write(rendered) }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
        #expect(FileManager.default.fileExists(atPath: blocker.appendingPathComponent("iets").path))
    }

    @Test("pagina's gaan tijdens het renderen naar schijf, vanuit meer taken tegelijk; dezelfde bytes als in het geheugen")
    func streamsIntoStaging() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let staging = try DiskSiteWriter(output: output).begin()
        var options = BuildOptions(content: SiteFixture.valid.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme),
                                   parallelism: 4, today: testToday)
        options.sink = staging
        let streamed = try #require(await BuildPipeline.run(options).site)
        #expect(streamed.files.isEmpty && streamed.count > 20)
        // Nothing is visible at the output until the commit.
        #expect(!FileManager.default.fileExists(atPath: output.path))
        try staging.commit()
        let inMemory = try await site()
        #expect(inMemory.count == streamed.count)
        for file in inMemory.files {
            #expect(try Data(contentsOf: output.appendingPathComponent(file.path.description)) == file.data, "\(file.path)")
        }
    }

    @Test("met fouten in de inhoud wordt niets in de wachtmap gerenderd en blijft de vorige site staan")
    func errorsRenderNothingIntoStaging() async throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        try DiskSiteWriter(output: output).write(try await site())
        let staging = try DiskSiteWriter(output: output).begin()
        var options = BuildOptions(content: SiteFixture.valid.with("=== haaglanden/kapot.md\n---\ntype: beleidsplan\n---\n").fileSystem,
                                   theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday)
        options.sink = staging
        let result = await BuildPipeline.run(options)
        #expect(result.hasErrors && result.site == nil)
        staging.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("haaglanden/index.html").path))
    }
}
