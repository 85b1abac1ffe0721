import Foundation

extension DiskSiteWriter {
    /// Files a web host reads from the root of the site it serves, which the people who publish put
    /// there themselves: the error page and redirects of Apache (`.htaccess`) or IIS (`web.config`),
    /// the domain of GitHub Pages (`CNAME`, `.nojekyll`), Netlify's `_redirects` and `_headers`, and
    /// `.well-known/` (security.txt, certificates). Regio writes none of them; replacing the output
    /// must not delete them.
    public static let hostFiles = [".htaccess", ".nojekyll", ".well-known", "CNAME", "_headers", "_redirects", "web.config"]

    /// Carries the web host's files and everything Regio did not write (`PreviousSite.foreign`) from
    /// the current output into `staging`; what the new site replaced, where it writes the same path.
    func carryOver(_ previous: PreviousSite, into staging: URL, untouched: String) throws -> WriteReport {
        var kept: [String] = [], replaced: [String] = []
        do {
            for name in Self.hostFiles {
                var status = stat()
                guard lstat(output.path + "/" + name, &status) == 0, lstat(staging.path + "/" + name, &status) != 0 else { continue }
                try Self.carryItem(from: output.path + "/" + name, to: staging.path + "/" + name)
                kept.append(name)
            }
            for entry in previous.foreign {
                try carryForeign(entry, into: staging.path, kept: &kept, replaced: &replaced)
            }
        } catch let error as CarryError {
            throw OutputError(description: "\(error.path) kan niet worden bewaard: \(FileErrorText.dutch(errno: error.code)); \(untouched)")
        }
        return WriteReport(kept: kept.sorted(), replaced: replaced.sorted())
    }

    /// One entry of the user's (a folder with `/` at the end). The folders above it are made in the
    /// new site where missing; where the new site has a file at its path, or in the way, that file wins.
    private func carryForeign(_ entry: String, into staging: String, kept: inout [String], replaced: inout [String]) throws {
        let isFolder = entry.hasSuffix("/")
        let path = isFolder ? String(entry.dropLast()) : entry
        var parent = staging
        var status = stat()
        for component in path.split(separator: "/").dropLast() {
            parent += "/" + component
            if lstat(parent, &status) != 0 {
                guard mkdir(parent, 0o777) == 0 else { throw CarryError(path: output.path + "/" + path, code: errno) }
            } else if status.st_mode & S_IFMT != S_IFDIR {
                replaced.append(entry)
                return
            }
        }
        let old = output.path + "/" + path, new = staging + "/" + path
        guard lstat(new, &status) == 0 else {
            try Self.carryItem(from: old, to: new)
            kept.append(entry)
            return
        }
        guard isFolder, status.st_mode & S_IFMT == S_IFDIR else {
            replaced.append(entry)
            return
        }
        // A folder of the user's where the new site has one too: what is in it, one by one.
        for child in PreviousSite.entries(of: old) ?? [] {
            try carryForeign(path + "/" + child.name + (child.isFolder ? "/" : ""), into: staging, kept: &kept, replaced: &replaced)
        }
    }

    /// Puts `old` at `new` and leaves `old` as it is (the swap may still fail): a file as a hard link,
    /// so a large upload costs no copy and keeps its owner, rights and times, or as a copy where the
    /// file system does not allow the link; a folder made anew and filled the same way.
    static func carryItem(from old: String, to new: String) throws {
        var status = stat()
        guard lstat(old, &status) == 0 else { throw CarryError(path: old, code: errno) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(new, 0o700) == 0 else { throw CarryError(path: old, code: errno) }
            guard let entries = PreviousSite.entries(of: old) else { throw CarryError(path: old, code: errno) }
            for entry in entries { try carryItem(from: old + "/" + entry.name, to: new + "/" + entry.name) }
            // As root or as its owner; otherwise the folder is this user's, with the rights it had.
            _ = chown(new, status.st_uid, status.st_gid)
            chmod(new, status.st_mode & 0o7777)
        case S_IFLNK:
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(old, &target, Int(PATH_MAX))
            guard length >= 0 else { throw CarryError(path: old, code: errno) }
            target[length] = 0
            guard symlink(target, new) == 0 else { throw CarryError(path: old, code: errno) }
        default:
            guard link(old, new) != 0 else { return }
            do {
                try FileManager.default.copyItem(atPath: old, toPath: new)
            } catch {
                throw CarryError(path: old, code: FileErrorText.errno(of: error) ?? EIO)
            }
        }
    }

    struct CarryError: Error {
        let path: String
        let code: Int32
    }

    /// Two renames, with `rename(2)` itself: Foundation's `moveItem` turns some of the system's reasons
    /// (a mount point's EBUSY) into a bare "unknown error" (512).
    func swap(_ staging: URL, into output: URL, retiring retired: URL, untouched: String) throws {
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
        guard hadOutput else { return }
        do {
            try Self.removeMarkedFolder(retired)
        } catch {
            throw OutputError(description: """
                de nieuwe site staat in \(output.path), maar de vorige kon niet helemaal worden verwijderd en staat nog, \
                verborgen, in \(retired.path): \(Self.removalReason(error)); de volgende build kan pas als die map weg is
                """)
        }
    }

    /// Removes a folder Regio made with its marker last: when something in it cannot be removed, the
    /// marker stays, and the next build still knows the folder as Regio's and says what to do.
    static func removeMarkedFolder(_ folder: URL) throws {
        let fileManager = FileManager.default
        for name in try fileManager.contentsOfDirectory(atPath: folder.path) where name != markerName {
            try fileManager.removeItem(at: folder.appendingPathComponent(name))
        }
        try fileManager.removeItem(at: folder)
    }

    /// The current output, read in one walk before the swap; nil when there is none.
    func previousSite() -> PreviousSite? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return PreviousSite(root: output.path, manifest: SiteManifest.files(inSiteAt: output))
    }
}

/// What a build kept from the previous output, and what of it the new site replaced.
public struct WriteReport: Sendable, Equatable {
    /// Files and folders (with `/`) kept: a web host's files, and what the people who publish put
    /// there themselves, in path order.
    public let kept: [String]
    /// Files of the people who publish at a path the new site writes: the site's own file won.
    public let replaced: [String]

    public init(kept: [String], replaced: [String]) {
        self.kept = kept
        self.replaced = replaced
    }
}
