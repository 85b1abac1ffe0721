import Yams

/// A key written without the space YAML needs after its colon: `versie:1.0`, or `versie:` with a
/// no-break space (U+00A0) that Word or a web page put there and that looks like a space.
///
/// YAML reads either as one piece of text, not as a key with a value. In a block of keys libyaml
/// then complains a line later, about the next key; as the only entry of a block, or in a list,
/// it is taken as text and the finding is a wrong type or an unknown key. Each of those places
/// asks this type whether the text it has is such a key, to point at the colon and name the fix.
struct MissingColonSpace {
    /// The no-break space in the author's words; `IndentationMistake` says it the same way.
    static let noBreakSpace = "vaste spatie (U+00A0)"
    static let noBreakSpaces = "vaste spaties (U+00A0)"

    let key: Substring
    /// What follows the colon, without the no-break spaces.
    let value: Substring
    let noBreakSpace: Bool
    /// Characters from the start of the text to the colon.
    let colonOffset: Int

    /// `text` (from where a key would start) read as `sleutel:waarde`: a key of letters, digits,
    /// `_` and `-`, a colon, and no ordinary space after it.
    init?(_ text: some StringProtocol) {
        let text = Substring(text)
        guard let first = text.first, first.isLetter || first == "_",
              let colon = text.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }),
              text[colon] == ":" else { return nil }
        let rest = text[text.index(after: colon)...]
        guard let next = rest.first, next != " ", next != "\t" else { return nil }
        // `https://…` is an address, not a key.
        guard !rest.hasPrefix("//") else { return nil }
        key = text[..<colon]
        noBreakSpace = next == "\u{A0}"
        let afterSpaces = rest.drop { $0 == "\u{A0}" || $0 == " " }
        let end = afterSpaces.lastIndex { $0 != " " && $0 != "\u{A0}" }.map { afterSpaces.index(after: $0) } ?? afterSpaces.startIndex
        value = afterSpaces[..<end]
        colonOffset = text.distance(from: text.startIndex, to: colon)
        guard !value.isEmpty || noBreakSpace else { return nil }
    }

    /// What is wrong, in the author's words.
    var message: String {
        noBreakSpace
            ? "na de dubbele punt van `\(key)` staat een \(Self.noBreakSpace), die u niet ziet maar die voor YAML geen spatie is"
            : "na de dubbele punt van `\(key)` hoort een spatie"
    }

    var fixIt: String {
        noBreakSpace ? "vervang die door een gewone spatie: `\(key): \(value)`" : "schrijf `\(key): \(value)`"
    }

    /// Why YAML did not see a key here.
    var note: String {
        noBreakSpace
            ? "met een vaste spatie zijn `\(key):` en wat erna komt voor YAML één tekst, geen sleutel met een waarde"
            : "zonder spatie is `\(key):\(value)` voor YAML één tekst, geen sleutel met een waarde"
    }
}

extension MissingColonSpace {
    /// A value YAML read as text that is such a key (`periode:` with `van:2024` as its only line).
    init?(in node: Node) {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return nil }
        self.init(scalar.string)
    }

    /// The finding `what` (about a value or key that starts at `start`), at the colon and with this fix.
    func diagnostic(_ code: DiagnosticCode, _ what: String, keyAt start: SourceLocation) -> Diagnostic {
        Diagnostic(code, "\(what); \(message)", at: start.shifted(by: colonOffset), notes: [note], fixIt: fixIt)
    }
}

extension SourceLocation {
    /// The same line, `columns` further to the right: from the start of a key to its colon.
    func shifted(by columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }
}
