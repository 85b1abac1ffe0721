/// The value names a template's tags look up, read from its text: `{{title}}`, `{{{body}}}`,
/// `{{& body}}`, `{{#items}}`, `{{^hasURL}}`, `{{status.sign}}`, `{{uppercased(title)}}`. Mustache
/// shows a name it cannot find as nothing, so a misspelt one empties every page without a word;
/// these are the places to check against what Regio gives (`TemplateVocabulary`). The one reader
/// of a template's tags: the sections (`TemplateSections`) and the theme's texts (`t.…`) are read
/// from the same `tags`.
enum TemplateNames {
    struct Use: Equatable {
        /// `#`, `^` or nil for a tag that writes the value.
        let sigil: Character?
        /// As written between the braces, without sigil and spaces: `status.sign`.
        let written: String
        /// The parts to look up: `["status", "sign"]`; the argument of a transform.
        let parts: [String]
        let line: Int
        let column: Int
    }

    /// A tag as written: `sigil` is `#`, `^`, `/`, `&`, `>`, `<`, `$` or `%`, nil for a plain or
    /// triple-brace tag; `name` is what follows it, without spaces.
    struct Tag: Equatable {
        let sigil: Character?
        let name: String
        let line: Int
        let column: Int
    }

    /// Every tag that looks up a value, in order. A closing tag repeats its opening one and is left
    /// out; partials, inheritance and pragmas name no value.
    static func uses(in text: String) -> [Use] {
        tags(in: text).compactMap { tag in
            guard tag.sigil == nil || "#^&".contains(tag.sigil!) else { return nil }
            let looked = Self.argument(of: tag.name)
            guard !looked.isEmpty, looked != "." else { return nil }
            return Use(sigil: tag.sigil == "&" ? nil : tag.sigil, written: tag.name,
                       parts: looked.split(separator: ".").map(String.init), line: tag.line, column: tag.column)
        }
    }

    /// Every tag of the template, in order, at the column of its `{{`. Comments (`{{! … }}`, also
    /// over more lines) are left out; a template that changes its delimiters (`{{=<% %>=}}`) is read
    /// no further, as its tags are no longer `{{…}}`.
    static func tags(in text: String) -> [Tag] {
        var found: [Tag] = []
        let bytes = Array(text.utf8)
        var line = 1, lineStart = 0, index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1; index += 1; continue }
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            let start = index
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let closing = triple ? "}}}" : "}}"
            let contentStart = index + (triple ? 3 : 2)
            guard let end = firstIndex(of: Array(closing.utf8), in: bytes, from: contentStart) else { break }
            let inside = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingSpaces
            let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
            let tagLine = line
            // A tag may span lines (a comment does); count them before going on after it.
            for byte in bytes[start..<end] where byte == UInt8(ascii: "\n") { line += 1 }
            if let lastBreak = bytes[start..<end].lastIndex(of: UInt8(ascii: "\n")) { lineStart = lastBreak + 1 }
            index = end + closing.utf8.count
            let first = triple ? nil : inside.first
            if first == "=" { break }
            if first == "!" { continue }
            let sigil = first.flatMap { "#^/&><$%".contains($0) ? $0 : nil }
            found.append(Tag(sigil: sigil, name: (sigil == nil ? inside[...] : inside.dropFirst()).trimmingSpaces, line: tagLine, column: column))
        }
        return found
    }

    /// The name a transform is applied to: `title` in `uppercased(title)`.
    private static func argument(of name: String) -> String {
        guard let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return name }
        return String(name[name.index(after: open)..<close]).trimmingSpaces
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
