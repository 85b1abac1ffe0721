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
        let inside = run(["rev-parse", "--is-inside-work-tree"], input: nil, raw: false, keepsErrors: true)
        guard let inside, inside.text == "true" else {
            return .unavailable(Self.whyNoRepository(gitRan: inside != nil && inside?.status != 127, error: inside?.errors ?? ""))
        }
        guard run(["rev-parse", "--verify", "-q", "HEAD"])?.status == 0 else {
            return .unavailable("de git-repository heeft nog geen commits: datums van toevoegen en wijzigen ontbreken")
        }
        let prefix = run(["rev-parse", "--show-prefix"])?.output ?? ""
        let shallow = run(["rev-parse", "--is-shallow-repository"])?.output == "true"
        guard let log = run(["-c", "core.quotepath=off", "-c", "log.showSignature=false", "log", "--no-merges", "-M", "--name-status", "--format=\(GitLog.format)", "--", "."]),
              log.status == 0
        else {
            return .unavailable("git kon de geschiedenis van de inhoudsmap niet lezen (is de repository beschadigd? `git fsck` zegt meer): datums van toevoegen en wijzigen ontbreken")
        }
        let (files, deletions) = GitLog.parse(log.output, prefix: prefix)
        var history = ContentHistory(
            files: files, deletions: deletions,
            limitation: shallow ? "de repository is een ondiepe kloon (shallow clone): de oudste wijzigingen en datums van toevoegen kunnen ontbreken; haal de hele geschiedenis op met `git fetch --unshallow`" : nil
        )
        history.lastChanges = lastChanges(of: files)
        history.adoptedVersions = adoptedVersions(of: files, prefix: prefix)
        return history
    }

    /// The version of each document that a later commit changed after its adoption: the commit that
    /// last changed its `vastgesteld_op` line (`-G`, names only, one `git log`), when that is not its
    /// newest change, and the text at that commit (one `git cat-file --batch`).
    private func adoptedVersions(of files: [String: DocumentHistory], prefix: String) -> [String: AdoptedVersion] {
        guard let log = run(["-c", "core.quotepath=off", "-c", "log.showSignature=false", "log", "--no-merges", "-M", "--name-status",
                             "--format=\(GitLog.format)", "-G^vastgesteld_op:", "--", "."]), log.status == 0 else { return [:] }
        // This log sees no rename that left the line alone, so its names are those of each commit:
        // matched with the full history's name of the file at that commit.
        let adoptions = Set(GitLog.parse(log.output, prefix: prefix).files.flatMap { _, history in history.changes.map { "\($0.commit):\($0.path)" } })
        let changedSince = files.compactMap { file, history -> (file: String, change: DocumentHistory.Change)? in
            guard file.hasSuffix(".md"), history.changes.count > 1,
                  let index = history.changes.firstIndex(where: { adoptions.contains("\($0.commit):\($0.path)") }), index > 0 else { return nil }
            return (file, history.changes[index])
        }.sorted { $0.file < $1.file }
        guard !changedSince.isEmpty,
              let output = run(["cat-file", "--batch"], input: changedSince.map { "\($0.change.commit):\($0.change.path)" }.joined(separator: "\n") + "\n",
                               raw: true, keepsErrors: false) else { return [:] }
        let blobs = Self.blobs(in: Array(output.data))
        guard blobs.count == changedSince.count else { return [:] }
        var result: [String: AdoptedVersion] = [:]
        for (entry, blob) in zip(changedSince, blobs) {
            if let text = blob { result[entry.file] = AdoptedVersion(change: entry.change, text: text) }
        }
        return result
    }

    /// Both sides of each document's last change, from one `git cat-file --batch` for all of them.
    private func lastChanges(of files: [String: DocumentHistory]) -> [String: (before: String, after: String)] {
        let changed = files.filter { $0.key.hasSuffix(".md") && $0.value.changes.count > 1 }.sorted { $0.key < $1.key }
        guard !changed.isEmpty else { return [:] }
        let requests = changed.flatMap { _, history -> [String] in
            let change = history.changes[0]
            return ["\(change.commit)^:\(change.previousPath ?? change.path)", "\(change.commit):\(change.path)"]
        }
        guard let output = run(["cat-file", "--batch"], input: requests.joined(separator: "\n") + "\n", raw: true, keepsErrors: false) else { return [:] }
        let blobs = Self.blobs(in: Array(output.data))
        guard blobs.count == requests.count else { return [:] }
        var result: [String: (before: String, after: String)] = [:]
        for (index, entry) in changed.enumerated() {
            guard let before = blobs[2 * index], let after = blobs[2 * index + 1] else { continue }
            result[entry.key] = (before, after)
        }
        return result
    }

    /// Why git gave no answer about the content folder. A CI container checks out the repository as
    /// another user than the one that runs Regio, and git then refuses it as "dubious ownership":
    /// the site would go out without dates, so that is said with git's own remedy.
    static func whyNoRepository(gitRan: Bool, error: String) -> String {
        let missing = "datums van toevoegen en wijzigen en de lijst van wijzigingen ontbreken"
        guard gitRan else { return "git is niet gevonden: installeer git (Debian: `apt-get install git`) om de geschiedenis te lezen; \(missing)" }
        guard error.contains("dubious ownership") else { return "de inhoudsmap staat niet in een git-repository: \(missing)" }
        let remedy = error.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("git config") }
        return "git weigert de repository te lezen, omdat de map van een andere gebruiker is dan wie Regio start (dubious ownership); "
            + "vertrouw de map met `\(remedy ?? "git config --global --add safe.directory <map>")` (in CI eventueel met --system); \(missing)"
    }

    /// The objects of `git cat-file --batch` output in request order: nil for a missing one.
    static func blobs(in bytes: [UInt8]) -> [String?] {
        var blobs: [String?] = []
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 10) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else {
                blobs.append(nil)
                continue
            }
            blobs.append(String(decoding: bytes[index..<index + size], as: UTF8.self))
            index += size + 1
        }
        return blobs
    }

    private func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        run(arguments, input: nil, raw: false, keepsErrors: false).map { ($0.status, $0.text) }
    }

    /// `keepsErrors`: what git writes to standard error is returned too, read after its output; only
    /// for questions with short answers, as a full error pipe would block git.
    private func run(_ arguments: [String], input: String?, raw: Bool, keepsErrors: Bool) -> (status: Int32, text: String, data: Data, errors: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", contentFolder.path] + arguments
        // Same bytes whatever the user's settings: no pager, plain output; the format is given in full,
        // and HOME is kept so that a `safe.directory` the user trusted still applies.
        // The system's git comes first; a git installed elsewhere is found on the user's PATH.
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["GIT_PAGER": "cat", "LC_ALL": "C", "PATH": "/usr/bin:/bin:/usr/local/bin" + (inherited["PATH"].map { ":" + $0 } ?? "")]
        environment["HOME"] = inherited["HOME"]
        process.environment = environment
        let output = Pipe(), feed = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = keepsErrors ? errors : FileHandle.nullDevice
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do { try process.run() } catch { return nil }
        if let input {
            // Written from another thread: a large answer must be read while the question is still being written.
            let handle = feed.fileHandleForWriting
            Thread.detachNewThread {
                handle.write(Data(input.utf8))
                try? handle.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = keepsErrors ? String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (process.terminationStatus, raw || !text.hasSuffix("\n") ? text : String(text.dropLast()), data, errorText)
    }
}
