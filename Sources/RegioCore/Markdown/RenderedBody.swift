import RegioMarkdown

/// A link from one document to another, found in its body.
public struct DocumentLink: Sendable, Hashable {
    public let target: ContentPath
    public let fragment: String?
    public let location: SourceLocation
}

/// A heading of a document, placed in the file (not the body) so that findings can point at it.
public struct DocumentHeading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
    /// Whether any text follows before the next heading of the same or a higher level.
    public let hasContent: Bool
    public let location: SourceLocation
}

/// A document's body as HTML for one of its pages, with what the site-wide rules need. Links,
/// linked files, findings and where each heading is in the file come with `BodyRenderer.Output.findings`
/// only; the other outputs leave them empty and place headings at the file.
public struct RenderedBody: Sendable {
    public let html: String
    /// The words of the body without markup, for the search index.
    public let text: String
    public let headings: [DocumentHeading]
    public let documentLinks: [DocumentLink]
    /// Every content file the body links to, published on this page or not; where each is copied to
    /// for a page is `BodyRenderer.copiedFiles(_:region:)`.
    public let linkedFiles: [String]
    public let diagnostics: [Diagnostic]
    /// Every content path the body's links were looked up as, found or not: whether each exists is
    /// all the body takes from the list of files, so a body stays the same while none of them comes or goes.
    let lookedUp: Set<String>
    /// True when a link goes nowhere: its finding suggests a file by name, from all of them.
    let suggestsAmongDocuments: Bool
}

/// A file beside the documents that a page links to, and where the page expects it.
public struct CopiedFile: Sendable, Hashable {
    public let content: String
    public let output: OutputPath
}
