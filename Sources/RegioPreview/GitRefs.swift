import Foundation

/// The files of the content's git repository that change when HEAD moves: a commit, a checkout, a
/// reset, a merge. The pages show history (the changes of a document, the page left behind by a
/// renamed file), so the preview builds again when one of these changes, as after a save.
/// `git status` and `git add` touch only the index, which does not count.
public struct GitRefs: Sendable, Equatable {
    /// The repository's own folder (`.git`, or `.git/worktrees/…` for a worktree): `HEAD`, `logs/HEAD`.
    public let gitFolder: URL
    /// The folder shared by a repository's worktrees (the same for a plain repository): `packed-refs`,
    /// `refs/heads/…`.
    public let commonFolder: URL

    public init(gitFolder: URL, commonFolder: URL) {
        self.gitFolder = gitFolder.standardizedFileURL
        self.commonFolder = commonFolder.standardizedFileURL
    }

    /// The repository `folder` is in, as git finds it; nil outside a repository or without git.
    public static func locate(for folder: URL) -> GitRefs? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "rev-parse", "--absolute-git-dir", "--git-common-dir"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard process.terminationStatus == 0, lines.count == 2 else { return nil }
        // The common folder is relative to the folder git was asked in, unless absolute.
        let common = lines[1].hasPrefix("/") ? URL(fileURLWithPath: lines[1]) : folder.appendingPathComponent(lines[1])
        return GitRefs(gitFolder: URL(fileURLWithPath: lines[0]), commonFolder: common)
    }

    /// The folders to watch: the two repository folders, `logs`, and `refs/heads` with the folders
    /// under it (a branch `werk/plan` is the file `refs/heads/werk/plan`).
    var folders: [String] {
        var folders = [gitFolder.path, gitFolder.appendingPathComponent("logs").path, commonFolder.path]
        folders += FolderTree.folders(under: headsFolder)
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    private var headsFolder: String { commonFolder.appendingPathComponent("refs/heads").path }

    /// Whether a change of the file at `path` means that HEAD, or the branch it names, moved. Git
    /// writes a `.lock` file and renames it; the rename counts.
    func counts(_ path: String) -> Bool {
        if path.hasSuffix(".lock") { return false }
        return path == gitFolder.appendingPathComponent("HEAD").path
            || path == gitFolder.appendingPathComponent("logs/HEAD").path
            || path == commonFolder.appendingPathComponent("packed-refs").path
            || path.hasPrefix(headsFolder + "/")
    }

    /// Size and modification time of each file that counts, for the watcher that compares.
    func stamps() -> [String: FileStamp] {
        var files = [gitFolder.appendingPathComponent("HEAD").path, gitFolder.appendingPathComponent("logs/HEAD").path,
                     commonFolder.appendingPathComponent("packed-refs").path]
        for folder in FolderTree.folders(under: headsFolder) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] { files.append(folder + "/" + name) }
        }
        var stamps: [String: FileStamp] = [:]
        for path in files where counts(path) {
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            stamps[path] = FileStamp(size: Int(status.st_size), modified: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
        }
        return stamps
    }
}

/// A folder and every folder under it, not following links.
enum FolderTree {
    static func folders(under root: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        var found = [root]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            let child = root + "/" + name
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: child)) == nil else { continue }
            found += folders(under: child)
        }
        return found
    }
}
