import Foundation
import RegioTestSupport
import Testing

/// Whether this process may mount a tmpfs (root with the right to mount, as in the test container).
let canMountTmpfs: Bool = {
    guard getuid() == 0, let folder = try? temporaryFolder() else { return false }
    defer { try? FileManager.default.removeItem(at: folder) }
    guard (try? runTool(["mount", "-t", "tmpfs", "tmpfs", folder.path]))?.status == 0 else { return false }
    _ = try? runTool(["umount", folder.path])
    return true
}()

/// `work` for each item on its own thread, all at once; the results in the items' order.
func inParallel<Item: Sendable, Value: Sendable>(_ items: [Item], _ work: @Sendable @escaping (Item) -> Value) -> [Value] {
    let results = ParallelResults<Value>()
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let value = work(items[index])
        results.lock.withLock { results.values[index] = value }
    }
    return items.indices.map { results.values[$0]! }
}

private final class ParallelResults<Value>: @unchecked Sendable {
    let lock = NSLock()
    var values: [Int: Value] = [:]
}

/// Whether `chattr +i` works here (root on ext4): the one way a test as root meets a file that cannot be removed.
let canSetImmutable: Bool = {
    guard getuid() == 0, let folder = try? temporaryFolder() else { return false }
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("vast")
    guard FileManager.default.createFile(atPath: file.path, contents: Data()),
          (try? runTool(["chattr", "+i", file.path]))?.status == 0 else { return false }
    _ = try? runTool(["chattr", "-i", file.path])
    return true
}()

/// The user `nobody` (65534): a test as root cannot meet a missing right any other way.
let nobody: UInt32 = 65534

/// The `regio` built beside the tests.
let regioExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")

