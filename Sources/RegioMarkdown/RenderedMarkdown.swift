/// A position in the Markdown text, 1-based, as cmark reports it.
public struct MarkdownPosition: Sendable, Hashable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A heading of a rendered document, with the id it was given.
public struct MarkdownHeading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
    public let position: MarkdownPosition
    /// Whether any block follows before the next heading of the same or a higher level.
    public let hasContent: Bool
}

/// A link or image destination as written in the source.
public struct MarkdownLink: Sendable, Hashable {
    public enum Kind: Sendable { case link, image }
    public let kind: Kind
    public let destination: String
    public let position: MarkdownPosition
    /// The link's own words as written, when `MarkdownOptions.wantsWords` asked for them.
    public var words: String? = nil
    /// The words a reader reads right after the link, in its paragraph (the first few, as
    /// `TreeWalk.words(after:)` gives them), when `MarkdownOptions.wantsWords` asked for the link's words.
    public var wordsAfter: String? = nil
}

/// A construct that CommonMark renders as plain text although the author meant something else.
public struct MarkdownNotice: Sendable, Hashable {
    /// The detail of a `pipeTable` whose cells are mostly words (`| 2027 | warme overdracht |`).
    static let wordsTable = "tekst"

    /// A pipe table of actions or agreements rather than of figures: it belongs in a list, not a factsheet.
    public var isTableOfWords: Bool { kind == .pipeTable && detail == Self.wordsTable }

    public enum Kind: Sendable {
        case pipeTable, taskList, strikethrough
        /// HTML in the text, which the safe mode leaves out with what it holds.
        case rawHTML
        /// `[text](a b.md)`: a space in the address, so cmark made no link and shows the brackets.
        case linkWithSpace
        /// `![](foto.png)`: an image a screen reader cannot describe.
        case imageWithoutText
        /// `![kaart](kaart.pdf)`: a file no browser shows as an image.
        case imageNotAnImage
        /// `[tekst]()`: a link that leads nowhere.
        case linkWithoutAddress
        /// `![logo](https://…)`: an image from another site, which the site never loads.
        case externalImage
        /// `https://…` or `www.…` in the text: CommonMark links an address only between `<` and `>`.
        case bareAddress
        /// `[^1]: …`: a footnote, which CommonMark shows as it is written.
        case footnote
        /// `###Opvang`: meant as a heading, but without the space after the `#`s it is a line of text.
        case headingWithoutSpace
    }
    public let kind: Kind
    public let position: MarkdownPosition
    /// What the notice is about as written: the HTML, the would-be link, the image's address.
    public var detail: String = ""
}

/// What rendering a Markdown body gives: the HTML and what later stages need to know of it.
public struct RenderedMarkdown: Sendable {
    public let html: String
    public let headings: [MarkdownHeading]
    public let links: [MarkdownLink]
    public let notices: [MarkdownNotice]
    /// The words a reader sees, without markup, for the search index.
    public let text: String
    /// The paragraphs, headings and code blocks with the lists and quotes they stand in, when
    /// `MarkdownOptions.collectsBlocks` asks for them.
    public let blocks: [MarkdownBlock]
}
