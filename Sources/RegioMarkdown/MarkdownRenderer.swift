import CCmark
import Foundation

/// Renders a CommonMark body with cmark. The only place in Regio that touches the C library;
/// a parser and its tree live and die inside one call.
public enum MarkdownRenderer {
    /// Renders `text` to HTML and collects its headings, links and the constructs CommonMark ignores.
    public static func render(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        var bytes = Array(text.utf8)
        guard let root = bytes.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress.map { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_VALIDATE_UTF8)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_VALIDATE_UTF8)
        }) else {
            return RenderedMarkdown(html: "", headings: [], links: [], notices: [], text: "", blocks: [])
        }
        defer { cmark_node_free(root) }

        let walk = TreeWalk.collect(root, collectingText: options.collectsText && !options.textAfterRewriting)
        let notices = NoticePlacement.pointed(walk.notices, in: text)
        guard options.rendersHTML || options.textAfterRewriting else {
            let links = walk.links.map { found in
                link(found, wantsWords: options.wantsWords)
            }
            let headings = options.headingIDs ? nameIDs(of: walk.headings, reserved: options.reservedIDs) : describe(walk.headings)
            let blocks = options.collectsBlocks ? BlockWalk.collect(root) : []
            return RenderedMarkdown(html: "", headings: headings, links: links, notices: notices, text: walk.text, blocks: blocks)
        }
        let links = walk.links.map { rewrite($0, with: options.rewriteLink, wantsWords: options.wantsWords) }
        // Walked again once the links are rewritten (and before headings become custom blocks): a
        // filled link's words are in the tree only now.
        let text = options.collectsText && options.textAfterRewriting ? TreeWalk.collect(root).text : walk.text
        let blocks = options.collectsBlocks ? BlockWalk.collect(root) : []
        guard options.rendersHTML else {
            let headings = options.headingIDs ? nameIDs(of: walk.headings, reserved: options.reservedIDs) : describe(walk.headings)
            return RenderedMarkdown(html: "", headings: headings, links: links, notices: notices, text: text, blocks: blocks)
        }
        let renderOptions = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let headings = options.headingIDs ? giveIDs(to: walk.headings, reserved: options.reservedIDs, renderOptions: renderOptions) : describe(walk.headings)
        guard let cString = cmark_render_html(root, renderOptions) else {
            return RenderedMarkdown(html: "", headings: headings, links: links, notices: notices, text: text, blocks: blocks)
        }
        defer { free(cString) }
        return RenderedMarkdown(html: String(cString: cString), headings: headings, links: links, notices: notices, text: text, blocks: blocks)
    }

    private static func rewrite(_ found: TreeWalk.FoundLink, with rewriter: (@Sendable (String) -> LinkRewrite)?,
                                wantsWords: (@Sendable (String) -> Bool)?) -> MarkdownLink {
        let link = link(found, wantsWords: wantsWords)
        let destination = link.destination
        switch rewriter?(destination) ?? .keep {
        case .keep:
            break
        case let .replace(replacement):
            cmark_node_set_url(found.node, replacement)
        case let .fill(url, text):
            cmark_node_set_url(found.node, url)
            while let child = cmark_node_first_child(found.node) {
                cmark_node_unlink(child)
                cmark_node_free(child)
            }
            if let literal = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(literal, text)
                cmark_node_append_child(found.node, literal)
            }
        case let .text(text):
            if let literal = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(literal, text)
                cmark_node_insert_before(found.node, literal)
            }
            while let child = cmark_node_first_child(found.node) {
                cmark_node_unlink(child)
                cmark_node_free(child)
            }
            cmark_node_unlink(found.node)
            cmark_node_free(found.node)
        case .unlink:
            unlink(found.node, note: nil)
        case let .unlinkMarked(note):
            unlink(found.node, note: note)
        }
        return link
    }

    /// Takes the link out and keeps its children where it was, then `note` after a space, in bold
    /// so that it stands out from the sentence around it.
    private static func unlink(_ node: OpaquePointer, note: String?) {
        // Children move out in front of the node; an image inside a link stays valid for its own turn.
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        if let note, let space = cmark_node_new(CMARK_NODE_TEXT), let strong = cmark_node_new(CMARK_NODE_STRONG),
           let literal = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(space, " ")
            cmark_node_set_literal(literal, note)
            cmark_node_append_child(strong, literal)
            cmark_node_insert_before(node, space)
            cmark_node_insert_before(node, strong)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A found link as callers see it; its words and the words after it only when asked for, before
    /// the link is rewritten.
    private static func link(_ found: TreeWalk.FoundLink, wantsWords: (@Sendable (String) -> Bool)?) -> MarkdownLink {
        let destination = cmarkString(cmark_node_get_url(found.node))
        guard wantsWords?(destination) == true else { return MarkdownLink(kind: found.kind, destination: destination, position: found.position) }
        return MarkdownLink(kind: found.kind, destination: destination, position: found.position,
                            words: TreeWalk.plainText(of: found.node), wordsAfter: TreeWalk.words(after: found.node))
    }

    private static func describe(_ nodes: [TreeWalk.FoundHeading]) -> [MarkdownHeading] {
        nodes.map { MarkdownHeading(level: $0.level, text: $0.text, id: "", position: $0.position, hasContent: $0.hasContent) }
    }

    /// The ids `giveIDs` would give, without touching the tree.
    private static func nameIDs(of nodes: [TreeWalk.FoundHeading], reserved: Set<String>) -> [MarkdownHeading] {
        var maker = HeadingIDMaker(reserved: reserved)
        return nodes.map { MarkdownHeading(level: $0.level, text: $0.text, id: maker.makeID(for: $0.text), position: $0.position, hasContent: $0.hasContent) }
    }

    /// Replaces each heading by a custom block holding the heading's own HTML with an id added:
    /// cmark has no attribute API, and a custom block's text is written out as it is.
    private static func giveIDs(to nodes: [TreeWalk.FoundHeading], reserved: Set<String>, renderOptions: Int32) -> [MarkdownHeading] {
        var maker = HeadingIDMaker(reserved: reserved)
        return nodes.map { found in
            let id = maker.makeID(for: found.text)
            let level = found.level
            let opening = "<h\(level)>"
            if let cString = cmark_render_html(found.node, renderOptions), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) {
                let html = String(cString: cString)
                free(cString)
                let withID = html.hasPrefix(opening) ? "<h\(level) id=\"\(id)\">" + html.dropFirst(opening.count) : html
                cmark_node_set_on_enter(block, String(withID.hasSuffix("\n") ? withID.dropLast() : withID[...]))
                cmark_node_set_on_exit(block, "")
                cmark_node_replace(found.node, block)
                cmark_node_free(found.node)
            }
            return MarkdownHeading(level: level, text: found.text, id: id, position: found.position, hasContent: found.hasContent)
        }
    }
}

func cmarkString(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}
