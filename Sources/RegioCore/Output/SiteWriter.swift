import Foundation

/// Why the output could not be written, in the user's words.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

/// Writes a finished site into a folder so that the folder is replaced whole or not at all.
///
/// The site is written into a fresh folder beside the output, marked as Regio's own, and swapped in
/// with two renames only when every file is written. A folder that holds files but no marker was not
/// made by Regio and is never emptied.
public struct DiskSiteWriter: Sendable {
    /// The file that marks a folder as Regio's output.
    public static let markerName = FolderWalk.builtSiteMarker
    static let markerText = "Deze map is gemaakt door Regio en wordt bij elke build vervangen.\n"

    public let output: URL
    /// Folders the output may not be, lie in or hold (the theme): replacing the output would delete
    /// them, or change the theme the next build reads.
    public let keptApart: [URL]
    /// Folders the output may lie in but not be or hold (the content): CI builds into `site/` beside
    /// documents at a repository's root, and reading the content leaves out a folder Regio wrote
    /// (`FolderWalk.builtSiteMarker`).
    public let hosts: [URL]

    public init(output: URL, keptApartFrom keptApart: [URL] = [], mayLieIn hosts: [URL] = []) {
        self.output = output.standardizedFileURL
        self.keptApart = keptApart.map(\.standardizedFileURL)
        self.hosts = hosts.map(\.standardizedFileURL)
    }

    public func write(_ site: RenderedSite) throws {
        let staging = try begin()
        for file in site.files { staging.add(file.path, file.data) }
        try staging.commit()
    }

