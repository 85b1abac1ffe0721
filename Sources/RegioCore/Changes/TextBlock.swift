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

    /// A paragraph of these words outside any list: a part compared as a whole (`VersionComparison.prepend`).
    init(paragraph words: [String]) {
        block = MarkdownBlock(kind: .paragraph, text: words.joined(separator: " "))
        self.words = words
        tokens = words
    }

    /// Equal for the same block in two versions: the same kind of block, in the same kind of list
    /// or quote, with the same words. Not the item's first or later place, the list's first number
    /// or its spacing: a reader sees the same text.
    struct Key: Hashable {
        enum Place: Hashable { case quote, list(ordered: Bool), item }
        let kind: MarkdownBlock.Kind
        let places: [Place]
        let tokens: [String]
    }

    var key: Key {
        Key(kind: block.kind, places: block.containers.map { container in
            switch container {
            case .quote: .quote
            case let .list(ordered, _, _): .list(ordered: ordered)
            case .item: .item
            }
        }, tokens: tokens)
    }

    /// Whether the two could be one block edited: blocks of one kind (a heading may change level)
    /// that keep at least a third of their words, or of which the shorter (three words or more)
    /// keeps two thirds of its own: a list item cut down to its first words, or written out.
    /// Otherwise the old block is shown as gone and the new as added, not as a scatter of marks over
    /// two texts that share little but "de" and "van". (A sentence of eleven words with two phrases
    /// rewritten keeps five: an edit to a reader.)
    func resembles(_ other: TextBlock) -> Bool {
        switch (block.kind, other.block.kind) {
        case (.paragraph, .paragraph), (.heading, .heading), (.code, .code): break
        default: return false
        }
        let shared = ListDiff.sharedCount(words, other.words)
        let shorter = min(words.count, other.words.count)
        return 6 * shared >= words.count + other.words.count || (shorter >= 3 && 3 * shared >= 2 * shorter)
    }
}
