import Foundation

/// Git history for `regio serve`, read again only when the repository's HEAD moved. Saving a file
/// changes no history, and asking git costs a few processes per build (most of a rebuild of the
/// example). A commit, checkout or reset appends to `.git/logs/HEAD` and rewrites `.git/HEAD`; their
/// size and modification time are the signature; content outside any repository has a signature of
/// its own. Where they cannot be read (a worktree whose `.git` is a file, reflog switched off)
/// history is read every time.
public final class HistoryCache: @unchecked Sendable {
    private let contentFolder: URL
    private let lock = NSLock()
    private var last: (signature: [String], history: ContentHistory)?

    public init(contentFolder: URL) {
        self.contentFolder = contentFolder.standardizedFileURL
    }

    public func read() -> ContentHistory {
        let signature = Self.signature(of: contentFolder)
        if let signature, let last = lock.withLock({ last }), last.signature == signature { return last.history }
        let history = GitHistoryReader(contentFolder: contentFolder).read()
        if let signature { lock.withLock { last = (signature, history) } }
        return history
    }

    /// Size and modification time of HEAD and its reflog in the nearest `.git` folder above `folder`,
    /// and of the branch HEAD names and `packed-refs` where they are files. Git appends to the reflog
    /// before it moves the branch: read between the two, the history would be kept with a signature
    /// that the moved branch then changes.
    static func signature(of folder: URL) -> [String]? {
        var current = folder
        while true {
            let git = current.appendingPathComponent(".git")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: git.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { return nil }
                let files = ["HEAD", "logs/HEAD"].map { git.appendingPathComponent($0).path }
                let stamps = files.compactMap { path -> String? in
                    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
                    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                    return "\(path) \((attributes[.size] as? NSNumber)?.intValue ?? 0) \(modified)"
                }
                guard stamps.count == files.count else { return nil }
                var refs = [git.appendingPathComponent("packed-refs").path]
                if let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8), head.hasPrefix("ref: ") {
                    refs.append(git.appendingPathComponent(head.dropFirst("ref: ".count).trimmingCharacters(in: .whitespacesAndNewlines)).path)
                }
                return stamps + refs.map { path in
                    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "\(path) -" }
                    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                    return "\(path) \((attributes[.size] as? NSNumber)?.intValue ?? 0) \(modified)"
                }
            }
            let parent = current.deletingLastPathComponent()
            // No repository at all: that stays so until a `.git` folder appears on the way up.
            if parent.path == current.path { return ["geen repository"] }
            current = parent
        }
    }
}
