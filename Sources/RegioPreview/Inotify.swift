#if os(Linux)
import Foundation
import Glibc

/// Linux's inotify over whole folder trees: the kernel says which file changed, at once, instead of
/// the watcher looking at every file every 200 ms. New folders are watched as they appear.
/// Unchecked: each instance is used by one watcher, whose waits run one at a time on its serial queue.
final class Inotify: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor → the folder it watches, absolute.
    private var folders: [Int32: String] = [:]
    /// The git repository's folders, among `folders`: their files are not content, and only those
    /// that move HEAD count (`GitRefs.counts`).
    private let repository: GitRefs?
    private var repositoryFolders: Set<Int32> = []

    // Bits of `inotify_event.mask` (linux/inotify.h).
    private static let attributes: UInt32 = 0x4, closeWrite: UInt32 = 0x8, movedFrom: UInt32 = 0x40, movedTo: UInt32 = 0x80
    private static let create: UInt32 = 0x100, delete: UInt32 = 0x200, deleteSelf: UInt32 = 0x400, moveSelf: UInt32 = 0x800
    private static let overflow: UInt32 = 0x4000, isFolder: UInt32 = 0x4000_0000
    private static let mask = attributes | closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf

    /// Nil when the kernel refuses (no inotify, or the limit of watches is reached): poll instead.
    init?(folders roots: [URL], repository: GitRefs? = nil) {
        descriptor = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        self.repository = repository
        guard descriptor >= 0 else { return nil }
        for root in roots {
            guard addTree(root.path) else {
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

    /// Watches `path` and every folder under it that is not hidden.
    private func addTree(_ path: String) -> Bool {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return true }
        for name in names where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let child = path + "/" + name
            // Symbolic links to folders are not followed: the content is what lies in the folder.
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: child)) == nil,
                  FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard addTree(child) else { return false }
        }
        return true
    }

    enum Events {
        case none
        case changed(FileChanges)
        /// Too much happened to say what (the kernel's queue overflowed, a watched folder went away): look at everything.
        case lost
    }

    /// Waits up to `timeout` milliseconds for events and returns what changed.
    func changes(waitingUpTo timeout: Int32) -> Events {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return .none }
        var paths = Set<String>()
        var listChanged = false, historyChanged = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
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
                if mask & Self.overflow != 0 { return .lost }
                guard let folder = folders[watch] else { continue }
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
                let path = name.isEmpty ? folder : folder + "/" + name
                if mask & Self.isFolder != 0 {
                    // A folder that comes or goes may carry files the cache knew under the same
                    // paths: watch what came and have everything looked at again.
                    if mask & (Self.create | Self.movedTo) != 0 { _ = addTree(path) }
                    if mask & (Self.create | Self.movedTo | Self.delete | Self.movedFrom) != 0 { return .lost }
                    continue
                }
                if mask & (Self.create | Self.delete | Self.movedFrom | Self.movedTo) != 0 { listChanged = true }
                if mask & (Self.deleteSelf | Self.moveSelf) != 0 { return .lost }
                paths.insert(path)
            }
        }
        guard !paths.isEmpty || listChanged || historyChanged else { return .none }
        return .changed(FileChanges(paths: paths, listChanged: listChanged, historyChanged: historyChanged))
    }
}
#endif
