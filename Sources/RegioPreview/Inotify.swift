#if os(Linux)
import Foundation
import Glibc

/// Linux's inotify over whole folder trees: the kernel says which file changed, at once, instead of
/// the watcher looking at every file every 200 ms. New folders are watched as they appear. A root
/// folder that is removed or moved away (a content folder replaced by a backup or a fresh clone) is
/// looked for again at every wait, and watched anew when it is back.
/// Unchecked: each instance is used by one watcher, whose waits run one at a time on its serial queue.
final class Inotify: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor → the folder it watches, absolute.
    private var folders: [Int32: String] = [:]
    /// The git repository's folders, among `folders`: their files are not content, and only those
    /// that move HEAD count (`GitRefs.counts`).
    private let repository: GitRefs?
    private var repositoryFolders: Set<Int32> = []
    /// The folders given, absolute; those gone are watched again when they are back.
    private let roots: [String]
    private var missingRoots: Set<String> = []

    // Bits of `inotify_event.mask` (linux/inotify.h).
    private static let attributes: UInt32 = 0x4, closeWrite: UInt32 = 0x8, movedFrom: UInt32 = 0x40, movedTo: UInt32 = 0x80
    private static let create: UInt32 = 0x100, delete: UInt32 = 0x200, deleteSelf: UInt32 = 0x400, moveSelf: UInt32 = 0x800
    private static let overflow: UInt32 = 0x4000, ignored: UInt32 = 0x8000, isFolder: UInt32 = 0x4000_0000
    private static let mask = attributes | closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf

    /// Nil when the kernel refuses (no inotify, or the limit of watches is reached): poll instead.
    init?(folders roots: [URL], repository: GitRefs? = nil) {
        descriptor = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        self.repository = repository
        self.roots = roots.map(\.path)
        guard descriptor >= 0 else { return nil }
        for root in roots {
            guard addTree(root.path) == .watched else {
                close(descriptor)
                return nil
            }
        }
        // Each repository folder alone (`.git/objects` holds hundreds): a folder that is not there
        // (no reflog yet) is passed by.
        for folder in repository?.folders ?? [] {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { continue }
            folders[watch] = folder
            repositoryFolders.insert(watch)
        }
    }

    deinit {
        close(descriptor)
    }

    private enum Added { case watched, gone, refused }

    /// Watches `path` and every folder under it that is not hidden, as they are now: a folder made
    /// after this walk is reported by its parent's watch. A folder removed meanwhile is passed by;
    /// `refused` when the kernel refuses a watch (the limit is reached).
    private func addTree(_ path: String) -> Added {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return [ENOENT, ENOTDIR].contains(errno) ? .gone : .refused }
        folders[watch] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return .watched }
        for name in names where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let child = path + "/" + name
            // Symbolic links to folders are not followed: the content is what lies in the folder.
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: child)) == nil,
                  FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            if addTree(child) == .refused { return .refused }
        }
        return .watched
    }

    /// Stops watching `path` and the folders under it: moved away, their watches would go on
    /// reporting what happens there under the old names.
    private func unwatchTree(_ path: String) {
        for (watch, folder) in folders where !repositoryFolders.contains(watch) && (folder == path || folder.hasPrefix(path + "/")) {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    /// Watches again the roots that were gone and are back; true when there was one.
    private func watchReturnedRoots() -> Bool {
        var returned = false
        for root in roots where missingRoots.contains(root) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue,
                  addTree(root) != .gone else { continue }
            missingRoots.remove(root)
            returned = true
        }
        return returned
    }

    /// The folders watched now, for tests.
    var watchedFolders: Set<String> { Set(folders.values) }

    enum Events {
        case none
        case changed(FileChanges)
        /// Too much happened to say what (the kernel's queue overflowed, a watched folder went away): look at everything.
        case lost
    }

    /// Waits up to `timeout` milliseconds for events and returns what changed.
    func changes(waitingUpTo timeout: Int32) -> Events {
        // A root that was removed has no watch to say it is back: look for it, at every wait.
        if !missingRoots.isEmpty, watchReturnedRoots() { return .lost }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return .none }
        var paths = Set<String>()
        var listChanged = false, historyChanged = false, lost = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        // Every event read is handled, also after one that loses track: a folder made right after
        // another one is known only by its event, and a watch must be added for it.
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & Self.overflow != 0 { lost = true; continue }
                guard let folder = folders[watch] else { continue }
                if mask & Self.ignored != 0 {
                    // The kernel dropped the watch (its folder was removed): the number may come
                    // back for another folder.
                    folders[watch] = nil
                    repositoryFolders.remove(watch)
                    if roots.contains(folder) { missingRoots.insert(folder); lost = true }
                    continue
                }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if repositoryFolders.contains(watch) {
                    let path = folder + "/" + name
                    if mask & Self.isFolder != 0 {
                        // A new branch folder (`refs/heads/werk/` for `werk/plan`) is watched as it comes.
                        if mask & (Self.create | Self.movedTo) != 0, repository?.counts(path + "/x") == true {
                            let added = inotify_add_watch(descriptor, path, Self.mask)
                            if added >= 0 { folders[added] = path; repositoryFolders.insert(added) }
                        }
                    } else if !name.isEmpty, repository?.counts(path) == true {
                        historyChanged = true
                    }
                    continue
                }
                guard !name.hasPrefix(".") else { continue }
                if mask & (Self.deleteSelf | Self.moveSelf) != 0 {
                    // A root removed or moved away: a folder put in its place is another folder,
                    // which no watch of the old one sees. Its parent reports any other folder.
                    if roots.contains(folder) {
                        unwatchTree(folder)
                        missingRoots.insert(folder)
                    }
                    lost = true
                    continue
                }
                let path = name.isEmpty ? folder : folder + "/" + name
                if mask & Self.isFolder != 0 {
                    // A folder that comes or goes may carry files the cache knew under the same
                    // paths, and files written in a new one before its watch was added are reported
                    // by no event: watch what came and have everything looked at again.
                    if mask & (Self.delete | Self.movedFrom) != 0 { unwatchTree(path) }
                    if mask & (Self.create | Self.movedTo) != 0 { _ = addTree(path) }
                    if mask & (Self.create | Self.movedTo | Self.delete | Self.movedFrom) != 0 { lost = true }
                    continue
                }
                if mask & (Self.create | Self.delete | Self.movedFrom | Self.movedTo) != 0 { listChanged = true }
                paths.insert(path)
            }
        }
        if lost { return .lost }
        guard !paths.isEmpty || listChanged || historyChanged else { return .none }
        return .changed(FileChanges(paths: paths, listChanged: listChanged, historyChanged: historyChanged))
    }
}
#endif
