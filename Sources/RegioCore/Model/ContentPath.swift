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

extension ContentPath {
    /// `file` as Regio accepts a document's path: each folder and the name made a slug, the way
    /// `Slug(deriving:)` makes one (`den-haag/Beleidsplan 2024.md` → `den-haag/beleidsplan-2024.md`),
    /// so that an author told to rename a file is told what to.
    static func accepted(_ file: String) -> String {
        var parts = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.popLast() else { return file }
        let name = last.hasSuffix(".md") ? String(last.dropLast(3)) : last
        let slugs = parts.map { Slug($0)?.value ?? Slug(deriving: $0).value } + [Slug(name)?.value ?? Slug(deriving: name).value]
        return slugs.joined(separator: "/") + ".md"
    }

    /// How to rename `file` to a path Regio accepts: the name alone when only the name is wrong,
    /// else the whole path from the content folder.
    static func renaming(_ file: String) -> String {
        let accepted = accepted(file)
        let parts = { (path: String) in path.split(separator: "/").map(String.init) }
        guard parts(accepted).dropLast() == parts(file).dropLast() else {
            return "hernoem de mappen en het bestand zo dat het pad `\(accepted)` wordt (gerekend vanaf de inhoudsmap)"
        }
        return "hernoem het bestand naar `\(parts(accepted).last ?? accepted)`"
    }
}
