import Foundation
import RegioTestSupport
import Testing

/// `regio check` as an author runs it in the content repository (the layout the README recommends
/// for CI), and with a `regio` whose default theme is not installed beside it.
@Suite("regio check in de inhoudsmap en zonder thema", .serialized)
struct CheckInContentFolderTests {
    @Test("in de inhoudsmap zelf: bedoelde u --content .? In de map van een regio: --content ..", arguments: [
        ([String](), "bedoelde u `--content .`?"), (["haaglanden"], "bedoelde u `--content ..`?"),
    ])
    func contentFolderMeant(_ below: [String], _ hint: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let inside = below.reduce(folder) { $0.appendingPathComponent($1) }
        let start = "regio: de inhoudsmap `content` bestaat niet, maar de huidige map "
        for arguments in [["check"], ["new", "regiovisie", "--regio", "haaglanden", "--periode", "2027-2030"]] {
            let run = try regio(arguments, in: inside)
            #expect(run.status == 64)
            #expect(run.errors.hasPrefix(start) && run.errors.hasSuffix(hint + "\n"), "\(run.errors)")
        }
        let meant = try regio(["check", "--content", below.isEmpty ? "." : "..", "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-06-01"], in: inside)
        #expect(meant.status == 0, "\(meant.output)\(meant.errors)")
    }

    /// The built `regio` copied to `bin/` of a new folder: no theme beside it, as after an incomplete installation.
    static func lonelyProgram(in folder: URL) throws -> URL {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: regioExecutable, to: bin.appendingPathComponent("regio"))
        return bin.appendingPathComponent("regio")
    }

    /// The folders a message says it searched, from "gezocht in de huidige map en in a, b, c)".
    static func searched(in message: String) -> [String] {
        guard let list = message.firstMatch(of: #/gezocht in de huidige map en in ([^)]*)\)/#)?.output.1 else { return [] }
        return list.components(separatedBy: ", ")
    }

    @Test("zonder het standaardthema controleert check de inhoud wel, en zegt dat het thema niet is gecontroleerd")
    func checkWithoutTheme() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = try Self.lonelyProgram(in: folder)
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let clean = try run(program, ["check", "--content", "inhoud", "--datum", "2026-06-01"], in: folder)
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.contains(", 0 fouten, 0 waarschuwingen in "), "\(clean.output)")
        #expect(clean.errors.contains("regio: let op: het thema is niet gecontroleerd, want Regio vond het standaardthema niet (gezocht in de huidige map en in "), "\(clean.errors)")
        #expect(clean.errors.hasSuffix("); de inhoud is wel helemaal gecontroleerd\n"), "\(clean.errors)")
        // Content errors are still found and still fail the check.
        try brokenPlan.write(to: folder.appendingPathComponent("fout"))
        let broken = try run(program, ["check", "--content", "fout", "--datum", "2026-06-01"], in: folder)
        #expect(broken.status == 1 && broken.output.contains("haaglanden/delft/plan-2024.md:"), "\(broken.output)")
    }

    @Test("build zonder het standaardthema: Regio lijkt niet volledig geïnstalleerd, met --theme, en elke gezochte map één keer")
    func buildWithoutTheme() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = try Self.lonelyProgram(in: folder)
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let build = try run(program, ["build", "--content", "inhoud", "--out", "site"], in: folder)
        #expect(build.status == 64)
        #expect(build.errors.hasPrefix("regio: het standaardthema (de map themes/default, met de sjablonen en de stijl van de site) is niet gevonden (gezocht in de huidige map en in "), "\(build.errors)")
        #expect(build.errors.hasSuffix("Regio lijkt niet volledig geïnstalleerd. Vraag wie Regio installeerde om de map themes/ naast het programma te zetten, of geef de map van het thema op met --theme, zoals `--theme /pad/naar/themes/default`\n"), "\(build.errors)")
        let searched = Self.searched(in: build.errors)
        #expect(searched.contains(folder.appendingPathComponent("bin/themes/default").path), "\(searched)")
        #expect(searched.count > 3 && Set(searched).count == searched.count, "each folder once: \(searched)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }
}
