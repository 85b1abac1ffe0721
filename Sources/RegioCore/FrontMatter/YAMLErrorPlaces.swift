/// Where the author should look when libyaml reports a problem further on than its cause. Both
/// read the lines as written; they only run once Yams has refused the text.
enum YAMLErrorPlaces {
    /// The first value that opens a quote and does not close it on its line (`titel: "Plan`).
    /// libyaml then reads on into the next lines and complains there, about a key or the end.
    static func unclosedQuote(in text: String, before line: Int) -> (line: Int, column: Int)? {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(line).enumerated() {
            let written = YAMLLine(raw)
            guard let value = written.value, let quote = value.first, quote == "\"" || quote == "'" else { continue }
            if !closes(value.dropFirst(), quote: quote) {
                return (index + 1, written.column(of: value.startIndex))
            }
        }
        return nil
    }

    /// Whether the rest of a quoted value holds its closing quote: `\"` does not close a double
    /// quote, `''` does not close a single one.
    private static func closes(_ rest: Substring, quote: Character) -> Bool {
        var escaped = false
        var characters = rest.makeIterator()
        while let character = characters.next() {
            if quote == "\"" {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" { return true }
            } else if character == "'" {
                // `''` is a quote inside the text; a lone one closes it.
                var lookahead = characters
                if lookahead.next() == "'" { characters = lookahead; continue }
                return true
            }
        }
        return false
    }

    /// The lines on which `key` starts, as `key:` at the start of a line (after indentation or a list dash).
    static func lines(ofKey key: String, in text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            return trimmed.hasPrefix("\(key):") ? index + 1 : nil
        }
    }
}