/// Runs the built `regio` as `nobody`, with no groups.
func regioAsNobody(_ arguments: [String], in folder: URL) throws -> Run {
    try run(URL(fileURLWithPath: "/usr/bin/setpriv"), ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", regioExecutable.path] + arguments, in: folder)
}

@Suite("Uitvoermap: koppelpunten, links, rechten en een tweede build tegelijk", .serialized)
struct OutputFolderTests {
    let theme = RepositoryPaths.defaultTheme.path

    @Test("de samenvatting noemt wat er van de gebruiker bleef staan en wat de site verving, de eerste tien en hoeveel meer")
    func summaryNamesKeptFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let arguments = ["build", "--content", "inhoud", "--theme", theme, "--out", "site/"]
        #expect(try regio(arguments, in: folder).status == 0)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("uploads"), withIntermediateDirectories: true)
        try Data("jaarverslag".utf8).write(to: site.appendingPathComponent("uploads/jaarverslag-2025.pdf"))
        try Data("<h1>contact</h1>".utf8).write(to: site.appendingPathComponent("contact.html"))
        let few = try regio(arguments, in: folder)
        #expect(few.status == 0, "\(few.errors)")
        #expect(few.output.hasSuffix("bestanden geschreven naar site/ (bewaard: contact.html, uploads/)\n"), "\(few.output)")
        // An own 404.html where the old list had none (a site unzipped over it), and more own files.
        let marker = site.appendingPathComponent(".regio-site")
        let lines = try String(contentsOf: marker, encoding: .utf8).split(separator: "\n").filter { $0 != "404.html" }
        try (lines.joined(separator: "\n") + "\n").write(to: marker, atomically: false, encoding: .utf8)
        for number in 1...11 { try Data("eigen".utf8).write(to: site.appendingPathComponent(String(format: "eigen-%02d.html", number))) }
        let many = try regio(arguments, in: folder)
        #expect(many.output.hasSuffix("""
            (bewaard: contact.html, eigen-01.html, eigen-02.html, eigen-03.html, eigen-04.html, eigen-05.html, eigen-06.html, \
            eigen-07.html, eigen-08.html, eigen-09.html en 3 andere; vervangen door een bestand van de site: 404.html)

            """), "\(many.output)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("eigen-11.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("uploads/jaarverslag-2025.pdf").path))
    }

    @Test("de groep, de rechten en de setgid-bit van de uitvoermap blijven na een build, ook met umask 027; de bestanden krijgen die groep", .enabled(if: getuid() == 0))
    func keepsGroupAndMode() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let site = folder.appendingPathComponent("site")
        #expect(try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "site"], in: folder).status == 0)
        #expect(try runTool(["chgrp", "-R", "\(nobody)", site.path]).status == 0)
        #expect(try runTool(["chmod", "2750", site.path]).status == 0)
        let command = "umask 027; exec '\(regioExecutable.path)' build --content inhoud --theme '\(theme)' --out site"
        let build = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: folder)
        #expect(build.status == 0, "\(build.errors)")
        #expect(!build.errors.contains("let op: de nieuwe site"))
        func status(_ path: String) -> stat {
            var result = stat()
            _ = stat(site.appendingPathComponent(path).path, &result)
            return result
        }
        #expect(status("").st_gid == nobody && status("").st_mode & 0o7777 == 0o2750)
        #expect(status("index.html").st_gid == nobody && status("index.html").st_mode & 0o777 == 0o640)
        #expect(status("haaglanden").st_gid == nobody && status("haaglanden").st_mode & S_ISGID != 0)
        #expect(status("haaglanden/delft/index.html").st_gid == nobody)
    }

    @Test("een groep waarvan de gebruiker geen lid is, kan niet worden overgenomen: de site wordt geschreven en de build zegt het", .enabled(if: getuid() == 0))
    func groupNotKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let perm = folder.appendingPathComponent("perm"), site = perm.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: perm, withIntermediateDirectories: true)
        #expect(chown(perm.path, nobody, nobody) == 0)
        let arguments = ["build", "--content", "inhoud", "--theme", theme, "--out", "perm/site"]
        #expect(try regioAsNobody(arguments, in: folder).status == 0)
        #expect(chown(site.path, nobody, 0) == 0 && chmod(site.path, 0o2770) == 0)
        let build = try regioAsNobody(arguments, in: folder)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors.contains("""
            regio: let op: de nieuwe site in \(site.path) heeft niet de groep van de vorige (root): u bent geen lid van die groep; \
            vraag de beheerder om de groep terug te zetten, of om u lid te maken van die groep

            """), "\(build.errors)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("haaglanden/index.html").path))
    }

    @Test("een build terwijl een ander proces de map vasthoudt: exit 64 en een Nederlandse melding; daarna gaat hij wel")
    func lockedByAnotherProcess() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let arguments = ["build", "--content", "inhoud", "--theme", theme, "--out", "site"]
        #expect(try regio(arguments, in: folder).status == 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("site").path).sorted()
        let descriptor = open(folder.appendingPathComponent(".site.regio-slot").path, O_RDONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let blocked = try regio(arguments, in: folder)
        close(descriptor)
        #expect(blocked.status == 64)
        #expect(blocked.errors == "regio: er draait al een build naar deze map (\(folder.path)/site); wacht tot die klaar is en probeer het dan opnieuw\n")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("site").path).sorted() == before)
        let after = try regio(arguments, in: folder)
        #expect(after.status == 0, "\(after.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "site"])
    }

    @Test("twee builds tegelijk naar één map (de hele site en één regio): elk slaagt of stopt met de melding, en de site is nooit gemengd")
    func concurrentBuilds() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let whole = ["build", "--content", "inhoud", "--theme", theme, "--datum", "2026-11-25", "--out"]
        let region = whole.dropLast() + ["--region", "haaglanden", "--out"]
        #expect(try regio(whole + ["heel"], in: folder).status == 0)
        #expect(try regio(region + ["regio"], in: folder).status == 0)
        let files = { (name: String) in try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent(name).path).sorted() }
        let wholeFiles = try files("heel"), regionFiles = try files("regio")
        for _ in 0..<4 {
            let runs = inParallel([whole + ["site"], region + ["site"]]) { try? regio($0, in: folder) }
            for run in runs {
                let run = try #require(run)
                #expect(run.status == 0 || (run.status == 64 && run.errors.contains("er draait al een build naar deze map")), "\(run.errors)")
            }
            let written = try files("site")
            #expect(written == wholeFiles || written == regionFiles)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["heel", "inhoud", "regio", "site"])
        }
    }

    @Test("de map boven --out is niet schrijfbaar: de melding zegt waarom Regio daar schrijft en wat u kunt doen, met de gekozen map", .enabled(if: getuid() == 0))
    func parentNotWritable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let webroot = folder.appendingPathComponent("webroot"), beleid = webroot.appendingPathComponent("beleid")
        try FileManager.default.createDirectory(at: beleid, withIntermediateDirectories: true)
        #expect(chown(beleid.path, nobody, nobody) == 0)
        let run = try regioAsNobody(["build", "--content", "inhoud", "--theme", theme, "--out", "webroot/beleid"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors == """
            regio: Regio mag niet schrijven in \(webroot.path), de map boven \(beleid.path). Regio maakt de nieuwe site \
            daar eerst naast de oude en zet haar pas op haar plaats als ze helemaal klaar is, zodat bezoekers \
            nooit een halve site zien. Vraag schrijfrechten op \(webroot.path), of kies als --out een nieuwe map \
            in \(beleid.path), bijvoorbeeld \(beleid.path)/site; \(beleid.path) is ongewijzigd

            """)
        // What the message suggests works.
        let inside = try regioAsNobody(["build", "--content", "inhoud", "--theme", theme, "--out", "webroot/beleid/site"], in: folder)
        #expect(inside.status == 0, "\(inside.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: webroot.path) == ["beleid"])
    }

    @Test("een oude site die niet mag worden verwijderd: exit 64 met de map en wat te doen, de oude site blijft en er blijft niets verborgen staan", .enabled(if: getuid() == 0))
    func oldSiteNotRemovable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let perm = folder.appendingPathComponent("perm"), site = perm.appendingPathComponent("site-ro")
        #expect(try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "perm/site-ro"], in: folder).status == 0)
        #expect(try runTool(["chmod", "-R", "a-w", site.path]).status == 0)
        #expect(chown(perm.path, nobody, nobody) == 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted()
        for _ in 0..<2 {
            let run = try regioAsNobody(["build", "--content", "inhoud", "--theme", theme, "--out", "perm/site-ro"], in: folder)
            #expect(run.status == 64)
            #expect(run.errors.hasSuffix("""
                regio: de vorige site in \(site.path) kan niet worden verwijderd: geen toestemming om bestanden te \
                verwijderen in \(site.path); vraag de beheerder om schrijfrechten op die map en de mappen erin, of kies \
                een andere --out; de vorige site is ongewijzigd

                """), "\(run.errors)")
            #expect(try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted() == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: perm.path) == ["site-ro"])
        }
    }

    @Test("de oude site valt na de wissel niet helemaal te verwijderen (een onveranderbaar bestand): exit 64, in het Nederlands, met de verborgen map; de volgende build zegt het weer", .enabled(if: canSetImmutable))
    func retiredSiteStaysBehind() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let arguments = ["build", "--content", "inhoud", "--theme", theme, "--out", "site"]
        #expect(try regio(arguments, in: folder).status == 0)
        let stuck = folder.appendingPathComponent("site/index.html"), retired = folder.appendingPathComponent(".site.regio-oud")
        #expect(try runTool(["chattr", "+i", stuck.path]).status == 0)
        defer { _ = try? runTool(["chattr", "-i", retired.appendingPathComponent("index.html").path]) }
        let swapped = try regio(arguments, in: folder)
        #expect(swapped.status == 64)
        #expect(swapped.errors.hasSuffix("""
            regio: de nieuwe site staat in \(folder.path)/site, maar de vorige kon niet helemaal worden verwijderd en staat nog, \
            verborgen, in \(retired.path): geen toestemming om daar bestanden te verwijderen; verwijder die map zelf, of vraag de \
            beheerder om schrijfrechten op die map en de mappen erin; de volgende build kan pas als die map weg is

            """), "\(swapped.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/haaglanden/index.html").path))
        let next = try regio(arguments, in: folder)
        #expect(next.status == 64)
        #expect(next.errors.hasSuffix("""
            regio: de oude site die een eerdere build naast \(folder.path)/site liet staan (\(retired.path)) kan niet worden \
            verwijderd: geen toestemming om daar bestanden te verwijderen; verwijder die map zelf, of vraag de beheerder om \
            schrijfrechten op die map en de mappen erin; de vorige site is ongewijzigd

            """), "\(next.errors)")
        #expect(try runTool(["chattr", "-i", retired.appendingPathComponent("index.html").path]).status == 0)
        let cleared = try regio(arguments, in: folder)
        #expect(cleared.status == 0, "\(cleared.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "site"])
    }

    @Test("een gekoppelde schijf als --out: exit 64 met uitleg en een submap als voorbeeld; die submap werkt", .enabled(if: canMountTmpfs))
    func mountPointOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let share = folder.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        #expect(try runTool(["mount", "-t", "tmpfs", "tmpfs", share.path]).status == 0)
        defer { _ = try? runTool(["umount", share.path]) }
        let refused = try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "share"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.errors.hasPrefix("regio: de uitvoermap \(share.path) is een koppelpunt"), "\(refused.errors)")
        #expect(refused.errors.contains("Kies een map daarin als --out, bijvoorbeeld \(share.path)/site"))
        #expect(!refused.errors.contains("onbekende fout"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: share.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "share"])
        let inside = try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "share/site"], in: folder)
        #expect(inside.status == 0, "\(inside.errors)")
        #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent("site/haaglanden/index.html").path))
    }
}
