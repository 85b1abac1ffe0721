import Foundation

/// A value that starts with a straight `'` the author did not mean as YAML's quote: an apostrophe,
/// as in `'s-Hertogenbosch` and `'t Zandt`, or quotes around a text that holds one, as in
/// `'Emmen's beleidsplan'`. YAML reads `'` at the start of a value as the start of quoted text,
/// which the next lone `'` ends; what libyaml then says (an open quote, or a key it expected)
/// does not mention the apostrophe. Double quotes around the whole value are the fix for both.
struct SingleQuoteMistake {
    enum Kind {
        /// `'s-Hertogenbosch`: the value starts with an elided Dutch word.
        case leadingApostrophe
        /// `'Emmen's beleidsplan'`: the `'` at this index ends the quoted text before the value ends.
        case closedEarly(String.Index)
    }

    let kind: Kind
    let line: YAMLLine
    let value: Substring

    init?(_ line: YAMLLine) {
        guard let value = line.value, value.first == "'" else { return nil }
        self.line = line
        self.value = value
        if Self.startsWithElision(value) {
            kind = .leadingApostrophe
        } else if let close = Self.closingQuote(in: value), !Self.onlyCommentAfter(value[value.index(after: close)...]) {
            kind = .closedEarly(close)
        } else {
            return nil
        }
    }

    /// `'s-`, `'s `, `'t `, `'n `: an apostrophe and one lower-case letter, then a hyphen, a space or the end.
    private static func startsWithElision(_ value: Substring) -> Bool {
        let letter = value.dropFirst().first
        let after = value.dropFirst(2).first
        return letter?.isLowercase == true && (after == nil || after == "-" || after == " ")
    }

    /// The `'` that ends the quoted text: the first that is not doubled (`''` is a quote inside it).
    private static func closingQuote(in value: Substring) -> String.Index? {
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            if value[index] == "'" {
                let next = value.index(after: index)
                guard next < value.endIndex, value[next] == "'" else { return index }
                index = value.index(after: next)
            } else {
                index = value.index(after: index)
            }
        }
        return nil
    }

    private static func onlyCommentAfter(_ rest: Substring) -> Bool {
        let trimmed = rest.drop { $0 == " " }
        return trimmed.isEmpty || (trimmed.first == "#" && trimmed.startIndex != rest.startIndex)
    }

    /// Where to point: the apostrophe that closes early, or the start of the value.
    var column: Int {
        switch kind {
        case .leadingApostrophe: line.column(of: value.startIndex)
        case let .closedEarly(close): line.column(of: close)
        }
    }

    var message: String {
        switch kind {
        case .leadingApostrophe:
            "een waarde die met een apostrof begint (`\(value.prefix { $0 != " " })`), leest YAML als tekst tussen aanhalingstekens"
        case let .closedEarly(close):
            "de tekst begint met ', dus de ' in `\(word(around: close))` sluit hem al af"
        }
    }

    var fixIt: String {
        switch kind {
        case .leadingApostrophe:
            "zet een waarde die met ' begint tussen dubbele aanhalingstekens: \(line.withQuotedValue(value))"
        case .closedEarly:
            "zet de tekst tussen dubbele aanhalingstekens: \(line.withQuotedValue(textMeant))"
        }
    }

    /// The value without the quotes around it, with `''` read as the `'` it stands for.
    private var textMeant: String {
        let inner = value.dropFirst()
        return (inner.hasSuffix("'") ? inner.dropLast() : inner).replacingOccurrences(of: "''", with: "'")
    }

    private func word(around index: String.Index) -> Substring {
        let start = value[..<index].lastIndex(of: " ").map(value.index(after:)) ?? value.index(after: value.startIndex)
        let end = value[index...].firstIndex(of: " ") ?? value.endIndex
        return value[start..<end]
    }
}
