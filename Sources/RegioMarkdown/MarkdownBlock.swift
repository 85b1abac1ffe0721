/// A block a reader sees as one piece of text (a paragraph, a heading, a code block) with the
/// blocks it stands in (block quotes, lists and their items), outermost first.
///
/// Two versions of a text are compared block by block, and the comparison is drawn in the same
/// blocks; the containers say how to nest them again (`<ul><li>`, `<blockquote>`) without a second
/// look at the Markdown.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
        case code
    }

    public enum Container: Sendable, Hashable {
        case quote
        /// `start`: an ordered list's first number (0 for a bullet list); `tight`: the items'
        /// paragraphs are written without `<p>`, as cmark does.
        case list(ordered: Bool, start: Int, tight: Bool)
        /// `opens`: this is the first block of the item, so a new `<li>` starts here; a later
        /// paragraph of the same item continues it.
        case item(opens: Bool)
    }

    public let kind: Kind
    public let containers: [Container]
    /// The words a reader sees, without markup, as `RenderedMarkdown.text` has them; a code block's
    /// text as written, with its line breaks.
    public let text: String

    public init(kind: Kind, containers: [Container] = [], text: String) {
        self.kind = kind
        self.containers = containers
        self.text = text
    }
}
