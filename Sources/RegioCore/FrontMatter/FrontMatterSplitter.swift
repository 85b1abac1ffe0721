/// A document split into its YAML front matter and its Markdown body, with the line where each starts,
/// so that positions found in either can be given as lines of the file.
public struct SplitDocument: Sendable {
    public let yaml: String
    /// Line of the file on which the YAML's first line stands.
    public let yamlFirstLine: Int
    public let body: String
    /// Line of the file on which the body's first line stands.
    public let bodyFirstLine: Int
}

/// Stage 2: splits `---` front matter from the body.
public enum FrontMatterSplitter {
    public static func split(_ file: SourceFile) -> Result<SplitDocument, Diagnostic> {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return .failure(Diagnostic(
                .missingFrontMatter, "het document begint niet met front matter (een regel `---`)",
                at: SourceLocation(file: file.path),
                notes: ["een document begint met `---`, dan velden als `type:` en `titel:`, en weer `---`"]
            ))
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) || isEnd(lines[$0]) }) else {
            return .failure(Diagnostic(
                .unclosedFrontMatter, "de front matter wordt niet afgesloten met een regel `---`",
                at: SourceLocation(file: file.path),
                fixIt: "zet een regel met alleen `---` na de laatste veldregel"
            ))
        }
        return .success(SplitDocument(
            yaml: lines[1..<closing].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyFirstLine: closing + 2
        ))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingWhitespace() == "---"
    }

    private static func isEnd(_ line: Substring) -> Bool {
        line.trimmingTrailingWhitespace() == "..."
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var result = self
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
