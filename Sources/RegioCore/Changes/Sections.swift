import RegioMarkdown

/// A document's text cut at its level-2 and level-3 headings, as a reader compares two versions:
/// by section. Cut in the Markdown source (fenced code stays inside its section), then into the
/// blocks cmark finds in each section (`TextBlock`), in the words a reader sees
/// (`BodyRenderer.readerBlocks`: quoted figures filled in).
struct Section: Equatable {
    /// "" for the text before the first heading.
    let heading: String
    let blocks: [TextBlock]
    /// Matches a section of another version: the heading folded as heading ids are, without a leading
    /// chapter number, numbered when a heading repeats (two chapters may each have a "Plegeraanpak").
    var key = ""
    /// 2 for a chapter (and the text before the first heading), 3 for a section of one: the page
    /// that compares versions keeps the document's outline.
    var level = 2
    /// The key of the chapter a level-3 section stands in; nil for a chapter, or for a level-3
    /// section before the first chapter.
    var parent: String?

    /// The section's words in reading order: what its counts of words added and removed are of.
    var words: [String] { blocks.flatMap(\.words) }

    /// `blocks` gives the blocks a reader sees in a section's Markdown; by default cmark's plain
    /// blocks, in which a quoted figure (`[](cijfer:…)`, a link with no text) has no words.
    static func split(_ markdown: String, blocks: (String) -> [MarkdownBlock] = plainBlocks) -> [Section] {
        var sections: [(heading: String, level: Int, lines: [Substring])] = [("", 2, [])]
        var fence: Substring?
        // Cut on the bytes: splitting a 20 KB vision by Characters cost as much as comparing it.
        for bytes in markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            // A version read from git may end its lines in CR LF.
            let line = bytes.last == UInt8(ascii: "\r") ? Substring(bytes.dropLast()) : Substring(bytes)
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if trimmed.hasPrefix("## ") || trimmed.hasPrefix("### ") {
                sections.append((headingText(trimmed), trimmed.hasPrefix("## ") ? 2 : 3, []))
                continue
            }
            sections[sections.count - 1].lines.append(line)
        }
        var seen: [String: Int] = [:]
        var chapter: String?
        return sections.compactMap { section in
            // The blocks a reader sees: Markdown syntax (links, emphasis) is not part of the comparison.
            let found = blocks(section.lines.joined(separator: "\n")).compactMap(TextBlock.init)
            guard !(section.heading.isEmpty && found.isEmpty) else { return nil }
            // Folded as the checklist folds headings: `2. Analyse` is the chapter `Analyse` numbered.
            let folded = HeadingMatcher.fold(section.heading)
            let slug = folded.isEmpty ? HeadingIDMaker.slug(section.heading) : folded
            seen[slug, default: 0] += 1
            let key = seen[slug] == 1 ? slug : "\(slug)-\(seen[slug]!)"
            if section.level == 2, !section.heading.isEmpty { chapter = key }
            return Section(heading: section.heading, blocks: found, key: key, level: section.level, parent: section.level == 3 ? chapter : nil)
        }
    }

    /// The blocks cmark finds, in their words without Markdown syntax.
    static func plainBlocks(_ markdown: String) -> [MarkdownBlock] {
        MarkdownRenderer.render(markdown, options: .blocksOnly).blocks
    }

    /// `## Doelen ##` → `Doelen`: the opening hashes, and a closing run of them after a space, are not
    /// part of the heading (CommonMark's ATX headings).
    private static func headingText(_ line: Substring) -> String {
        let text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        let withoutClosing = text.reversed().drop { $0 == "#" }
        guard withoutClosing.count < text.count, withoutClosing.isEmpty || withoutClosing.first == " " || withoutClosing.first == "\t" else { return text }
        return String(withoutClosing.reversed()).trimmingCharacters(in: .whitespaces)
    }

    /// The text cut at white space (Unicode's White_Space), on its UTF-8 bytes: cutting by
    /// Characters, with grapheme breaking, cost more than the diff of the words.
    static func words(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            var start = 0, index = 0
            while index < bytes.count {
                let width = whiteSpaceWidth(bytes, at: index)
                if width > 0 {
                    if start < index { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    index += width
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// The length in bytes of the white-space character at `index`, or 0.
    private static func whiteSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        // Only the lead bytes of U+0085, U+00A0, U+1680, U+2000–U+3000 can start white space.
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return 0 }
        let width = byte == 0xC2 ? 2 : 3
        guard index + width <= bytes.count,
              let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]), as: UTF8.self).unicodeScalars.first,
              scalar.properties.isWhitespace else { return 0 }
        return width
    }
}
