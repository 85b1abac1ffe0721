import RegioMarkdown

/// A text's lines, found once: the UTF-8 offset where each starts, so that a line is looked up by
/// number in constant time.
///
/// Showing the source line under each of N diagnostics by splitting the file again every time was
/// quadratic: 300 warnings in a 7 MB file took most of a minute to print.
public struct SourceLines: Sendable {
    public let text: String
    /// The UTF-8 offset of the first byte of every line; the first is 0.
    private let starts: [Int]

    public init(_ text: String) {
        self.text = text
        starts = [0] + text.utf8Offsets(of: 0x0A).map { $0 + 1 }
    }

    /// How many lines the text has; a text that ends in a line break has an empty last line.
    public var count: Int { starts.count }

    /// Line `number` (1-based) as written, without its line break and a `\r` before it; empty when out of range.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= starts.count else { return "" }
        let utf8 = text.utf8
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : utf8.count
        if end > start, utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == 0x0D { end -= 1 }
        // A UTF-8 offset of a native string is an index in constant time.
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
