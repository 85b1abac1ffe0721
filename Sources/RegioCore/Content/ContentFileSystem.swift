import Foundation

/// Read access to a content folder. The pipeline sees files only through this, so tests can
/// load a whole site from one string and the build never depends on the process's working folder.
public protocol ContentFileSystem: Sendable {
    /// Every file under the root, as a relative path with `/`, hidden files and folders left out, sorted.
    func allFiles() throws -> [String]
    /// The bytes of one file, by relative path.
    func read(_ path: String) throws -> Data
    /// The size in bytes, so that huge files are refused before they are read.
    func size(of path: String) throws -> Int
}

/// Content on disk under a root folder.
public struct DiskFileSystem: ContentFileSystem {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func allFiles() throws -> [String] {
        // The path-based enumerator: the URL one builds a URL and a resource dictionary per file,
        // which was most of reading 10,000 documents.
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { throw CocoaError(.fileReadNoSuchFile) }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if path.split(separator: "/").last?.hasPrefix(".") == true {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if type == .typeRegular { paths.append(path) }
        }
        return paths.sorted()
    }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    public func size(of path: String) throws -> Int {
        var status = stat()
        guard stat(root.appendingPathComponent(path).path, &status) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return Int(status.st_size)
    }
}

/// Content held in memory: for tests and for sites assembled by other tools.
public struct InMemoryFileSystem: ContentFileSystem {
    public var files: [String: Data]

    public init(files: [String: Data]) {
        self.files = files
    }

    public func allFiles() throws -> [String] {
        files.keys.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
    }

    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return data
    }

    public func size(of path: String) throws -> Int {
        guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return data.count
    }
}
