import CCmark

/// The blocks of a cmark tree that a reader sees as text (`MarkdownBlock`), in reading order.
/// Walked with cmark's iterator, not by recursion: a hostile text may nest quotes and lists
/// thousands deep. The words are gathered as `TreeWalk` gathers `text`, so the blocks' words in
/// order are the words of the text.
enum BlockWalk {
    static func collect(_ root: OpaquePointer) -> [MarkdownBlock] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var walk = BlockWalkState()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            walk.visit(node, entering: event == CMARK_EVENT_ENTER)
        }
        return walk.blocks
    }
}

private struct BlockWalkState {
    var blocks: [MarkdownBlock] = []
    var containers: [MarkdownBlock.Container] = []
    /// Containers from this index on were entered after the last block: their items open with the next one.
    var fresh = 0
    /// The paragraph or heading whose words are being gathered.
    var open: (kind: MarkdownBlock.Kind, text: String)?

    mutating func visit(_ node: OpaquePointer, entering: Bool) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE:
            enterOrLeave(.quote, entering)
        case CMARK_NODE_LIST:
            enterOrLeave(.list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                               start: Int(cmark_node_get_list_start(node)),
                               tight: cmark_node_get_list_tight(node) != 0), entering)
        case CMARK_NODE_ITEM:
            enterOrLeave(.item(opens: true), entering)
        case CMARK_NODE_PARAGRAPH:
            if entering { open = (.paragraph, "") } else { close() }
        case CMARK_NODE_HEADING:
            if entering { open = (.heading(level: Int(cmark_node_get_heading_level(node))), "") } else { close() }
        case CMARK_NODE_CODE_BLOCK:
            append(MarkdownBlock(kind: .code, containers: containers, text: cmarkString(cmark_node_get_literal(node))))
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            open?.text += cmarkString(cmark_node_get_literal(node))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            open?.text += " "
        default:
            // Emphasis, links and images hold text nodes of their own; raw HTML, thematic breaks and
            // HTML blocks have no words a reader sees (`TreeWalk` leaves them out of `text` too).
            break
        }
    }

    private mutating func enterOrLeave(_ container: MarkdownBlock.Container, _ entering: Bool) {
        if entering {
            containers.append(container)
        } else {
            containers.removeLast()
            fresh = min(fresh, containers.count)
        }
    }

    private mutating func close() {
        guard let done = open else { return }
        open = nil
        append(MarkdownBlock(kind: done.kind, containers: containers, text: done.text))
    }

    /// Only the containers entered since the last block can still be opening: amortised, each is
    /// looked at once, however deep the nesting.
    private mutating func append(_ block: MarkdownBlock) {
        blocks.append(block)
        for index in fresh..<containers.count where containers[index] == .item(opens: true) {
            containers[index] = .item(opens: false)
        }
        fresh = containers.count
    }
}
