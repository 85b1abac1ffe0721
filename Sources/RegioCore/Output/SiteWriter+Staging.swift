import Foundation

extension DiskSiteWriter {
    /// A staging folder being filled. The first failed write is kept and reported by `commit`; later
    /// files are not written, so a full disk costs no more time.
    public final class Staging: SiteSink, @unchecked Sendable {
        private let writer: DiskSiteWriter
        let folder: URL
        private let retired: URL
        /// How a failure ends its message: what stayed as it was ("de vorige site is ongewijzigd").
        public let untouched: String
        /// Held until the swap is done or the folder abandoned: no other build writes to this output meanwhile.
        private let claim: OutputLock
        /// The output folder's group and rights, given to the folder that replaces it.
        private let rights: FolderRights?
        /// What the build should say although the site is written (`FolderRights.start`).
        public let warnings: [String]
        private let lock = NSLock()
        private var failure: OutputError?
        private var created: Set<String> = []
        /// Every path written, for the manifest in the marker.
        private var written: [String] = []
        private var state = State.open
        /// Files being written now: `abandon` waits for them before it removes the folder.
        private var inFlight = 0

        private enum State {
            case open, committing, finished, abandoned
        }

        init(writer: DiskSiteWriter, folder: URL, retired: URL, untouched: String, claim: OutputLock, rights: FolderRights?, warnings: [String]) {
            self.writer = writer
            self.folder = folder
            self.retired = retired
            self.untouched = untouched
            self.claim = claim
            self.rights = rights
            self.warnings = warnings
        }

        public func add(_ path: OutputPath, _ data: Data) {
            let proceeds = lock.withLock {
                guard failure == nil, state == .open else { return false }
                inFlight += 1
                return true
            }
            guard proceeds else { return }
            defer { lock.withLock { inFlight -= 1 } }
            do {
                try write(data, at: path)
            } catch {
                let failure = error as? OutputError
                    ?? OutputError(description: "schrijven in \(folder.path) mislukte: \(FileErrorText.dutch(error)); \(untouched)")
                lock.withLock { if self.failure == nil { self.failure = failure } }
            }
        }

        /// Swaps the staging folder in for the output, or removes it and throws the first failure.
        /// Returns what it kept from the previous output and what the new site replaced.
        @discardableResult
        public func commit() throws -> WriteReport {
            let open = lock.withLock {
                guard state == .open else { return false }
                state = .committing
                return true
            }
            guard open else { throw OutputError(description: "de build is afgebroken; \(untouched)") }
            defer { lock.withLock { claim.release(); state = .finished } }
            if let failure = lock.withLock({ self.failure }) {
                discard()
                throw failure
            }
            let previous = writer.previousSite()
            if let locked = previous?.folderNotEmptiable {
                discard()
                throw OutputError(description: """
                    de vorige site in \(writer.output.path) kan niet worden verwijderd: geen toestemming om bestanden te \
                    verwijderen in \(locked); vraag de beheerder om schrijfrechten op die map en de mappen erin, of kies \
                    een andere --out; \(untouched)
                    """)
            }
            let report: WriteReport
            do {
                let marker = folder.appendingPathComponent(DiskSiteWriter.markerName)
                do {
                    try Data(SiteManifest.text(files: lock.withLock { written }).utf8).write(to: marker)
                } catch {
                    throw OutputError(description: "het bestand \(marker.path) kan niet worden geschreven: \(FileErrorText.dutch(error)); \(untouched)")
                }
                report = try previous.map { try writer.carryOver($0, into: folder, untouched: untouched) } ?? WriteReport(kept: [], replaced: [])
            } catch {
                discard()
                throw error
            }
            rights?.finish(on: folder)
            try writer.swap(folder, into: writer.output, retiring: retired, untouched: untouched)
            return report
        }

        /// Removes the staging folder and lets another build go; the output is untouched. Safe while
        /// tasks still add files (Ctrl-C during rendering): it stops new ones and waits for those being
        /// written. False, and nothing done, once `commit` has begun: the swap takes milliseconds, and
        /// stopping halfway would be worse.
        @discardableResult
        public func abandon() -> Bool {
            let open = lock.withLock {
                guard state == .open else { return false }
                state = .abandoned
                return true
            }
            guard open else { return false }
            while lock.withLock({ inFlight }) > 0 { usleep(1_000) }
            discard()
            return true
        }

        private func discard() {
            try? FileManager.default.removeItem(at: folder)
            lock.withLock { claim.release() }
        }

        private func write(_ data: Data, at path: OutputPath) throws {
            // Joined as text: `URL.appendPathComponent` asks the file system whether each part is a folder.
            let parent = ([folder.path] + path.components.dropLast()).joined(separator: "/")
            let file = parent + "/" + (path.components.last ?? "")
            // Each folder is made once: asking the file system again for every page costs a syscall each.
            // Under the lock, so that no task writes into a folder another task is still making.
            try lock.withLock {
                written.append(path.description)
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
