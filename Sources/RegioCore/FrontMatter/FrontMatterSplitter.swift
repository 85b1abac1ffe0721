import Foundation
import RegioMarkdown
/// A document split into its YAML front matter and its Markdown body, with the line where each starts,
/// so that positions found in either can be given as lines of the file.
public struct SplitDocument: Sendable {
    public let yaml: String
    /// Line of the file on which the YAML's first line stands.
    public let yamlFirstLine: Int
    /// A slice of the file's text, not a copy: at 10,000 documents a copy of every body was 80 MB.
    public let body: Substring
    /// Line of the file on which the body's first line stands.
    public let bodyFirstLine: Int
}

/// Stage 2: splits `---` front matter from the body.
public enum FrontMatterSplitter {
    public static func split(_ file: SourceFile) -> Result<SplitDocument, Diagnostic> {
        // Walks the lines as UTF-8 until the closing fence and slices the text once: splitting the
        // whole file into Characters and joining the body again was a sixth of `regio check`.
        let text = file.text
        var lines = LineCursor(text)
        guard let first = lines.next(), isFence(text[first]) else {
            return .failure(missingStart(file))
        }
        var number = 1
        while let line = lines.next() {
            number += 1
            if let dash = wordDash(text[line]) {
                return .failure(Diagnostic(
                    .unclosedFrontMatter, "regel \(number) is `\(dash)` waar `---` de front matter afsluit", at: SourceLocation(file: file.path, line: number),
                    notes: [wordNote], fixIt: dashFix
                ))
            }
            guard isFence(text[line]) || isEnd(text[line]) else { continue }
            // The YAML runs from the line after the opening fence to the line break before this one.
            let yamlStart = lines.start(after: first)
            let yamlEnd = number == 2 ? yamlStart : text.utf8.index(before: line.lowerBound)
            return .success(SplitDocument(
                yaml: String(text[yamlStart..<yamlEnd]),
                yamlFirstLine: 2,
                body: text[lines.start(after: line)...],
                bodyFirstLine: number + 1
            ))
        }
        return .failure(Diagnostic(
            .unclosedFrontMatter, "de front matter wordt niet afgesloten met een regel `---`",
            at: SourceLocation(file: file.path),
            fixIt: "zet een regel met alleen `---` na de laatste veldregel"
        ))
    }

    private static let wordNote = "Word en andere tekstverwerkers maken van drie streepjes een lange streep"
    private static let dashFix = "schrijf drie gewone streepjes: `---`"

    /// Why the first line is not `---`: an empty file, blank lines above it, or Word's dash for it.
    private static func missingStart(_ file: SourceFile) -> Diagnostic {
        let lines = LineCursor.lines(of: file.text)
        guard let start = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return Diagnostic(.missingFrontMatter, "het bestand is leeg", at: SourceLocation(file: file.path),
                              fixIt: "begin met een regel `---`, dan velden als `type:` en `titel:`, en weer `---`; of maak het document met `regio new`")
        }
        if let dash = wordDash(lines[start]) {
            return Diagnostic(.missingFrontMatter, "regel \(start + 1) is `\(dash)` waar `---` de front matter opent",
                              at: SourceLocation(file: file.path, line: start + 1), notes: [wordNote],
                              fixIt: dashFix + (start > 0 ? ", op de eerste regel" : ""))
        }
        if start > 0, isFence(lines[start]) {
            return Diagnostic(.missingFrontMatter, "boven `---` staan lege regels, maar de front matter moet op de eerste regel beginnen",
                              at: SourceLocation(file: file.path), fixIt: start == 1 ? "haal de lege regel boven `---` weg" : "haal de lege regels boven `---` weg")
        }
        return Diagnostic(
            .missingFrontMatter, "het document begint niet met front matter (een regel `---`)",
            at: SourceLocation(file: file.path),
            notes: ["een document begint met `---`, dan velden als `type:` en `titel:`, en weer `---`"]
        )
    }

    /// The line as written when it is only long dashes (`—`, `–`, `−`, `——`) where a fence of three
    /// hyphens belongs: what Word's autocorrect makes of `---`.
    private static func wordDash(_ line: Substring) -> Substring? {
        // Asked of every front-matter line: on the bytes first, since a line of dashes starts with
        // `-` or with E2, the lead byte of every long dash, and has at most six of them (3 bytes each).
        guard let first = line.utf8.first, first == UInt8(ascii: "-") || first == 0xE2, line.utf8.count <= 24 else { return nil }
        let written = line.trimmingTrailingWhitespace()
        guard !written.isEmpty, written.count <= 6, written.allSatisfy({ "-‐‑‒–—―−".contains($0) }),
              written.contains(where: { !$0.isASCII }) else { return nil }
        return written
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

/// The lines of a text as ranges between `\n` bytes (a `\r` before it stays in the line), found
/// on demand in the UTF-8 view.
struct LineCursor: IteratorProtocol {
    private let text: String
    private var position: String.Index
    private var finished = false

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Range<String.Index>? {
        guard !finished else { return nil }
        let utf8 = text.utf8
        if let newline = utf8[position...].firstIndex(of: 0x0A) {
            defer { position = utf8.index(after: newline) }
            return position..<newline
        }
        finished = true
        return position..<text.endIndex
    }

    /// Where the line after `line` starts: past its line break, or the end of the text.
    func start(after line: Range<String.Index>) -> String.Index {
        line.upperBound == text.endIndex ? text.endIndex : text.utf8.index(after: line.upperBound)
    }

    /// Every line, for callers that look lines up by number.
    static func lines(of text: String) -> [Substring] {
        // A UTF-8 offset is an index in O(1).
        let ends = text.utf8Offsets(of: 0x0A)
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        for end in ends {
            let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(text[start..<endIndex])
            start = utf8.index(after: endIndex)
        }
        lines.append(text[start...])
        return lines
    }
}
