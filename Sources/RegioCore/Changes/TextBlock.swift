import RegioMarkdown

/// A block of a section (a paragraph, a list item's paragraph, a heading, a code block) in the
/// words a reader sees: the unit two versions are compared in before their words are.
struct TextBlock: Equatable {
    let block: MarkdownBlock
    let words: [String]
    /// What a change is marked in: the words, but a code block's lines, which its `<pre>` keeps.
    let tokens: [String]

    /// Nil for a block without words (an empty code block, a paragraph of raw HTML): it has
    /// nothing to compare or to show.
    init?(_ block: MarkdownBlock) {
        let words = Section.words(in: block.text)
        guard !words.isEmpty else { return nil }
        self.block = block
        self.words = words
        if block.kind == .code {
            let lines = block.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            tokens = lines.last == "" ? Array(lines.dropLast()) : lines
        } else {
            tokens = words
        }
    }
}
