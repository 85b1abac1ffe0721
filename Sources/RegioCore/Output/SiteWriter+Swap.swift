import Foundation

extension DiskSiteWriter {
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

    /// The first folder in the current output whose entries may not be removed (`PreviousSite`).
    func folderNotEmptiable() -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return PreviousSite(root: output.path).folderNotEmptiable
    }
}
