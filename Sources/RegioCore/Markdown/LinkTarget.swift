import RegioMarkdown
import Foundation

/// What a link in a body points at, once read.
enum LinkTarget: Equatable {
    /// Another host, `mailto:` and the like: left alone.
    case external
    /// `#kop` within the same document.
    case anchor(String)
    /// Another document, with an optional heading id.
    case document(ContentPath, fragment: String?)
    /// A file beside the documents, copied as it is.
    case file(String, fragment: String?)
    /// A figure of a factsheet, quoted as `cijfer:pad#id` (the path as in front-matter references).
    case figure(ContentPath, id: String)
    /// A path that climbs out of the content folder or starts at `/`.
    case outside
    /// A relative path to a file that is not there.
    case missing(String)

    /// Resolves `destination` as written in the document at `file` (a path relative to the content folder).
    /// `documents` maps each document's file path to its parsed path, so no link parses one again.
    init(destination: String, from file: String, documents: [String: ContentPath], files: Set<String>) {
        if destination.hasPrefix(Self.figureScheme) {
            let reference = destination.dropFirst(Self.figureScheme.count)
            let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(parts[0])
            guard let content = documents[path + ".md"] else {
                self = path.contains("..") || path.hasPrefix("/") ? .outside : .missing(path + ".md")
                return
            }
            self = .figure(content, id: parts.count == 2 ? String(parts[1]) : "")
            return
        }
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") {
            self = .external
            return
        }
        if destination.hasPrefix("#") {
            self = .anchor(String(destination.dropFirst()))
            return
        }
        if destination.hasPrefix("/") {
            self = .outside
            return
        }
        var pathPart = destination
        var fragment: String?
        if let hash = pathPart.utf8.firstIndex(of: 0x23) {
            fragment = String(pathPart[pathPart.utf8.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        if let query = pathPart.utf8.firstIndex(of: 0x3F) { pathPart = String(pathPart[..<query]) }
        let decoded = pathPart.containsUTF8(0x25) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        guard let resolved = Self.resolve(decoded, from: file) else {
            self = .outside
            return
        }
        if resolved.hasSuffix(".md") {
            if let path = documents[resolved] {
                self = .document(path, fragment: fragment)
            } else {
                self = .missing(resolved)
            }
        } else if files.contains(resolved) {
            self = .file(resolved, fragment: fragment)
        } else {
            self = .missing(resolved)
        }
    }

    /// The content path the link was looked up as, found or not; nil for links that name no file.
    var lookedUp: String? {
        switch self {
        case .external, .anchor, .outside: nil
        case let .document(path, _): path.fileName
        case let .file(path, _), let .missing(path): path
        case let .figure(path, _): path.fileName
        }
    }

    /// `[](cijfer:factsheets/landelijk#meldingen)`: an empty link whose text Regio fills with the figure.
    static let figureScheme = "cijfer:"

    /// `mailto:`, `https:` and the like: an ASCII letter, then letters, digits, `+`, `-` or `.` up to a colon
    /// (RFC 3986, section 3.1). Read as bytes: every link of every document passes here.
    private static func hasScheme(_ text: String) -> Bool {
        text.withUTF8Buffer { bytes in
            guard let first = bytes.first, isASCIILetter(first) else { return false }
            for byte in bytes.dropFirst() {
                if byte == 0x3A { return true }
                guard isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E else { return false }
            }
            return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Joins a relative path to the folder of `file`; nil when it climbs above the content folder.
    /// Works on the bytes and makes one string at the end: this runs for every link.
    static func resolve(_ relative: String, from file: String) -> String? {
        var joined: [UInt8] = []
        file.withUTF8Buffer { bytes in
            if let slash = bytes.lastIndex(of: 0x2F) { joined.append(contentsOf: bytes[..<slash]) }
        }
        let climbsOut = relative.withUTF8Buffer { bytes in
            for part in bytes.split(separator: 0x2F) {
                if part.count == 1, part.first == 0x2E { continue }
                if part.count == 2, part.first == 0x2E, part.last == 0x2E {
                    guard !joined.isEmpty else { return true }
                    joined.removeSubrange((joined.lastIndex(of: 0x2F) ?? 0)...)
                    continue
                }
                if !joined.isEmpty { joined.append(0x2F) }
                joined.append(contentsOf: part)
            }
            return false
        }
        return climbsOut ? nil : String(decoding: joined, as: UTF8.self)
    }
}
