import Foundation

/// Recognises GitHub-flavoured constructs in text that cmark has already rendered as a paragraph.
/// cmark has no GFM extensions, so authors who write them get plain text instead: Regio warns.
enum NoticeDetector {
    static func notice(forParagraphLines lines: [String], inListItem: Bool) -> MarkdownNotice.Kind? {
        if lines.count >= 2, lines[0].contains("|"), isDelimiterRow(lines[1]) { return .pipeTable }
        if inListItem, let first = lines.first, isTaskMarker(first) { return .taskList }
        if lines.contains(where: containsStrikethrough) { return .strikethrough }
        return nil
    }

    /// `| --- | :-: |` and friends: only pipes, hyphens, colons and spaces, with at least one pipe and hyphen.
    static func isDelimiterRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("|"), trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: \t".contains($0) }
    }

    static func isTaskMarker(_ line: String) -> Bool {
        line.hasPrefix("[ ] ") || line.hasPrefix("[x] ") || line.hasPrefix("[X] ")
    }

    static func containsStrikethrough(_ line: String) -> Bool {
        guard line.containsUTF8(0x7E), let open = line.range(of: "~~") else { return false }
        let rest = line[open.upperBound...]
        guard let close = rest.range(of: "~~") else { return false }
        return close.lowerBound > rest.startIndex
    }
}
