import Foundation

/// A file's place in the output folder. Built only from slugs and fixed names, never from raw
/// user text, so no output path can contain `..` or start with `/`.
public struct OutputPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let components: [String]
    /// The path with `/`, made once (see `ContentPath.description`).
    public let description: String

    init(_ components: [String]) {
        self.components = components
        description = components.joined(separator: "/")
    }

    /// A path for a content file copied as it is (an image beside a document); nil when unsafe.
    init?(contentFile path: String) {
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty || $0.hasPrefix(".") }) else { return nil }
        components = parts
        description = parts.joined(separator: "/")
    }

    /// The folder the file is in.
    var parent: OutputPath { OutputPath(Array(components.dropLast())) }

    public static func < (lhs: OutputPath, rhs: OutputPath) -> Bool { lhs.description < rhs.description }

    // Components are made without `/`, so the description alone decides.
    public static func == (lhs: OutputPath, rhs: OutputPath) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

    /// The relative URL from the page at `self` to `target`: the only kind of link Regio writes,
    /// so the site works from disk and under any folder of any host.
    public func url(to target: OutputPath) -> String {
        let from = components.dropLast()
        var common = 0
        while common < from.count, common < target.components.count - 1, from[from.startIndex + common] == target.components[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + target.components[common...].map(Self.encoded)).joined(separator: "/")
    }

    /// A component as it may stand in a URL's path. Pages and folders are slugs and pass as they are;
    /// a linked file may be named `rapport versie 2?.pdf`, whose `?` would start a query and whose
    /// space is not allowed in an `href`.
    static func encoded(_ component: String) -> String {
        guard component.utf8.contains(where: { !Self.isPlain($0) }) else { return component }
        return component.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? component
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F
    }

    /// What a path segment may hold unescaped (RFC 3986 pchar), without the `/` between segments.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#%")
        return set
    }()
}
