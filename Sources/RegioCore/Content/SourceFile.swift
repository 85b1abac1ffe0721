/// A content file that was read and decoded as UTF-8.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/`.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The line as written, for showing under a diagnostic; empty when out of range.
    public func line(_ number: Int) -> String {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return ""
    }
}
