/// Walks one line forward a Character at a time, counting columns as diagnostics do (Characters,
/// as editors and YAML marks count), from a UTF-8 offset or to a column.
///
/// One cursor serves many positions on a line in increasing order in one pass, so N positions on a
/// line of length L cost O(N + L) instead of O(N × L). Runs of ASCII are stepped a byte at a time
/// without asking the grapheme breaker.
public struct ColumnCursor {
    public let line: Substring
    /// Where the cursor is: always at the start of a Character (or the end of the line).
    public private(set) var index: Substring.Index
    /// The 1-based column of `index`.
    public private(set) var column = 1
    /// `index` as a UTF-8 offset from the start of the line.
    public private(set) var utf8Offset = 0

    /// A cursor at the start of `line`, which must begin at a Character boundary of its text (a line start does).
    public init(_ line: Substring) {
        self.line = line
        index = line.startIndex
    }

    /// Moves forward past every Character that starts before UTF-8 `offset`, and returns the column
    /// after them: the column of the Character that starts at `offset`, or of the end of the line.
    /// An offset behind the cursor leaves it where it is.
    @discardableResult
    public mutating func advance(toUTF8Offset offset: Int) -> Int {
        step { at, _ in at < offset }
        return column
    }

    /// Moves forward to `column`, or to the end of the line when it is shorter.
    public mutating func advance(toColumn target: Int) {
        step { _, column in column < target }
    }

    /// Whether the cursor is at the end of the line.
    public var isAtEnd: Bool { index == line.endIndex }

    private mutating func step(while goesOn: (_ offset: Int, _ column: Int) -> Bool) {
        let utf8 = line.utf8
        let count = utf8.count
        var offset = utf8Offset, column = self.column
        let handled: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            while offset < count, goesOn(offset, column) {
                // An ASCII byte followed by another (or by the end) is a Character of its own; only
                // `\r\n` is one Character of two ASCII bytes, and a `\r` takes the slow path.
                let byte = bytes[offset]
                if byte < 0x80, byte != 0x0D, offset + 1 == count || bytes[offset + 1] < 0x80 {
                    offset += 1
                } else {
                    let start = utf8.index(utf8.startIndex, offsetBy: offset)
                    offset = utf8.distance(from: utf8.startIndex, to: line.index(after: start))
                }
                column += 1
            }
            return true
        }
        if handled == nil {
            // Storage that is not contiguous UTF-8 (a bridged string): Character by Character.
            var at = utf8.index(utf8.startIndex, offsetBy: offset)
            while at < line.endIndex, goesOn(offset, column) {
                at = line.index(after: at)
                offset = utf8.distance(from: utf8.startIndex, to: at)
                column += 1
            }
        }
        utf8Offset = offset
        self.column = column
        index = utf8.index(utf8.startIndex, offsetBy: offset)
    }
}
