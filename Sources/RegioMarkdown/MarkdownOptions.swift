/// What Regio adds on top of plain CommonMark; all off gives cmark's own output.
public struct MarkdownOptions: Sendable {
    /// Give every heading a stable `id` (accents folded, duplicates numbered).
    public var headingIDs: Bool
    /// Ids the page around the text uses itself; a heading that would get one is numbered instead
    /// (`HeadingIDMaker`).
    public var reservedIDs: Set<String>
    /// Let raw HTML through. Off by default: cmark's safe mode drops it and neutralises `javascript:` links.
    public var allowRawHTML: Bool
    /// Rewrites a link destination. Called once per link or image.
    public var rewriteLink: (@Sendable (String) -> LinkRewrite)?
    /// Off when only the findings or the words are wanted: the headings, links and notices are still
    /// collected, but no HTML is made and no link is rewritten.
    public var rendersHTML: Bool
    /// The words a reader sees, for the search index; off unless asked for.
    public var collectsText: Bool
    /// Rewrite the links also when no HTML is made, and collect the words after that, so that the
    /// text a `.fill` or `.text` puts in a link's place is among them: the words as the page shows
    /// them, for comparing two versions. Off for the search index, whose words then do not depend on
    /// the figures a text quotes (a preview save of a factsheet does not index the texts again).
    public var textAfterRewriting: Bool
    /// The blocks a reader sees (`MarkdownBlock`), for comparing two versions block by block; with
    /// `textAfterRewriting`, gathered after the links are rewritten, like the text. Off unless asked for.
    public var collectsBlocks: Bool
    /// The links whose own words (`MarkdownLink.words`) are wanted, by destination: the words are
    /// taken from the tree before any rewrite, for these links only.
    public var wantsWords: (@Sendable (String) -> Bool)? = nil

    public init(
        headingIDs: Bool = true,
        reservedIDs: Set<String> = [],
        allowRawHTML: Bool = false,
        rendersHTML: Bool = true,
        collectsText: Bool = false,
        textAfterRewriting: Bool = false,
        collectsBlocks: Bool = false,
        rewriteLink: (@Sendable (String) -> LinkRewrite)? = nil
    ) {
        self.headingIDs = headingIDs
        self.reservedIDs = reservedIDs
        self.allowRawHTML = allowRawHTML
        self.rendersHTML = rendersHTML
        self.collectsText = collectsText
        self.textAfterRewriting = textAfterRewriting
        self.collectsBlocks = collectsBlocks
        self.rewriteLink = rewriteLink
    }

    /// Plain cmark: no ids, no rewriting, safe mode.
    public static let plain = MarkdownOptions(headingIDs: false)

    /// Only the words a reader sees: no HTML, no ids, no rewriting.
    public static let wordsOnly = MarkdownOptions(headingIDs: false, rendersHTML: false, collectsText: true)

    /// Only the blocks a reader sees: no HTML, no ids, no rewriting.
    public static let blocksOnly = MarkdownOptions(headingIDs: false, rendersHTML: false, collectsBlocks: true)
}

/// What becomes of one link or image destination.
public enum LinkRewrite: Sendable, Equatable {
    /// Leave it as written.
    case keep
    case replace(String)
    /// Point the link at `url` and make `text` its only content: for a quoted figure, whose words come
    /// from the factsheet rather than the author.
    case fill(url: String, text: String)
    /// Replace the link by plain text: a quoted figure whose factsheet is not part of the output.
    case text(String)
    /// Drop the link but keep its text (an image keeps its description as text): for a target
    /// that is not part of the output.
    case unlink
    /// Drop the link, keep its text and put `note` after it, in bold: for a target that does not
    /// exist, which the preview shows marked rather than as a link into "not found".
    case unlinkMarked(String)
}
