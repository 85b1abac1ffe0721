import Foundation

/// The output folder as it is before the swap, read in one walk: whether every folder in it may be
/// emptied, and what in it Regio did not write. The rights are checked before the swap, so that an
/// old site that cannot be deleted stops the build while it is still in place, instead of staying
/// behind, hidden, beside the new one.
struct PreviousSite {
    /// The first folder (the output itself included) whose entries this process may not list or
    /// remove, by `access(2)`: removing a file takes the right to write in its folder, not in the file.
    private(set) var folderNotEmptiable: String?
    /// What is neither in the old manifest, nor the marker, nor a web host's file at the root:
    /// relative paths, a folder kept whole with a `/` at the end, in path order. Empty when the
    /// marker has no manifest (an older Regio's output).
    private(set) var foreign: [String] = []

    private let manifest: Set<String>?
    /// Every folder a file of the manifest lies in: a folder not among them holds nothing of Regio's.
    private let manifestFolders: Set<String>

    init(root: String, manifest: Set<String>?) {
        self.manifest = manifest
        var folders: Set<String> = []
        for path in manifest ?? [] {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        manifestFolders = folders
        walk(root, relative: "", recording: true)
        foreign.sort()
    }

    /// `recording` is false inside a folder kept whole (foreign, or a web host's folder such as
    /// `.well-known/`): what lies in it is carried with it.
    private mutating func walk(_ folder: String, relative: String, recording: Bool) {
        guard folderNotEmptiable == nil else { return }
        guard access(folder, R_OK | W_OK | X_OK) == 0, let entries = Self.entries(of: folder) else {
            folderNotEmptiable = folder
            return
        }
        for entry in entries {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            var recordsInside = recording
            if recording, let manifest {
                let markerOrHost = relative.isEmpty && (entry.name == DiskSiteWriter.markerName || DiskSiteWriter.hostFiles.contains(entry.name))
                let regios = entry.isFolder ? manifestFolders.contains(path) : manifest.contains(path)
                if markerOrHost {
                    recordsInside = false
                } else if !regios {
                    foreign.append(entry.isFolder ? path + "/" : path)
                    recordsInside = false
                }
            }
            // Into every folder, also one kept whole: its copy in the old site is removed after the swap.
            if entry.isFolder { walk(folder + "/" + entry.name, relative: path, recording: recordsInside) }
        }
    }

    /// A folder's entries with whether each is a folder (not following links), from `readdir`'s type
    /// field: no `stat` per file.
    static func entries(of folder: String) -> [(name: String, isFolder: Bool)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var result: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            var isFolder = Int(entry.pointee.d_type) == Int(DT_DIR)
            if Int(entry.pointee.d_type) == Int(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            result.append((name, isFolder))
        }
        return result
    }
}
