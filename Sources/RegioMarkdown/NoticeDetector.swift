import Foundation

/// Recognises GitHub-flavoured constructs in text that cmark has already rendered as a paragraph.
/// cmark has no GFM extensions, so authors who write them get plain text instead: Regio warns.
enum NoticeDetector {
    static func notice(forParagraphLines lines: [String], inListItem: Bool) -> MarkdownNotice.Kind? {
        if lines.count >= 2, lines[0].contains("|"), isDelimiterRow(lines[1]) { return .pipeTable }
        if inListItem, let first = lines.first, isTaskMarker(first) { return .taskList }
        if lines.contains(where: containsStrikethrough) { return .strikethrough }
        return nil
    }

    /// `| --- | :-: |` and friends: only pipes, hyphens, colons and spaces, with at least one pipe and hyphen.
    static func isDelimiterRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("|"), trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: \t".contains($0) }
    }

    /// Whether most cells below a pipe table's delimiter row are numbers (`1.234`, `12,5%`, `-3`):
    /// figures, which a factsheet shows as a table, rather than actions or agreements. The first
    /// column is left out when there are more: it names the rows (a label, a year).
    static func tableHoldsNumbers(_ lines: [String]) -> Bool {
        let cells = lines.dropFirst(2).flatMap { line in
            let row = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return row.count > 1 ? Array(row.dropFirst()) : row
        }
        let numbers = cells.filter { cell in
            cell.contains(where: \.isNumber) && cell.allSatisfy { $0.isNumber || ".,%-+ €".contains($0) }
        }
        return !cells.isEmpty && numbers.count * 2 >= cells.count
    }

    static func isTaskMarker(_ line: String) -> Bool {
        line.hasPrefix("[ ] ") || line.hasPrefix("[x] ") || line.hasPrefix("[X] ")
    }

    /// The first `[text](address)` in `line` whose address holds a space, as written, or nil. cmark
    /// makes no link of it, so the reader sees the brackets and the address. One pass over the bytes
    /// (a line of ten thousand brackets must not take quadratic time): where the next `)` is and how
    /// many spaces come before each byte are counted once.
    static func linkWithSpace(in line: String) -> String? {
        // Nearly every line with a bracket is a real link, whose text node holds no `](`: nothing is
        // copied or counted for those (this runs for every paragraph of every page).
        guard line.withUTF8Buffer({ bytes in
            bytes.count >= 4 && (1..<bytes.count).contains { bytes[$0] == UInt8(ascii: "(") && bytes[$0 - 1] == UInt8(ascii: "]") }
        }) else { return nil }
        let bytes = Array(line.utf8)
        let space = UInt8(ascii: " "), open = UInt8(ascii: "["), close = UInt8(ascii: "]"), paren = UInt8(ascii: "("), end = UInt8(ascii: ")")
        var nextEnd = [Int](repeating: -1, count: bytes.count + 1)
        for index in stride(from: bytes.count - 1, through: 0, by: -1) {
            nextEnd[index] = bytes[index] == end ? index : nextEnd[index + 1]
        }
        var spacesBefore = [Int](repeating: 0, count: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { spacesBefore[index + 1] = spacesBefore[index] + (byte == space ? 1 : 0) }
        var lastOpen = -1
        for index in 0..<(bytes.count - 1) {
            if bytes[index] == open { lastOpen = index }
            guard bytes[index] == close, bytes[index + 1] == paren, lastOpen >= 0 else { continue }
            let addressStart = index + 2, addressEnd = nextEnd[addressStart]
            guard addressEnd > addressStart, bytes[addressStart] != UInt8(ascii: "<"),
                  spacesBefore[addressEnd] - spacesBefore[addressStart] > 0 else { continue }
            return String(decoding: bytes[lastOpen...addressEnd], as: UTF8.self)
        }
        return nil
    }

    /// The web addresses in `line` as written (`https://…`, `http://…` or `www.…`), without the
    /// punctuation that ends their sentence. `line` holds only text outside links: an address in a
    /// link or between `<` and `>` is already a link.
    static func bareAddresses(in line: String) -> [String] {
        var addresses: [String] = []
        var rest = line[...]
        while let start = ["https://", "http://", "www."].compactMap({ prefix in addressStart(prefix, in: rest) }).min(by: { $0.index < $1.index }) {
            var address = rest[start.index...].prefix { !$0.isWhitespace }
            rest = rest[address.endIndex...]
            // A sentence may end right after the address, or close a bracket it opened before it.
            while let last = address.last, ".,;:!?'\"”’".contains(last) || (last == ")" && !address.contains("(")) {
                address = address.dropLast()
            }
            // `www.` alone, or `https://` with nothing after it, is no address yet.
            if address.dropFirst(start.prefix.count).contains(".") { addresses.append(String(address)) }
        }
        return addresses
    }

    /// Where `prefix` first starts a word in `text`: `nieuwwww.nl` holds no address.
    private static func addressStart(_ prefix: String, in text: Substring) -> (index: String.Index, prefix: String)? {
        text.ranges(of: prefix).first { range in
            range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
        }.map { (index: $0.lowerBound, prefix: prefix) }
    }

    /// `[^1]` when `line` starts a footnote as GitHub and Word-to-Markdown converters write it (`[^1]: Zie …`).
    static func footnoteDefinition(in line: String) -> String? {
        guard line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return nil }
        let label = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), line[close...].hasPrefix("]:") else { return nil }
        return String(line[...close])
    }

    /// `###Opvang`: one to six `#`s and then a letter at once. CommonMark makes a heading only with a
    /// space after the `#`s; without it the author sees a heading in the file and none on the page,
    /// and a checklist that asks for it reports the section missing, at the top of the file.
    /// `#1` or `#` alone are left alone: those are numbers and signs in a sentence, not headings.
    static func isHeadingWithoutSpace(_ line: String) -> Bool {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), let next = line.dropFirst(hashes).first else { return false }
        return next.isLetter
    }

    static func containsStrikethrough(_ line: String) -> Bool {
        guard line.containsUTF8(0x7E), let open = line.range(of: "~~") else { return false }
        let rest = line[open.upperBound...]
        guard let close = rest.range(of: "~~") else { return false }
        return close.lowerBound > rest.startIndex
    }
}
