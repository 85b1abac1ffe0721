import Foundation

/// The output folder as it is before the swap, read in one walk: whether every folder in it may be
/// emptied. Checked before the swap, so that an old site that cannot be deleted stops the build while
/// it is still in place, instead of staying behind, hidden, beside the new one.
struct PreviousSite {
    /// The first folder (the output itself included) whose entries this process may not remove, by
    /// `access(2)`: removing a file takes the right to write in its folder, not in the file.
    private(set) var folderNotEmptiable: String?

    init(root: String) {
        walk(root)
    }

    private mutating func walk(_ folder: String) {
        guard folderNotEmptiable == nil else { return }
        guard access(folder, W_OK | X_OK) == 0 else {
            folderNotEmptiable = folder
            return
        }
        for entry in Self.entries(of: folder) ?? [] where entry.isFolder {
            walk(folder + "/" + entry.name)
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
