import Foundation
import CYaml
import RegioMarkdown

/// Warns about values that parse but are wrapped in Word's curly quotes (`CurlyQuotes`): the page
/// would show the quotes, and the author meant them as YAML's.
enum YAMLCurlyQuotes {
    static func warnings(in text: String, source: YAMLSource) -> [Diagnostic] {
        // Most front matter has no curly quote at all: no second parse for it.
        guard mayHoldCurlyQuotes(text) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var warnings: [Diagnostic] = []
        YAMLEvents.forEach(in: text) { event in
            // Only plain values: between straight quotes, curly ones are the author's own text.
            guard event.type == YAML_SCALAR_EVENT, event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE,
                  let bytes = event.data.scalar.value else { return true }
            let value = String(decoding: UnsafeBufferPointer(start: bytes, count: event.data.scalar.length), as: UTF8.self)
            guard let quotes = CurlyQuotes(value[...]) else { return true }
            // libyaml counts lines from 0 and columns in characters (Unicode scalars).
            let start = event.start_mark, end = event.end_mark
            guard Int(start.line) < lines.count else { return true }
            let line = lines[Int(start.line)].unicodeScalars
            let head = Substring(line.prefix(Int(start.column))).drop { $0 == " " }
            let tail = start.line == end.line ? Substring(line.dropFirst(Int(end.column))) : ""
            warnings.append(Diagnostic(
                .curlyQuotes, quotes.warning,
                at: SourceLocation(file: source.file, line: Int(start.line) + 1 + source.lineOffset, column: Int(start.column) + 1),
                fixIt: quotes.fixIt(writing: "`\(head)\(YAMLLine.doubleQuoted(quotes.inner))\(tail)`")
            ))
            return true
        }
        return warnings
    }

    /// Whether `text` holds “ ” „ ‘ or ’ (U+2018, U+2019, U+201C–U+201E: `E2 80 98`, `99`, `9C`, `9D`,
    /// `9E` in UTF-8). On the bytes, from one `E2` to the next: going through every front matter by
    /// Characters took a second of `check`'s CPU at 10,000 documents.
    static func mayHoldCurlyQuotes(_ text: String) -> Bool {
        text.withUTF8Buffer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset + 2 < bytes.count, let found = memchr(base + offset, 0xE2, bytes.count - offset - 2) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[at + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D, 0x9E].contains(bytes[at + 2]) { return true }
                offset = at + 1
            }
            return false
        }
    }
}
