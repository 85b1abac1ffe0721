import Foundation
import RegioCore

/// A whole site written as one string, for tests: files are separated by lines `=== path`.
///
///     === site.yaml
///     titel: Test
///     === haaglanden/regio.yaml
///     naam: Haaglanden
public struct SiteFixture: Sendable {
    public let files: [String: String]

    public init(_ text: String) {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("=== ") {
                if let current { files[current] = lines.joined(separator: "\n") + "\n" }
                current = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                lines = []
            } else {
                lines.append(line)
            }
        }
        if let current { files[current] = lines.joined(separator: "\n") + "\n" }
        self.files = files
    }

    /// Every file below `folder`, so that a fixture kept on disk can be varied inline.
    public init(folder: URL) throws {
        var files: [String: String] = [:]
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            files[path] = try String(contentsOf: url, encoding: .utf8)
        }
        self.files = files
    }

    public init(files: [String: String]) {
        self.files = files
    }

    init(merging base: [String: String], with changes: [String: String]) {
        files = base.merging(changes) { _, new in new }
    }

    public var fileSystem: InMemoryFileSystem {
        InMemoryFileSystem(files: files.mapValues { Data($0.utf8) })
    }
}

extension SiteFixture {
    /// Writes the files under `folder`, for tests that run the `regio` command on disk.
    public func write(to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
