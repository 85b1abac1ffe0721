import Foundation
import RegioCore

/// Notices changes under some folders. On Linux the kernel tells (inotify), within milliseconds;
/// elsewhere, or when inotify is refused, each file's size and modification time are compared every
/// `interval`. Either way the callback learns which files changed, so a rebuild reads only those.
///
/// With `repository`, a commit or checkout in the content's git repository is a change too
/// (`FileChanges.historyChanged`): the pages show history.
public struct ContentWatcher: Sendable {
    public let folders: [URL]
    public let repository: GitRefs?
    public let interval: Duration

    public init(folders: [URL], repository: GitRefs? = nil, interval: Duration = .milliseconds(200)) {
        self.folders = folders
        self.repository = repository
        self.interval = interval
    }

    /// What the folders hold now: path → (size, modification time). Hidden files do not count.
    public func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders {
            guard let walk = try? FolderWalk(root: folder.path) else { continue }
            for file in walk.files {
                stamps[folder.path + "/" + file.path] = FileStamp(size: file.size, modified: file.modified)
            }
        }
        return stamps
    }

    /// Calls `changed` after every change, until the task is cancelled.
    public func watch(_ changed: @Sendable (FileChanges) async -> Void) async {
        #if os(Linux)
        if let inotify = Inotify(folders: folders, repository: repository) {
            await watch(inotify, changed)
            return
        }
        #endif
        await poll(changed)
    }

    #if os(Linux)
    private func watch(_ inotify: Inotify, _ changed: @Sendable (FileChanges) async -> Void) async {
        while !Task.isCancelled {
            // Short waits, so that cancellation is noticed; an editor's save is several events, so
            // they are gathered until 5 ms pass without one. Editors write, or write and rename, within
            // a millisecond; should a save still come in two parts, the second rebuild is as quick.
            var gathered: FileChanges
            switch await Self.changes(inotify, waitingUpTo: 100) {
            case .none: continue
            case .lost: gathered = everything()
            case let .changed(changes): gathered = changes
            }
            gathering: while true {
                switch await Self.changes(inotify, waitingUpTo: 5) {
                case .none: break gathering
                case .lost: gathered = everything()
                case let .changed(more):
                    gathered = gathered.merged(with: more)
                }
            }
            await changed(gathered)
        }
    }

    /// The kernel's wait runs on a thread of its own: blocking in `poll` on one of the few threads
    /// of Swift's concurrency pool would leave the server and the builds one thread fewer.
    private static func changes(_ inotify: Inotify, waitingUpTo milliseconds: Int32) async -> Inotify.Events {
        await withCheckedContinuation { continuation in
            waitQueue.async { continuation.resume(returning: inotify.changes(waitingUpTo: milliseconds)) }
        }
    }

    private static let waitQueue = DispatchQueue(label: "regio.inotify")

    /// Every file as changed: when the kernel could not say what changed. Files that went are not
    /// among them, so the changes do not name every change.
    func everything() -> FileChanges {
        FileChanges(paths: Set(snapshot().keys), listChanged: true, namesEveryChange: false)
    }
    #endif

    /// Compares snapshots every `interval`.
    func poll(_ changed: @Sendable (FileChanges) async -> Void) async {
        var last = snapshot(), lastRefs = repository?.stamps()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = snapshot(), refs = repository?.stamps()
            if now != last || refs != lastRefs {
                var changes = FileChanges(from: last, to: now)
                changes.historyChanged = refs != lastRefs
                last = now
                lastRefs = refs
                await changed(changes)
            }
        }
    }
}

/// What differs between two snapshots, by absolute path.
public struct FileChanges: Sendable, Equatable {
    /// Changed, added and removed files.
    public let paths: Set<String>
    /// True when a file was added or removed, so the list of files is different.
    public let listChanged: Bool
    /// False when the watcher lost track (its queue overflowed, a folder was moved away): `paths` are
    /// then the files there are now, and files that went are not named.
    public let namesEveryChange: Bool
    /// True when HEAD of the content's git repository moved (a commit, a checkout): the history
    /// the pages show changed. Files of the repository are not among `paths`.
    public internal(set) var historyChanged: Bool

    public init(paths: Set<String>, listChanged: Bool, namesEveryChange: Bool = true, historyChanged: Bool = false) {
        self.paths = paths
        self.listChanged = listChanged
        self.namesEveryChange = namesEveryChange
        self.historyChanged = historyChanged
    }

    /// These changes and `other`, gathered into one save.
    func merged(with other: FileChanges) -> FileChanges {
        FileChanges(paths: paths.union(other.paths), listChanged: listChanged || other.listChanged,
                    namesEveryChange: namesEveryChange && other.namesEveryChange,
                    historyChanged: historyChanged || other.historyChanged)
    }

    init(from old: [String: FileStamp], to new: [String: FileStamp]) {
        var paths = Set<String>()
        for (path, stamp) in new where old[path] != stamp { paths.insert(path) }
        let removed = old.keys.filter { new[$0] == nil }
        paths.formUnion(removed)
        self.paths = paths
        listChanged = !removed.isEmpty || new.keys.contains { old[$0] == nil }
        namesEveryChange = true
        historyChanged = false
    }

    /// The changed paths under `folder`, relative to it.
    func relative(to folder: URL) -> Set<String> {
        let prefix = folder.path + "/"
        return Set(paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    }
}

public struct FileStamp: Sendable, Equatable {
    let size: Int
    let modified: Double
}
