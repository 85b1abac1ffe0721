/// A document's identity: its path below the content folder without `.md`
/// (`haaglanden/regiovisie-2023-2026`). References in front matter are written this way.
public struct ContentPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let components: [Slug]
    /// The path with `/`, made once: paths are compared and hashed in every sort and dictionary of
    /// the pipeline, and joining the components each time was a fifth of a rebuild in `regio serve`.
    public let description: String

    public init(components: [Slug]) {
        self.components = components
        description = components.map(\.value).joined(separator: "/")
    }

    /// Parses a reference or a file path; nil when a component is not a slug (so `..`, `/x` and spaces are refused).
    public init?(_ text: String) {
        var trimmed = text
        if trimmed.hasSuffix(".md") { trimmed.removeLast(3) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let slugs = parts.compactMap { Slug(String($0)) }
        guard !parts.isEmpty, slugs.count == parts.count else { return nil }
        components = slugs
        description = slugs.map(\.value).joined(separator: "/")
    }

    public var fileName: String { description + ".md" }

    public var last: Slug { components[components.count - 1] }

    public static func < (lhs: ContentPath, rhs: ContentPath) -> Bool { lhs.description < rhs.description }

    // The components follow from the description (slugs hold no `/`), so it alone decides.
    public static func == (lhs: ContentPath, rhs: ContentPath) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}
