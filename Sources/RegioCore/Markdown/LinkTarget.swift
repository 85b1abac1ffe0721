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
    init(destination: String, from file: String, documents: Set<String>, files: Set<String>) {
        if destination.hasPrefix(Self.figureScheme) {
            let reference = destination.dropFirst(Self.figureScheme.count)
            let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(parts[0])
            guard let content = ContentPath(path), !path.contains(".."), documents.contains(path + ".md") else {
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
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        if let query = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<query]) }
        let decoded = pathPart.utf8.contains(0x25) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        guard let resolved = Self.resolve(decoded, from: file) else {
            self = .outside
            return
        }
        if resolved.hasSuffix(".md") {
            if documents.contains(resolved), let path = ContentPath(resolved) {
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

    /// `[](cijfer:factsheets/landelijk#meldingen)`: an empty link whose text Regio fills with the figure.
    static let figureScheme = "cijfer:"

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// Joins a relative path to the folder of `file`; nil when it climbs above the content folder.
    static func resolve(_ relative: String, from file: String) -> String? {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
