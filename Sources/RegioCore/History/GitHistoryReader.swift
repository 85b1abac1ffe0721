import Foundation

/// Runs real git on the content folder: three quick questions, then one `git log` over all of it.
/// Outside a repository, without git, without commits, or in a shallow clone it still returns, with
/// a limitation that says, once, what could not be known.
public struct GitHistoryReader: Sendable {
    public let contentFolder: URL

    public init(contentFolder: URL) {
        self.contentFolder = contentFolder
    }

    public func read() -> ContentHistory {
        guard let inside = run(["rev-parse", "--is-inside-work-tree"]), inside.output == "true" else {
            return .unavailable("de inhoudsmap staat niet in een git-repository: datums van toevoegen en wijzigen en de lijst van wijzigingen ontbreken")
        }
        guard run(["rev-parse", "--verify", "-q", "HEAD"])?.status == 0 else {
            return .unavailable("de git-repository heeft nog geen commits: datums van toevoegen en wijzigen ontbreken")
        }
        let prefix = run(["rev-parse", "--show-prefix"])?.output ?? ""
        let shallow = run(["rev-parse", "--is-shallow-repository"])?.output == "true"
        guard let log = run(["-c", "core.quotepath=off", "log", "--no-merges", "-M", "--name-status", "--format=\(GitLog.format)", "--", "."]),
              log.status == 0
        else {
            return .unavailable("git kon de geschiedenis van de inhoudsmap niet lezen: datums van toevoegen en wijzigen ontbreken")
        }
        return ContentHistory(
            files: GitLog.parse(log.output, prefix: prefix),
            limitation: shallow ? "de repository is een ondiepe kloon (shallow clone): de oudste wijzigingen en datums van toevoegen kunnen ontbreken; haal de hele geschiedenis op met `git fetch --unshallow`" : nil
        )
    }

    private func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", contentFolder.path] + arguments
        // Same bytes whatever the user's settings: no pager, no colour, UTC-independent ISO dates.
        process.environment = ["GIT_PAGER": "cat", "LC_ALL": "C", "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": "/nonexistent"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (process.terminationStatus, text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
}
