import RegioMarkdown

/// A link from one document to another, found in its body.
public struct DocumentLink: Sendable, Hashable {
    public let target: ContentPath
    public let fragment: String?
    public let location: SourceLocation
}

/// A document's body as HTML for one of its pages, with what the site-wide rules need.
public struct RenderedBody: Sendable {
    public let html: String
    public let headings: [MarkdownHeading]
    public let documentLinks: [DocumentLink]
    /// Content files the body links to, copied into the output beside the page.
    public let files: [String]
    public let diagnostics: [Diagnostic]
}
