/// The source line under a diagnostic, with a caret under its column. A long line (a table or a
/// list of links pasted as one line, minified text) is shown as a window around the column, with
/// `…` where text was left out, so that a finding in a line of megabytes prints as two short lines.
/// The terminal prints it (`DiagnosticPrinter`), and the preview's panel shows it as well.
public struct SourceExcerpt {
    /// Lines up to this many Characters are shown whole: most prose paragraphs are one line in Markdown.
    public static let wholeLineLimit = 240
    /// How many Characters a cut line shows, and how many of them before the caret.
    public static let window = 160
    public static let lead = 60

    public let number: Int
    /// What is shown of the line: control characters drawn as symbols, `…` where text was cut.
    public let text: String
    /// Blanks (tabs kept as tabs) up to the column.
    public let caretOffset: String

    /// Nil for an empty line: a caret under nothing says nothing.
    public init?(line: Substring, number: Int, column: Int) {
        guard !line.isEmpty else { return nil }
        self.number = number
        var probe = ColumnCursor(line)
        probe.advance(toColumn: Self.wholeLineLimit + 1)
        guard !probe.isAtEnd else {
            text = Self.drawn(line)
            caretOffset = Self.blanks(under: text.prefix(max(0, column - 1)))
            return
        }
        // Past the end of the line the caret stands just after it.
        var cursor = ColumnCursor(line)
        cursor.advance(toColumn: column)
        let caret = cursor.column
        let first = caret <= Self.window - Self.lead ? 1 : caret - Self.lead
        var window = ColumnCursor(line)
        window.advance(toColumn: first)
        let start = window.index
        window.advance(toColumn: first + Self.window)
        let shown = Self.drawn(line[start..<window.index])
        let before = first > 1 ? "…" : ""
        text = before + shown + (window.isAtEnd ? "" : "…")
        caretOffset = (first > 1 ? " " : "") + Self.blanks(under: shown.prefix(caret - first))
    }

    /// The two lines printed under the diagnostic's first line.
    public var lines: [String] {
        let label = String(number)
        let gutter = String(repeating: " ", count: label.count)
        return [" \(label) | \(text)", " \(gutter) | \(caretOffset)^"]
    }

    /// Control characters are drawn as symbols (␀, ␛, �): printed as they are they would move the
    /// cursor, start an escape sequence or cut the line short in a terminal.
    private static func drawn(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x09: scalar
            case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? scalar
            case 0x7F: "\u{2421}"
            case 0x80...0x9F: "\u{FFFD}"
            default: scalar
            }
        }))
    }

    private static func blanks(under text: Substring) -> String {
        String(text.map { $0 == "\t" ? "\t" : " " })
    }
}
