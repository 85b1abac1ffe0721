import Foundation
import CCmark

/// One pass over a cmark tree that finds what the renderer changes or reports.
/// Nodes are only collected here; the tree is changed after the walk, never during it.
struct TreeWalk {
    struct FoundHeading {
        let node: OpaquePointer
        let level: Int
        let text: String
        let position: MarkdownPosition
        let hasContent: Bool
    }

    struct FoundLink {
        let node: OpaquePointer
        let kind: MarkdownLink.Kind
        let position: MarkdownPosition
    }

    var headings: [FoundHeading] = []
    var links: [FoundLink] = []
    var notices: [MarkdownNotice] = []
    /// The block of the last inline HTML noticed: `<b>heel</b>` is one notice, not two.
    private var inlineHTMLBlock: OpaquePointer?
    var text = ""
    /// Off when no search text is wanted: the words are then not copied out of the tree.
    var collectsText = true

    static func collect(_ root: OpaquePointer, collectingText: Bool = true) -> TreeWalk {
        var walk = TreeWalk()
        walk.collectsText = collectingText
        guard let iterator = cmark_iter_new(root) else { return walk }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            walk.visit(node)
        }
        return walk
    }

    private mutating func visit(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            if collectsText { text += " " }
            headings.append(FoundHeading(
                node: node,
                level: Int(cmark_node_get_heading_level(node)),
                text: Self.plainText(of: node),
                position: Self.position(of: node),
                hasContent: Self.hasContent(after: node)
            ))
        case CMARK_NODE_LINK:
            links.append(FoundLink(node: node, kind: .link, position: Self.position(of: node)))
            if cmarkString(cmark_node_get_url(node)).isEmpty {
                notices.append(MarkdownNotice(kind: .linkWithoutAddress, position: Self.position(of: node), detail: Self.plainText(of: node)))
            }
        case CMARK_NODE_IMAGE:
            links.append(FoundLink(node: node, kind: .image, position: Self.position(of: node)))
            let address = cmarkString(cmark_node_get_url(node))
            if Self.plainText(of: node).allSatisfy(\.isWhitespace) {
                notices.append(MarkdownNotice(kind: .imageWithoutText, position: Self.position(of: node), detail: address))
            }
            if !Self.isImageAddress(address) {
                notices.append(MarkdownNotice(kind: .imageNotAnImage, position: Self.position(of: node), detail: address))
            } else if address.hasPrefix("https://") || address.hasPrefix("http://") || address.hasPrefix("//") {
                notices.append(MarkdownNotice(kind: .externalImage, position: Self.position(of: node), detail: address))
            }
        case CMARK_NODE_HTML_BLOCK where !Self.isComment(node):
            notices.append(MarkdownNotice(kind: .rawHTML, position: Self.position(of: node), detail: Self.firstLine(of: node)))
        case CMARK_NODE_HTML_INLINE:
            let block = cmark_node_parent(node)
            guard block != inlineHTMLBlock, !cmarkString(cmark_node_get_literal(node)).hasPrefix("<!--") else { break }
            inlineHTMLBlock = block
            notices.append(MarkdownNotice(kind: .rawHTML, position: Self.position(of: node), detail: Self.firstLine(of: node)))
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if collectsText { text += cmarkString(cmark_node_get_literal(node)) }
        case CMARK_NODE_CODE_BLOCK:
            if collectsText { text += " " + cmarkString(cmark_node_get_literal(node)) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            if collectsText { text += " " }
        case CMARK_NODE_PARAGRAPH:
            // Blocks are separated so that words of two paragraphs never run together.
            if collectsText { text += " " }
            if Self.mentionsNoticeCharacter(node) {
                let lines = Self.lines(of: node)
                if let kind = NoticeDetector.notice(forParagraphLines: lines, inListItem: Self.isFirstInItem(node)) {
                    // A table of numbers belongs in a factsheet; one of actions or agreements in a list.
                    let detail = kind == .pipeTable && !NoticeDetector.tableHoldsNumbers(lines) ? MarkdownNotice.wordsTable : ""
                    notices.append(MarkdownNotice(kind: kind, position: Self.position(of: node), detail: detail))
                }
                let start = Self.position(of: node)
                func lineStart(_ index: Int) -> MarkdownPosition {
                    MarkdownPosition(line: start.line + index, column: index == 0 ? start.column : 1)
                }
                for (index, line) in lines.enumerated() {
                    guard let written = NoticeDetector.linkWithSpace(in: line) else { continue }
                    notices.append(MarkdownNotice(kind: .linkWithSpace, position: lineStart(index), detail: written))
                }
                // An escaped `\#MeToo` reads the same here; `NoticePlacement` leaves it out, as it sees the `\`.
                for (index, line) in lines.enumerated() where NoticeDetector.isHeadingWithoutSpace(line) {
                    notices.append(MarkdownNotice(kind: .headingWithoutSpace, position: lineStart(index), detail: line))
                }
                // One notice for a paragraph of footnotes, not one for each.
                if let (index, marker) = lines.enumerated().lazy.compactMap({ index, line in
                    NoticeDetector.footnoteDefinition(in: line).map { (index, $0) }
                }).first {
                    notices.append(MarkdownNotice(kind: .footnote, position: lineStart(index), detail: marker))
                }
                for (index, line) in Self.lines(of: node, outsideLinks: true).enumerated() {
                    for address in NoticeDetector.bareAddresses(in: line) {
                        notices.append(MarkdownNotice(kind: .bareAddress, position: lineStart(index), detail: address))
                    }
                }
            }
        default:
            break
        }
    }

    /// The text a reader sees in a heading: text and code spans, without markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(below: node) { entering, current in
            guard entering else { return true }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmarkString(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
            return true
        }
        return text
    }

    /// What a reader reads right after `node` in its paragraph, up to about `limit` characters: the
    /// words of the nodes that follow it, and after an emphasis or a link that `node` ends, those that
    /// follow that. An image or HTML ends it, as the end of the paragraph does.
    static func words(after node: OpaquePointer, limit: Int = 48) -> String {
        var text = ""
        var current = node
        while text.utf8.count < limit {
            guard let next = cmark_node_next(current) else {
                guard let parent = cmark_node_parent(current),
                      [CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK].contains(cmark_node_get_type(parent)) else { break }
                current = parent
                continue
            }
            switch cmark_node_get_type(next) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmarkString(cmark_node_get_literal(next))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK: text += plainText(of: next)
            default: return text
            }
            current = next
        }
        return text
    }

    /// Whether any text below `node` holds `|`, `~`, `[`, `#`, `://` or `www.`, without which no notice can
    /// apply: most paragraphs are then passed without copying their lines out of the tree.
    private static func mentionsNoticeCharacter(_ node: OpaquePointer) -> Bool {
        var found = false
        walk(below: node) { entering, current in
            guard entering, let literal = cmark_node_get_literal(current) else { return true }
            found = strpbrk(literal, "|~[#") != nil || strstr(literal, "://") != nil || strstr(literal, "www.") != nil
            return !found
        }
        return found
    }

    /// A paragraph's lines as written, split at its soft and hard breaks. `outsideLinks` leaves out
    /// the words of links and images and the code spans, and splits at breaks inside emphasis too:
    /// what is left is text cmark made nothing of, on the line it stands on.
    private static func lines(of paragraph: OpaquePointer, outsideLinks: Bool = false) -> [String] {
        var lines = [""]
        // A link or image whose words are left out, until the walk leaves it.
        var skipped: OpaquePointer?
        walk(below: paragraph) { entering, current in
            if let link = skipped {
                if !entering, current == link { skipped = nil }
                return true
            }
            guard entering else { return true }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                // In the written lines a break inside a link or emphasis stays a space, as in the heading's text.
                if outsideLinks || cmark_node_parent(current) == paragraph { lines.append("") } else { lines[lines.count - 1] += " " }
            case CMARK_NODE_TEXT:
                lines[lines.count - 1] += cmarkString(cmark_node_get_literal(current))
            case CMARK_NODE_CODE:
                lines[lines.count - 1] += outsideLinks ? " " : cmarkString(cmark_node_get_literal(current))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if outsideLinks {
                    lines[lines.count - 1] += " "
                    skipped = current
                }
            default:
                break
            }
            return true
        }
        return lines
    }

    /// Visits the nodes below `node`, depth first, entering and leaving, with cmark's own iterator
    /// until `visit` returns false. Never recursive: a paragraph can nest emphasis thousands deep
    /// (the fuzzer found one), and a recursive walk overflows the stack on it.
    private static func walk(below node: OpaquePointer, _ visit: (_ entering: Bool, _ node: OpaquePointer) -> Bool) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator), current != node else { continue }
            if !visit(event == CMARK_EVENT_ENTER, current) { break }
        }
    }

    private static func isFirstInItem(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node) else { return false }
        return cmark_node_get_type(parent) == CMARK_NODE_ITEM && cmark_node_previous(node) == nil
    }

    /// A comment (`<!-- … -->`) is a note to the author, not content: `regio new` writes its hints so.
    private static func hasContent(after heading: OpaquePointer) -> Bool {
        var following = cmark_node_next(heading)
        while let node = following, isComment(node) { following = cmark_node_next(node) }
        guard let next = following else { return false }
        guard cmark_node_get_type(next) == CMARK_NODE_HEADING else { return true }
        return cmark_node_get_heading_level(next) > cmark_node_get_heading_level(heading)
    }

    /// Formats every browser shows in `<img>`. An address with a scheme (`https://…/kaart`) may name
    /// an image without saying so; a local file says it with its extension.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]

    private static func isImageAddress(_ address: String) -> Bool {
        let path = address.split(separator: "#", maxSplits: 1).first.map { $0.split(separator: "?", maxSplits: 1).first ?? $0 } ?? ""
        if path.contains("://") || address.hasPrefix("data:") { return true }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return imageExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The first line of an HTML node's text, shortened for a message.
    private static func firstLine(of node: OpaquePointer) -> String {
        let line = cmarkString(cmark_node_get_literal(node)).split(separator: "\n").first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 60 ? String(trimmed.prefix(60)) + "…" : trimmed
    }

    private static func isComment(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK else { return false }
        let text = cmarkString(cmark_node_get_literal(node)).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.hasPrefix("<!--") && text.hasSuffix("-->")
    }

    /// cmark gives inline nodes no position in every case; the nearest block that has one stands in.
    private static func position(of node: OpaquePointer) -> MarkdownPosition {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return MarkdownPosition(line: line, column: max(1, Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return MarkdownPosition(line: 1, column: 1)
    }
}
