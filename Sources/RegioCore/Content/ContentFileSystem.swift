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

    /// Whether `path` is listed, by binary search: `files` is sorted.
    public func contains(_ path: String) -> Bool {
        let index = files.insertionIndex(of: path) { $0 }
        return index < files.count && files[index] == path
    }

    /// Takes in files that came and lets go of files that went, keeping the order.
    mutating func update(adding added: Set<String>, removing removed: Set<String>) {
        for path in removed { files.setSorted(path, present: false) }
        for path in added { files.setSorted(path, present: true) }
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
    private let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
    }

    public func allFiles() throws -> [String] {
        try listing().files
    }

    public func listing() throws -> ContentListing {
        let walk = try FolderWalk(root: rootPath)
        return ContentListing(files: walk.files.map(\.path), skipped: walk.skipped)
    }

    /// With the system's calls on a path string: a `URL` per file and Foundation's reading were a
    /// third of reading 10,000 files.
    public func read(_ path: String) throws -> Data {
        // Links are followed, as Foundation did: the theme's files and `kaders.yaml` are read by
        // name. The content walk never lists a link. A FIFO put in a file's place does not block.
        let descriptor = open(rootPath + "/" + path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw CocoaError(.fileReadUnknown) }
        var data = Data(count: Int(status.st_size))
        var filled = 0
        // A file that grows while it is read keeps the size it had; one that shrinks is cut short.
        while filled < data.count {
            let count = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw CocoaError(.fileReadUnknown) }
            if count == 0 { data.count = filled; break }
            filled += count
        }
        return data
    }

    public func size(of path: String) throws -> Int {
        var status = stat()
        guard stat(rootPath + "/" + path, &status) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
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
