import CYaml

/// Warns about values that parse but are wrapped in Word's curly quotes (`CurlyQuotes`): the page
/// would show the quotes, and the author meant them as YAML's.
enum YAMLCurlyQuotes {
    static func warnings(in text: String, source: YAMLSource) -> [Diagnostic] {
        // Most front matter has no curly quote at all: no second parse for it.
        guard text.contains(where: { "“”„‘’".contains($0) }) else { return [] }
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
}