    /// Checks that the output may be replaced and opens a fresh staging folder beside it; files go in
    /// as the build makes them, and `commit` swaps the folder in.
    public func begin() throws -> Staging {
        let fileManager = FileManager.default
        try checkApart()
        try checkOutputIsOurs()
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).regio-nieuw")
        let retired = parent.appendingPathComponent(".\(name).regio-oud")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "de map \(parent.path) kan niet worden gemaakt: \(FileErrorText.dutch(error))")
        }
        try removeLeftover(staging)
        try removeLeftover(retired)
        let untouched = untouchedNote()
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw OutputError(description: "de map \(staging.path) kan niet worden gemaakt: \(FileErrorText.dutch(error)); \(untouched)")
        }
        return Staging(writer: self, folder: staging, retired: retired, untouched: untouched)
    }

    /// A staging folder being filled. The first failed write is kept and reported by `commit`; later
    /// files are not written, so a full disk costs no more time.
    public final class Staging: SiteSink, @unchecked Sendable {
        private let writer: DiskSiteWriter
        let folder: URL
        private let retired: URL
        /// How a failure ends its message: what stayed as it was.
        let untouched: String
        private let lock = NSLock()
        private var failure: OutputError?
        private var created: Set<String> = []

        init(writer: DiskSiteWriter, folder: URL, retired: URL, untouched: String) {
            self.writer = writer
            self.folder = folder
            self.retired = retired
            self.untouched = untouched
        }

        public func add(_ path: OutputPath, _ data: Data) {
            guard lock.withLock({ failure == nil }) else { return }
            do {
                try write(data, at: path)
            } catch {
                let failure = error as? OutputError
                    ?? OutputError(description: "schrijven in \(folder.path) mislukte: \(FileErrorText.dutch(error)); \(untouched)")
                lock.withLock { if self.failure == nil { self.failure = failure } }
            }
        }

        /// Swaps the staging folder in for the output, or removes it and throws the first failure.
        /// Returns the web host's files it kept from the previous output (`hostFiles`).
        @discardableResult
        public func commit() throws -> [String] {
            if let failure = lock.withLock({ self.failure }) {
                abandon()
                throw failure
            }
            let kept = try writer.carryHostFiles(into: folder, untouched: untouched)
            try writer.swap(folder, into: writer.output, retiring: retired, untouched: untouched)
            return kept
        }

        /// Removes the staging folder; the output is untouched.
        public func abandon() {
            try? FileManager.default.removeItem(at: folder)
        }

        private func write(_ data: Data, at path: OutputPath) throws {
            // Joined as text: `URL.appendPathComponent` asks the file system whether each part is a folder.
            let parent = ([folder.path] + path.components.dropLast()).joined(separator: "/")
            let file = parent + "/" + (path.components.last ?? "")
            // Each folder is made once: asking the file system again for every page costs a syscall each.
            // Under the lock, so that no task writes into a folder another task is still making.
            try lock.withLock {
                if !created.contains(parent) {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                    created.insert(parent)
                }
            }
            if let failure = writePlainly(data, to: file) {
                throw OutputError(description: "het bestand \(file) kan niet worden geschreven: \(FileErrorText.dutch(errno: failure)); \(untouched)")
            }
        }
    }

    /// Files a web host reads from the root of the site it serves, which the people who publish put
    /// there themselves: the error page and redirects of Apache (`.htaccess`) or IIS (`web.config`),
    /// the domain of GitHub Pages (`CNAME`, `.nojekyll`), Netlify's `_redirects` and `_headers`, and
    /// `.well-known/` (security.txt, certificates). Regio writes none of them; replacing the output
    /// must not delete them.
    public static let hostFiles = [".htaccess", ".nojekyll", ".well-known", "CNAME", "_headers", "_redirects", "web.config"]

    /// Copies the host files of the current output into `staging`; their names, in order.
    func carryHostFiles(into staging: URL, untouched: String) throws -> [String] {
        let fileManager = FileManager.default
        var kept: [String] = []
        for name in Self.hostFiles {
            let old = output.appendingPathComponent(name), new = staging.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: old.path), !fileManager.fileExists(atPath: new.path) else { continue }
            do {
                try fileManager.copyItem(at: old, to: new)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw OutputError(description: "\(old.path) kan niet worden bewaard: \(FileErrorText.dutch(error)); \(untouched)")
            }
            kept.append(name)
        }
        return kept
    }

    /// Refuses an output that is, lies in or holds one of the folders to keep apart. Compared with
    /// symbolic links resolved, so a link to the content folder does not get past.
    func checkApart() throws {
        let resolvedOutput = output.resolvingSymlinksInPath().path
        for folder in hosts + keptApart {
            let resolved = folder.resolvingSymlinksInPath().path
            if resolvedOutput == resolved {
                throw OutputError(description: "de uitvoermap \(output.path) is \(folder.path) zelf; kies een andere --out, bijvoorbeeld `site`")
            }
            if resolvedOutput.hasPrefix(resolved + "/"), !hosts.contains(folder) {
                throw OutputError(description: "de uitvoermap \(output.path) ligt in \(folder.path); kies een --out buiten die map")
            }
            if resolved.hasPrefix(resolvedOutput + "/") || resolvedOutput == "/" {
                throw OutputError(description: "de uitvoermap \(output.path) bevat \(folder.path), dat bij een build zou verdwijnen; kies een andere --out")
            }
        }
    }

    /// Refuses an existing output folder with content that Regio did not make.
    func checkOutputIsOurs() throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw OutputError(description: "\(output.path) is een bestand, geen map; kies een andere --out")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        // A folder inside a site Regio made (`--out site/haaglanden`) has no marker of its own.
        var folder = output.standardizedFileURL.deletingLastPathComponent()
        while folder.path != "/", !contents.contains(Self.markerName) {
            if fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) {
                throw OutputError(description: "de map \(output.path) ligt in de site die Regio in \(folder.path) maakte; kies die map zelf als --out, of een map daarbuiten")
            }
            folder.deleteLastPathComponent()
        }
        guard contents.isEmpty || contents.contains(Self.markerName) else {
            throw OutputError(description: "de map \(output.path) is niet door Regio gemaakt en wordt dus niet overschreven; kies een andere --out of maak de map zelf leeg")
        }
    }

    /// The end of a failure's message: "de vorige site is ongewijzigd" is not true of a folder that is not there.
    func untouchedNote() -> String {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.appendingPathComponent(Self.markerName).path) { return "de vorige site is ongewijzigd" }
        if fileManager.fileExists(atPath: output.path) { return "\(output.path) is ongewijzigd" }
        return "er is niets geschreven"
    }

    /// A staging or retired folder left by an interrupted build; removed only when it carries the marker.
    private func removeLeftover(_ folder: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: folder.path) else { return }
        guard fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) else {
            throw OutputError(description: "\(folder.path) bestaat al en is niet van Regio; verwijder of hernoem die map")
        }
        try fileManager.removeItem(at: folder)
    }

    /// Two renames, with `rename(2)` itself: Foundation's `moveItem` turns some of the system's reasons
    /// (a mount point's EBUSY) into a bare "unknown error" (512).
    fileprivate func swap(_ staging: URL, into output: URL, retiring retired: URL, untouched: String) throws {
        let hadOutput = FileManager.default.fileExists(atPath: output.path)
        var failure: Int32 = 0
        if hadOutput, rename(output.path, retired.path) != 0 {
            failure = errno
        } else if rename(staging.path, output.path) != 0 {
            failure = errno
            if hadOutput { rename(retired.path, output.path) }
        }
        guard failure == 0 else {
            try? FileManager.default.removeItem(at: staging)
            throw OutputError(description: "de nieuwe site kon niet op \(output.path) worden gezet: \(FileErrorText.dutch(errno: failure)); \(untouched)")
        }
        if hadOutput { try? FileManager.default.removeItem(at: retired) }
    }
}

/// One open, write and close per file. Foundation's writes cost a temporary file and a rename
/// (`FileManager.createFile`) or an `fsync` (`Data.write`) each; neither is needed, because the
/// whole folder is swapped in atomically once every file is written.
/// The system's error number when it fails; nil when the file is written.
private func writePlainly(_ data: Data, to path: String) -> Int32? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return errno }
    defer { close(descriptor) }
    return data.withUnsafeBytes { buffer in
        guard var next = buffer.baseAddress else { return nil }
        var left = buffer.count
        while left > 0 {
            let written = write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            left -= written
        }
        return nil
    }
}
