/// Moves a notice about something written in a line to where it is written. cmark gives inline
/// text no position of its own, so `TreeWalk` knows the line but places the notice at its start; an
/// author looking for `www.veiligthuis.nl` in a long line should not have to. A `#` found escaped
/// (`\#MeToo`) was meant as a sign, not as a heading: that notice is dropped here, where the
/// written line is known, as cmark's text holds no trace of the backslash.
enum NoticePlacement {
    static func pointed(_ notices: [MarkdownNotice], in text: String) -> [MarkdownNotice] {
        guard notices.contains(where: isWritten) else { return notices }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The same address twice in a line: the second notice points at the second one (a UTF-8 offset).
        var searchFrom: [Int: Int] = [:]
        return notices.compactMap { notice in
            let number = notice.position.line
            guard isWritten(notice), number >= 1, number <= lines.count else { return notice }
            let line = String(lines[number - 1])
            let from = max(searchFrom[number] ?? 0, notice.position.column - 1, 0)
            guard let found = line.utf8Offset(of: notice.detail, from: from) else { return notice }
            if notice.kind == .headingWithoutSpace, found > 0, line.utf8[line.utf8.index(line.utf8.startIndex, offsetBy: found - 1)] == UInt8(ascii: "\\") {
                return nil
            }
            searchFrom[number] = found + notice.detail.utf8.count
            return MarkdownNotice(kind: notice.kind, position: MarkdownPosition(line: number, column: found + 1), detail: notice.detail)
        }
    }

    private static func isWritten(_ notice: MarkdownNotice) -> Bool {
        !notice.detail.isEmpty && [.bareAddress, .linkWithSpace, .footnote, .headingWithoutSpace].contains(notice.kind)
    }
}
