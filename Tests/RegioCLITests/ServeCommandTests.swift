import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
@testable import RegioCLI
#endif
import RegioTestSupport
import Testing

/// Starts `regio serve --port 0` on the content in `folder` and returns the process and its address.
func startServe(_ folder: URL, port: String = "0") throws -> (Process, Pipe, URL) {
    let (process, output, address, _) = try startServeSaying(folder, port: port)
    return (process, output, address)
}

/// The same, with what the terminal showed up to the address.
func startServeSaying(_ folder: URL, port: String = "0") throws -> (Process, Pipe, URL, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("regio")
    process.arguments = ["serve", "--port", port, "--content", folder.path, "--theme", RepositoryPaths.defaultTheme.path, "--datum", "2026-11-25"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    var seen = ""
    while !seen.contains("(stoppen met Ctrl-C)") {
        let data = output.fileHandleForReading.availableData
        guard !data.isEmpty else { break }
        seen += String(decoding: data, as: UTF8.self)
    }
    let address = seen.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+\//).map { String($0.output) } ?? ""
    return (process, output, try #require(URL(string: address)), seen)
}

/// `regio serve` as a user starts it: the real executable on a free port, over 127.0.0.1.
@Suite("regio serve")
struct ServeCommandTests {
    private func get(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test("start op een vrije poort, toont pagina's met het herlaadscript, werkt bij na opslaan en stopt op SIGTERM (exit 130)")
    func servesAndReloads() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let (process, output, address, started) = try startServeSaying(folder)
        defer { if process.isRunning { process.terminate() } }
        // What is coming is said at the start, as `regio check` says it; not again after every save.
        let reminder = "regio: let op: de regiovisie van Haaglanden (`haaglanden/regiovisie-2023-2026`) loopt af op 31 december 2026"
        #expect(started.contains(reminder), "\(started)")
        let page = address.appendingPathComponent("haaglanden/delft/plan-2024.html")
        let (status, html) = try await get(page)
        #expect(status == 200 && html.contains("/_regio/herladen.js"))
        let plan = folder.appendingPathComponent("haaglanden/delft/plan-2024.md")
        try Data((try String(contentsOf: plan, encoding: .utf8) + "\nZojuist toegevoegd.\n").utf8).write(to: plan)
        var updated = false
        for _ in 0..<50 where !updated {
            try await Task.sleep(for: .milliseconds(100))
            updated = try await get(page).1.contains("Zojuist toegevoegd.")
        }
        #expect(updated)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        let later = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(later.contains("0 fouten") && !later.contains("let op: de regiovisie"), "\(later)")
    }

    @Test("Ctrl-C (SIGINT) en SIGTERM stoppen het voorbeeld met exitcode 130, zoals een afgebroken build, en zeggen het", arguments: [SIGINT, SIGTERM])
    func stopsWithExitCode130(signal number: Int32) async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let (process, output, address) = try startServe(folder)
        defer { if process.isRunning { process.terminate() } }
        #expect(try await get(address).0 == 200)
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        let later = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(later.hasSuffix("regio: voorbeeld gestopt\n"), "\(later)")
    }

    /// The plain save, and a save built before the page heard the server (a second save 50 ms after
    /// the first, as format-on-save does): `check_reload.py --build-before-connect` holds the page's
    /// connection back with DevTools until the server has built it.
    @Test("in Chromium laadt de open pagina opnieuw na opslaan, zonder fout in de console (de Content-Security-Policy laat de gebeurtenissen door); ook als de build klaar was voordat de pagina de server hoorde, en in 8 tabbladen tegelijk",
          .enabled(if: ProcessInfo.processInfo.environment["REGIO_BROWSER_TESTS"] == "1", "REGIO_BROWSER_TESTS niet gezet: draai scripts/test.sh"),
          arguments: [([String](), "ok   the page reloaded by itself"), (["--build-before-connect"], "ok   the page reloaded to the build it had not heard of"),
                     // More tabs than the 6 connections a browser keeps to one address.
                     (["--tabs", "8"], "ok   every open tab reloaded after the save: 8 of 8")])
    func reloadsInABrowser(options: [String], expected: String) async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let (process, _, address) = try startServe(folder)
        defer { if process.isRunning { process.terminate() } }
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Browser/check_reload.py").path
        let run = try runTool(["python3", script, address.appendingPathComponent("haaglanden/delft/plan-2024.html").absoluteString,
                               folder.appendingPathComponent("haaglanden/delft/plan-2024.md").path, "Zojuist toegevoegd in de browser."] + options)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(expected), "\(run.output)")
    }

    /// The fixture with a plan as long as a real one (ten chapters under headings with ids), with a
    /// broken link (an error) and an address that does not become a link (a warning).
    private func longPlanWithFindings(in folder: URL) throws {
        let chapters = (1...10).map { chapter in
            "## Hoofdstuk \(chapter)\n\n" + (1...3).map { paragraph in
                "Alinea \(paragraph) van hoofdstuk \(chapter): de gemeente werkt samen met Veilig Thuis, de politie en het onderwijs om huiselijk geweld eerder te zien en te stoppen."
            }.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
        let plan = (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
            + "\n\nZie [het verslag](verslag.md). Meer op www.veiligthuis.nl.\n\n" + chapters + "\n"
        try SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan).write(to: folder)
    }

    @Test("in Chromium: het meldingenpaneel telt fouten en waarschuwingen, axe vindt 0 overtredingen (open en ingeklapt, licht en donker), de voettekst staat boven het paneel, de knop klapt in en dat blijft, Escape, de link ernaartoe",
          .enabled(if: ProcessInfo.processInfo.environment["REGIO_BROWSER_TESTS"] == "1", "REGIO_BROWSER_TESTS niet gezet: draai scripts/test.sh"))
    func findingsPanelInABrowser() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try longPlanWithFindings(in: folder)
        let (process, _, address) = try startServe(folder)
        defer { if process.isRunning { process.terminate() } }
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Browser/check_panel.py").path
        // Screenshots to look at after a run, beside those of the browser tests.
        let screenshots = RepositoryPaths.root.appendingPathComponent(".build/test-artefacts/paneel")
        try? FileManager.default.removeItem(at: screenshots)
        let run = try runTool(["python3", script, address.appendingPathComponent("haaglanden/delft/plan-2024.html").absoluteString,
                               "--other", address.appendingPathComponent("haaglanden/index.html").absoluteString, "--screenshots", screenshots.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("FAIL"), "\(run.output)")
        #expect(run.output.contains("1 fout en 1 waarschuwing"), "\(run.output)")
        for check in ["dark: axe finds no violation on the page with the panel folded", "390 px, open: the page's last element (footer) ends above the panel",
                      "390 px, open: the helpline (0800-2000) is not under the panel", "folded, the panel stays folded after a reload",
                      "folded, the panel stays folded on another page", "Escape in the panel folds it and leaves the focus on the button",
                      "the link says how many findings: Naar de meldingen van het voorbeeld (2)", "Enter on the link puts the focus on the panel's button",
                      "the panel's button shows a ring of at least 2 px, at least 3:1 on the panel"] {
            #expect(run.output.contains("ok   " + check), "\(check): \(run.output)")
        }
        let shots = try FileManager.default.contentsOfDirectory(atPath: screenshots.path).filter { $0.hasSuffix(".png") }
        #expect(Set(shots).isSuperset(of: ["paneel-open-1280.png", "paneel-ingeklapt-1280.png", "paneel-open-390.png", "paneel-ingeklapt-390.png"]), "\(shots)")
    }

    @Test("in Chromium houdt herladen na opslaan de plek: de kop die de lezer zag, de focus en de getypte tekst in het zoekveld, een #fragment; ingeklapt blijft ingeklapt tot er een melding bijkomt",
          .enabled(if: ProcessInfo.processInfo.environment["REGIO_BROWSER_TESTS"] == "1", "REGIO_BROWSER_TESTS niet gezet: draai scripts/test.sh"))
    func reloadKeepsThePlaceInABrowser() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try longPlanWithFindings(in: folder)
        let (process, _, address) = try startServe(folder)
        defer { if process.isRunning { process.terminate() } }
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Browser/check_reload.py").path
        let run = try runTool(["python3", script, address.appendingPathComponent("haaglanden/delft/plan-2024.html").absoluteString,
                               folder.appendingPathComponent("haaglanden/delft/plan-2024.md").path, "Zojuist toegevoegd in de browser.", "--keeps-place"])
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("FAIL"), "\(run.output)")
        for check in ["the heading 'hoofdstuk-6' stays where the reader had it", "the search box keeps the focus",
                      "the search box keeps what was typed, and the caret", "the heading the address's #hoofdstuk-7 leads to stays at the top",
                      "a folded panel stays folded after a save", "a save with a new finding opens the folded panel",
                      "with every finding fixed the page has no panel", "after a page without findings, one new finding opens the panel folded before",
                      "a file renamed without git sends the open tab to its new address", "after the rename the heading 'hoofdstuk-6' stays where the reader had it",
                      "no errors in the browser console"] {
            #expect(run.output.contains("ok   " + check), "\(check): \(run.output)")
        }
    }

    @Test("een git-commit na git mv werkt het draaiende voorbeeld bij zonder opslaan: de oude pagina verwijst door, de nieuwe noemt de commit")
    func commitUpdatesThePreview() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let author = ["GIT_AUTHOR_NAME": "Anna de Vries", "GIT_COMMITTER_NAME": "Anna de Vries",
                      "GIT_AUTHOR_EMAIL": "redactie@example.org", "GIT_COMMITTER_EMAIL": "redactie@example.org"]
        func git(_ arguments: String...) throws {
            let run = try runTool(["git", "-C", folder.path] + arguments, environment: author)
            #expect(run.status == 0, "git \(arguments): \(run.output)")
        }
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "Eerste versie")
        let (process, _, address) = try startServe(folder)
        defer { if process.isRunning { process.terminate() } }
        let old = address.appendingPathComponent("factsheets/landelijk.html")
        #expect(try await status(old) == 200)
        try git("mv", "factsheets/landelijk.md", "factsheets/landelijke-cijfers.md")
        let vision = folder.appendingPathComponent("haaglanden/regiovisie-2023-2026.md")
        try Data(try String(contentsOf: vision, encoding: .utf8).replacingOccurrences(of: "factsheets/landelijk.md", with: "factsheets/landelijke-cijfers.md").utf8).write(to: vision)
        // The rename is seen as files, before any commit: one document gone and one come in the
        // same save, so the open page of the old name is sent on to the new one.
        var sent = false
        for _ in 0..<50 where !sent {
            try await Task.sleep(for: .milliseconds(100))
            let (_, response) = try await URLSession.shared.data(from: old)
            sent = response.url?.lastPathComponent == "landelijke-cijfers.html" && (response as? HTTPURLResponse)?.statusCode == 200
        }
        #expect(sent, "the rename before the commit was not followed")
        try git("commit", "-q", "-am", "Factsheet hernoemd")
        var moved = false
        for _ in 0..<50 where !moved {
            try await Task.sleep(for: .milliseconds(100))
            moved = try await get(old).1.contains("Deze pagina is verhuisd")
        }
        #expect(moved, "the commit was not picked up")
        let new = try await get(address.appendingPathComponent("factsheets/landelijke-cijfers.html")).1
        #expect(new.contains("Factsheet hernoemd"))
    }

    private func status(_ url: URL) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: url)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    @Test("een poort buiten 0...65535, ook een negatieve, krijgt dezelfde melding en exitcode 64", arguments: ["-1", "70000"])
    func portOutOfRange(port: String) throws {
        let run = try regio(["serve", "--port", port, "--content", RepositoryPaths.root.appendingPathComponent("content").path])
        #expect(run.status == 64)
        #expect(run.errors.contains("--port moet tussen 0 en 65535 liggen"), "\(run.errors)")
        #expect(!run.errors.contains("ontbreekt"), "\(run.errors)")
    }

    @Test("een bezette poort: een Nederlandse melding en exitcode 64, vóór de controle (de meldingen van een grote site begroeven haar)")
    func portInUse() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder)
        let (process, _, address) = try startServe(folder)
        defer { process.terminate() }
        let port = try #require(address.port)
        let second = try regio(["serve", "--port", "\(port)", "--content", folder.path, "--datum", "2026-11-25"])
        #expect(second.status == 64)
        #expect(second.errors.contains("poort \(port)") && second.errors.contains("al in gebruik"))
        #expect(second.output.isEmpty, "nothing checked or built first: \(second.output)")
        #expect(ServeCommand.bindFailure(port: port) == EADDRINUSE)
        #expect(ServeCommand.bindFailure(port: 0) == nil, "port 0 is any free one")
    }
}
