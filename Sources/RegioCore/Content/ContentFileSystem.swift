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
    /// Every file as `allFiles`, with what was passed by (links, unreadable folders) and why.
    func listing() throws -> ContentListing
}

/// The files of a content folder and the entries that were not taken.
public struct ContentListing: Sendable {
    public var files: [String]
    public var skipped: [FolderWalk.Skipped] = []

    public init(files: [String], skipped: [FolderWalk.Skipped] = []) {
        self.files = files
        self.skipped = skipped
    }
}

extension ContentFileSystem {
    public func listing() throws -> ContentListing {
        ContentListing(files: try allFiles())
    }
}

/// Content on disk under a root folder.
public struct DiskFileSystem: ContentFileSystem {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func allFiles() throws -> [String] {
        try listing().files
    }

    public func listing() throws -> ContentListing {
        let walk = try FolderWalk(root: root.path)
        return ContentListing(files: walk.files.map(\.path), skipped: walk.skipped)
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
