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
