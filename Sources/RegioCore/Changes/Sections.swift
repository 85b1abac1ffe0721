import RegioMarkdown

/// A document's text cut at its level-2 and level-3 headings, as a reader compares two versions:
/// by section. Cut in the Markdown source (fenced code stays inside its section), compared as the
/// plain words cmark renders.
struct Section: Equatable {
    /// "" for the text before the first heading.
    let heading: String
    let words: [String]
    /// Matches a section of another version: the heading folded as heading ids are, numbered when a
    /// heading repeats (two chapters may each have a "Plegeraanpak").
    var key = ""

    static func split(_ markdown: String) -> [Section] {
        var sections: [(heading: String, lines: [Substring])] = [("", [])]
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if trimmed.hasPrefix("## ") || trimmed.hasPrefix("### ") {
                sections.append((String(trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)), []))
                continue
            }
            sections[sections.count - 1].lines.append(line)
        }
        var seen: [String: Int] = [:]
        return sections.compactMap { section in
            // The words a reader sees: Markdown syntax (links, emphasis) is not part of the comparison.
            let text = MarkdownRenderer.render(section.lines.joined(separator: "\n"), options: .wordsOnly).text
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !(section.heading.isEmpty && words.isEmpty) else { return nil }
            let slug = HeadingIDMaker.slug(section.heading)
            seen[slug, default: 0] += 1
            return Section(heading: section.heading, words: words, key: seen[slug] == 1 ? slug : "\(slug)-\(seen[slug]!)")
        }
    }
}
