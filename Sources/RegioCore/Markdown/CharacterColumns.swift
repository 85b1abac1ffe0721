import RegioMarkdown

/// cmark counts columns in bytes; diagnostics count Characters, as editors and YAML marks do. All
/// positions of a body are converted together, in order, with one `ColumnCursor` pass per line:
/// counting from the start of the line for each link made 400,000 links on one line quadratic.
struct CharacterColumns {
    /// The positions asked for, sorted, and the Character column of each.
    private let positions: [MarkdownPosition]
    private let columns: [Int]

    /// `lines` are the body's lines as cmark numbers them (from 1).
    init(_ positions: [MarkdownPosition], lines: [Substring]) {
        let sorted = positions.sorted(by: Self.precedes)
        var columns: [Int] = []
        columns.reserveCapacity(sorted.count)
        var cursor: ColumnCursor?
        var cursorLine = 0
        for position in sorted {
            guard position.line >= 1, position.line <= lines.count else {
                columns.append(1)
                continue
            }
            if position.line != cursorLine {
                cursor = ColumnCursor(lines[position.line - 1])
                cursorLine = position.line
            }
            columns.append(cursor?.advance(toUTF8Offset: position.column - 1) ?? 1)
        }
        self.positions = sorted
        self.columns = columns
    }

    /// The Character column of a position given to `init`; 1 for a line the body does not have.
    subscript(position: MarkdownPosition) -> Int {
        // Binary search for the first position not before this one.
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(positions[middle], position) { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] == position ? columns[low] : 1
    }

    private static func precedes(_ first: MarkdownPosition, _ second: MarkdownPosition) -> Bool {
        (first.line, first.column) < (second.line, second.column)
    }
}
