/// A content file that was read and decoded as UTF-8.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/`.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
