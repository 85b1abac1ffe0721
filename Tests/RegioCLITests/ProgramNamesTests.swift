import Foundation
import RegioTestSupport
import Testing

/// The program as IT and communications staff meet it: Dutch names beside the English ones, a
/// version, and a theme that is found when `regio` runs from another folder.
@Suite("Namen, versie en thema van het programma")
struct ProgramNamesTests {
    @Test("bouw en controleer, --inhoud, --thema, --uitvoer en --basis-url doen hetzelfde als de Engelse namen")
    func dutchNames() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try regio(["controleer", "--inhoud", "content", "--thema", "themes/default", "--datum", "2026-11-25"])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.hasPrefix("17 documenten, 3 regio's, 0 fouten, 0 waarschuwingen in "), "\(check.output)")
        let out = root.appendingPathComponent("site")
        let build = try regio(["bouw", "--inhoud", "content", "--uitvoer", out.path, "--basis-url", "https://www.voorbeeld.nl/beleid/", "--datum", "2026-11-25"])
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(contentsOf: out.appendingPathComponent("haaglanden/index.html"), encoding: .utf8)
        #expect(page.contains(#"<link rel="canonical" href="https://www.voorbeeld.nl/beleid/haaglanden/index.html">"#))
    }

    @Test("--version geeft de versie")
    func version() throws {
        let run = try regio(["--version"])
        #expect(run.status == 0)
        #expect(run.output.wholeMatch(of: try Regex(#"\d+\.\d+\.\d+\n"#)) != nil, "\(run.output)")
    }

    @Test("buiten de repository vindt regio het standaardthema naast het programma; een thema dat er niet is, noemt waar gezocht is")
    func themeBesideProgram() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try regio(["check", "--content", RepositoryPaths.exampleContent.path, "--datum", "2026-11-25"], in: root)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("0 fouten, 0 waarschuwingen"))
        let missing = try regio(["check", "--content", RepositoryPaths.exampleContent.path, "--theme", "geen-thema"], in: root)
        #expect(missing.status == 64 && missing.errors == "regio: de themamap `geen-thema` bestaat niet; geef met --theme de map van het thema op (de map met templates/, assets/ en strings/)\n", "\(missing.errors)")
    }
}
