import RegioMarkdown

/// A changed section drawn in the blocks a reader knows from the page: paragraphs as `<p>`, list
/// items as `<li>` in their `<ul>` or `<ol>`, quotes as `<blockquote>`, code as `<pre>`, headings
/// inside the section below its own heading. A block with changes has the class `diff`; each
/// change is `<ins>` or `<del>` with the words "toegevoegd:" or "verwijderd:" for screen readers
/// before it and "einde toegevoegd" or "einde verwijderd" after it, so the page reads without colour
/// and without the style sheet, and a listener hears where a change stops. A block that is new or
/// gone holds one `<ins>` or `<del>`; an unchanged block has no marks.
struct ComparisonHTML {
    /// "toegevoegd:" and "verwijderd:" in the theme's language.
    let addedLabel: String
    let removedLabel: String
    /// "einde toegevoegd" and "einde verwijderd": said after the change, never shown.
    let addedEndLabel: String
    let removedEndLabel: String

    /// Unchanged words kept around a change, so the reader sees where it is; an unchanged block
    /// shows as many of its first words, so the reader knows which one it is.
    static let contextWords = 8

    /// `level` is the level of the section's own heading (2 or 3).
    func html(_ changes: [BlockDiff.Change], level: Int = 2) -> String {
        var html = ""
        var open: [MarkdownBlock.Container] = []
        // Text right after `<li>` in a tight list: what comes next starts on a line of its own.
        var afterBareText = false
        for change in changes {
            let path = change.block.block.containers
            var kept = 0
            while kept < open.count, kept < path.count, Self.continues(open[kept], with: path[kept]) { kept += 1 }
            for container in open[kept...].reversed() {
                html += Self.closing(container)
                afterBareText = false
            }
            open.removeSubrange(kept...)
            let marked = change.kind != .same
            let classAttribute = marked ? #" class="diff""# : ""
            // A tight list's item holds its first paragraph without `<p>`, as cmark writes it.
            var bare = false
            for index in kept..<path.count {
                if afterBareText { html += "\n" }
                afterBareText = false
                switch path[index] {
                case .quote:
                    html += "<blockquote>\n"
                case let .list(ordered, start, _):
                    html += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
                case .item:
                    if index == path.count - 1, change.block.block.kind == .paragraph, index > 0,
                       case .list(_, _, tight: true) = path[index - 1] {
                        bare = true
                        html += "<li\(classAttribute)>"
                    } else {
                        html += "<li>\n"
                    }
                }
                open.append(path[index])
            }
            let content = content(change)
            if bare {
                html += content
                afterBareText = true
                continue
            }
            if afterBareText { html += "\n" }
            afterBareText = false
            switch change.block.block.kind {
            case .paragraph:
                html += "<p\(classAttribute)>\(content)</p>\n"
            case let .heading(written):
                // `####` is the first level below a `###` section and shown so; under a `##` section it
                // is shown one level lower (no h3 skipped). A heading in a quote or list may be any level.
                let shown = min(6, max(level + 1, written + level - 3))
                html += "<h\(shown)\(classAttribute)>\(content)</h\(shown)>\n"
            case .code:
                html += "<pre\(classAttribute)><code>\(content)</code></pre>\n"
            }
        }
        for container in open.reversed() { html += Self.closing(container) }
        // The template puts the line break after the last block.
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// Whether the next block stays in a list, item or quote that is open: the same kind of list;
    /// an item only for a later block of the same item. Two lists or quotes that meet (a removed
    /// item and an added one) are drawn as one.
    private static func continues(_ open: MarkdownBlock.Container, with next: MarkdownBlock.Container) -> Bool {
        switch (open, next) {
        case (.quote, .quote): true
        case let (.list(openOrdered, _, _), .list(nextOrdered, _, _)): openOrdered == nextOrdered
        case let (.item, .item(opens)): !opens
        default: false
        }
    }

    private static func closing(_ container: MarkdownBlock.Container) -> String {
        switch container {
        case .quote: "</blockquote>\n"
        case let .list(ordered, _, _): ordered ? "</ol>\n" : "</ul>\n"
        case .item: "</li>\n"
        }
    }

    /// The block's words (or a code block's lines) with their changes; long unchanged stretches
    /// shortened with "…".
    private func content(_ change: BlockDiff.Change) -> String {
        let separator = change.block.block.kind == .code ? "\n" : " "
        let runs = change.diff.runs
        guard change.kind != .same else {
            let tokens = change.block.tokens
            guard tokens.count > Self.contextWords + 3 else { return XMLText.escape(tokens.joined(separator: separator)) }
            return XMLText.escape((tokens.prefix(Self.contextWords) + ["…"]).joined(separator: separator))
        }
        return runs.enumerated().map { index, run -> String in
            let text = XMLText.escape(run.words.joined(separator: separator))
            switch run.kind {
            case .added:
                return inserted(text)
            case .removed:
                return deleted(text)
            case .same:
                let words = run.words
                let keepStart = index == 0 ? 0 : Self.contextWords, keepEnd = index == runs.count - 1 ? 0 : Self.contextWords
                guard words.count > keepStart + keepEnd + 3 else { return text }
                let head = words.prefix(keepStart), tail = words.suffix(keepEnd)
                return XMLText.escape((head + ["…"] + tail).joined(separator: separator))
            }
        }.joined(separator: separator)
    }

    /// Escaped text marked as added, with the hidden words that say where the addition starts and ends.
    func inserted(_ html: String) -> String {
        "<ins><span class=\"visually-hidden\">\(addedLabel) </span>\(html)<span class=\"visually-hidden\"> \(addedEndLabel)</span></ins>"
    }

    /// Escaped text marked as removed, likewise.
    func deleted(_ html: String) -> String {
        "<del><span class=\"visually-hidden\">\(removedLabel) </span>\(html)<span class=\"visually-hidden\"> \(removedEndLabel)</span></del>"
    }
}
