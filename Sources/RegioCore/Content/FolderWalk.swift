import Foundation

/// One walk over a folder: its regular files with their size and modification time, and what it
/// passed by and why. Hidden files and folders (a name starting with `.`) and Office's lock files
/// (`~$`) are left out, and so is a site Regio wrote (a folder with `builtSiteMarker`): with the
/// content at a repository's root, CI builds into `site/` or `public/` beside the documents, and the
/// next run must not read the pages.
///
/// Symbolic links are never followed: a link to `/etc/passwd` would put a file from outside the
/// content on a public site, and a link to its own folder would make the walk endless.
public struct FolderWalk: Sendable {
    public struct Entry: Sendable, Equatable {
        /// Relative to the root, with `/`.
        public let path: String
        public let size: Int
        /// Seconds since 1970, with the file system's precision.
        public let modified: Double
    }

    public enum Skipped: Sendable, Equatable {
        case unreadableFolder(String)
        case symbolicLink(String, target: String, leadsTo: LinkEnd)
    }

    public enum LinkEnd: Sendable, Equatable {
        case insideContent, outsideContent, loop, nowhere
    }

    /// The file that marks a folder as a site Regio wrote (`DiskSiteWriter`).
    public static let builtSiteMarker = ".regio-site"

    /// In path order.
    public private(set) var files: [Entry] = []
    public private(set) var skipped: [Skipped] = []

    /// Throws when the root itself cannot be read.
    public init(root: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: root)
        let resolvedRoot = Self.resolved(root) ?? root
        walk(root: root, resolvedRoot: resolvedRoot, folder: "", names: names)
        files.sort { $0.path < $1.path }
    }

    /// Files that systems and editors leave beside the user's own, which nobody means to publish or
    /// link: hidden files, Word's lock file (`~$plan.md`, on a synced drive too), Windows' thumbnail
    /// cache and folder settings, an editor's backup (`plan.md~`, `plan.md.bak`), swap file or
    /// Emacs's auto-save file (`#plan.md#`, written while the author types).
    public static func isLeftover(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        return name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~")
            || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
            || ["thumbs.db", "desktop.ini", "ehthumbs.db"].contains(lowercased)
            || [".bak", ".swp", ".tmp"].contains { lowercased.hasSuffix($0) }
    }

    private mutating func walk(root: String, resolvedRoot: String, folder: String, names: [String]) {
        for name in names.sorted() where !Self.isLeftover(name) {
            let path = folder.isEmpty ? name : folder + "/" + name
            let full = root + "/" + path
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1_000_000_000
                files.append(Entry(path: path, size: Int(status.st_size), modified: modified))
            case S_IFDIR:
                guard let inner = try? FileManager.default.contentsOfDirectory(atPath: full) else {
                    skipped.append(.unreadableFolder(path))
                    continue
                }
                if inner.contains(Self.builtSiteMarker) { continue }
                walk(root: root, resolvedRoot: resolvedRoot, folder: path, names: inner)
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?"
                skipped.append(.symbolicLink(path, target: target, leadsTo: Self.end(of: full, root: resolvedRoot)))
            default:
                continue
            }
        }
    }

    /// Where a link ends, as `realpath` sees it.
    private static func end(of path: String, root: String) -> LinkEnd {
        errno = 0
        guard let resolved = resolved(path) else { return errno == ELOOP ? .loop : .nowhere }
        return resolved == root || resolved.hasPrefix(root + "/") ? .insideContent : .outsideContent
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
