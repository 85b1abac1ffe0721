/// A line of YAML indented with a no-break space (U+00A0) or a tab, as text pasted from Word brings.
///
/// Both look like spaces. libyaml reads a no-break space as text, so the line becomes a key that
/// starts with it (`onbekende sleutel`) or an error on a later line about the indentation; a tab it
/// refuses with a message about characters that cannot start a token. The line itself is the place to
/// fix, so this is looked for before libyaml reads the text, the way `MissingColonSpace` is for a
/// no-break space after a colon.
struct IndentationMistake {
    /// 1-based, in the YAML text.
    let line: Int
    /// Of the first no-break space or tab, in characters, 1-based.
    let column: Int
    let isTab: Bool
    let count: Int
    /// The key of the line (`periode`) when the line belongs at the start of the line, as the keys
    /// above it stand: a tab there replaced by spaces would be a new error, so the fix says to remove it.
    var topLevelKey: Substring? = nil

    /// The first line whose indentation holds a no-break space or a tab before a key or a list dash.
    /// The lines of a block after `|` or `>` are text, where such characters are allowed.
    static func first(in text: String) -> IndentationMistake? {
        // Every front matter passes here; nearly all hold neither a tab nor a no-break space (C2 A0),
        // and are passed on one scan of their bytes (A0 also ends other letters, such as à: those
        // go the long way, which only costs time).
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 == 0x09 || $0 == 0xA0 } }) else { return nil }
        var blockIndentation: Int?
        // The indentation of the last key or list entry, and whether it opened a nested block (`kaders:`).
        var above: (indentation: Int, opensBlock: Bool)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            let spaces = line.prefix { $0 == " " }.count
            if let block = blockIndentation {
                if line.allSatisfy(\.isWhitespace) || spaces > block { continue }
                blockIndentation = nil
            }
            let indentation = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
            let rest = line[indentation.endIndex...]
            if let first = indentation.firstIndex(where: { $0 != " " }), looksLikeStructure(rest) {
                let odd = indentation[first...].filter { $0 != " " }
                var mistake = IndentationMistake(line: index + 1, column: line.distance(from: line.startIndex, to: first) + 1,
                                                 isTab: indentation[first] == "\t", count: odd.count)
                if indentation.allSatisfy({ $0 != " " }), let above, above.indentation == 0, !above.opensBlock, !rest.hasPrefix("-"),
                   let colon = rest.firstIndex(of: ":") {
                    mistake.topLevelKey = rest[..<colon]
                }
                return mistake
            }
            if looksLikeStructure(rest) {
                let value = rest.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.drop { $0 == " " } } ?? ""
                above = (indentation.count, rest.hasSuffix(":") || value.hasPrefix("#"))
            }
            if opensBlockText(rest) { blockIndentation = spaces }
        }
        return nil
    }

    /// A key (`naam:`) or a list entry (`- `): what indentation is for.
    private static func looksLikeStructure(_ rest: Substring) -> Bool {
        guard let first = rest.first, first != "#" else { return false }
        return rest == "-" || rest.hasPrefix("- ") || rest.contains(": ") || rest.hasSuffix(":")
    }

    /// `tekst: |`, `- >-`: the lines after it, further indented, are text.
    private static func opensBlockText(_ rest: Substring) -> Bool {
        let trimmed = rest.split(separator: " #", maxSplits: 1).first.map { $0.drop { $0 == " " } } ?? rest
        guard let last = trimmed.split(separator: " ").last, let indicator = last.first, indicator == "|" || indicator == ">" else { return false }
        return last.dropFirst().allSatisfy { $0 == "+" || $0 == "-" || $0.isNumber } && (trimmed.hasSuffix(": \(last)") || trimmed == "- \(last)" || trimmed == last)
    }

    /// What is wrong, at the line as the file counts it.
    func message(fileLine: Int) -> String {
        let what = isTab ? (count == 1 ? "een tab" : "tabs") : (count == 1 ? "een \(MissingColonSpace.noBreakSpace)" : "\(MissingColonSpace.noBreakSpaces)")
        return "regel \(fileLine) springt in met \(what); YAML wil gewone spaties"
    }

    var fixIt: String {
        topLevelKey.map { "haal de inspringing weg: `\($0):` begint aan het begin van de regel, net als de velden erboven" }
            ?? "vervang ze door gewone spaties"
    }

    var note: String {
        isTab ? "YAML springt alleen in met spaties; een tab ziet eruit als inspringing, maar telt niet mee"
            : "een vaste spatie (uit Word of een webpagina) ziet eruit als een spatie, maar is voor YAML tekst"
    }
}
