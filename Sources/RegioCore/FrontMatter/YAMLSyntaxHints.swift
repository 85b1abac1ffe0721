import Foundation
import Yams

/// Puts a YAML syntax error at its cause when the lines as written show one of the mistakes
/// authors make most, and says it in their words. libyaml reports where it got stuck, which for
/// these is a line later (a key without a space after its colon), lines later (an open quote) or
/// at a character that is not the mistake (a colon inside Word's curly quotes).
enum YAMLSyntaxHints {
    /// The finding for libyaml's `problem` at `mark`; nil when none of these mistakes is seen.
    static func diagnostic(problem: String, context: YamlError.Context?, mark: Mark, text: String, source: YAMLSource) -> Diagnostic? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ number: Int) -> Substring? { lines.indices.contains(number - 1) ? lines[number - 1] : nil }
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: source.file, line: line + source.lineOffset, column: column)
        }

        // libyaml's context is the start of the key it then expected a colon after.
        if problem == "could not find expected ':'", let context, let raw = line(context.mark.line),
           let keyStart = raw.unicodeScalars.index(raw.startIndex, offsetBy: context.mark.column - 1, limitedBy: raw.endIndex),
           let missing = MissingColonSpace(raw[keyStart...]) {
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(missing.message)",
                              at: at(context.mark.line, raw.distance(from: raw.startIndex, to: keyStart) + missing.colonOffset + 1),
                              notes: [missing.note], fixIt: missing.fixIt)
        }
        // The first key of a block, written without the space, runs on as one text into the
        // next lines, until libyaml meets a `: ` there.
        if problem == "mapping values are not allowed in this context", let first = keyRunningOn(into: mark.line, of: lines) {
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(first.missing.message)", at: at(first.line, first.column),
                              notes: [first.missing.note], fixIt: first.missing.fixIt)
        }
        if problem == "mapping values are not allowed in this context" || problem == "did not find expected key",
           let indented = keyIndentedUnder(mark.line, of: lines) {
            let spaces = indented.extra == 1 ? "1 spatie" : "\(indented.extra) spaties"
            let fix = indented.aboveColumn == 1
                ? "haal de spatie\(indented.extra == 1 ? "" : "s") aan het begin van regel \(mark.line + source.lineOffset) weg"
                : "laat `\(indented.key):` in kolom \(indented.aboveColumn) beginnen, net als `\(indented.aboveKey):`"
            return Diagnostic(.yamlSyntax, "ongeldige YAML: `\(indented.key):` staat \(spaces) verder naar rechts dan `\(indented.aboveKey):` op regel \(indented.aboveLine + source.lineOffset), dus leest YAML deze regel als het vervolg van die waarde",
                              at: at(mark.line, 1),
                              notes: ["is de regel wél het vervolg van de tekst, zet die hele waarde dan tussen aanhalingstekens"],
                              fixIt: fix)
        }
        // An open quote makes libyaml complain lines later; the quote is what to fix.
        if let quote = YAMLErrorPlaces.unclosedQuote(in: text, before: mark.line), let raw = line(quote.line) {
            if let apostrophe = SingleQuoteMistake(YAMLLine(raw)), case .leadingApostrophe = apostrophe.kind {
                return Diagnostic(.yamlSyntax, "ongeldige YAML: \(apostrophe.message)", at: at(quote.line, apostrophe.column), fixIt: apostrophe.fixIt)
            }
            var notes = context.map { ["\(YAMLMessages.dutch($0.text)) (regel \($0.mark.line + source.lineOffset))"] } ?? []
            notes.append("YAML leest daardoor door tot regel \(mark.line + source.lineOffset): \(YAMLMessages.dutch(problem))")
            return Diagnostic(.yamlSyntax, "ongeldige YAML: het aanhalingsteken aan het begin van deze waarde wordt niet gesloten",
                              at: at(quote.line, quote.column), notes: notes,
                              fixIt: "zet hetzelfde aanhalingsteken aan het eind van de waarde, op dezelfde regel")
        }
        if let open = unclosedFlow(problem: problem, context: context, line: line) {
            let what = open.close == "]" ? "de lijst tussen blokhaken" : "het blok tussen accolades"
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(what) op regel \(open.line + source.lineOffset) wordt niet gesloten",
                              at: at(open.line, open.column),
                              notes: ["YAML zoekt daarom op regel \(mark.line + source.lineOffset) nog een komma of `\(open.close)`"],
                              fixIt: "zet `\(open.close)` aan het eind van regel \(open.line + source.lineOffset)")
        }
        // `regio new` writes `cijfers: []`; an author who adds lines with `-` under it, as the hint
        // says, keeps the `[]`, and libyaml then stops at the first of them.
        if let empty = emptyListAbove(mark.line, of: lines) {
            return Diagnostic(.yamlSyntax, "ongeldige YAML: `\(empty.key): []` is een lege lijst, dus de regels met `-` eronder horen er niet bij",
                              at: at(empty.line, empty.column),
                              fixIt: "haal `[]` weg, zodat er `\(empty.key):` staat met de regels met `-` eronder")
        }
        guard let raw = line(mark.line) else { return nil }
        let written = YAMLLine(raw)
        if let value = written.value, let column = written.valueColumn, let quotes = CurlyQuotes(value) {
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(quotes.error)", at: at(mark.line, column),
                              notes: ["daarom: \(YAMLMessages.dutch(problem)) (kolom \(mark.column))"],
                              fixIt: quotes.fixIt(writing: written.withQuotedValue(quotes.inner)))
        }
        if let apostrophe = SingleQuoteMistake(written) {
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(apostrophe.message)", at: at(mark.line, apostrophe.column), fixIt: apostrophe.fixIt)
        }
        // `titel: "Plan "Samen veilig" Assen"`: the second `"` ends the text, and libyaml stops at
        // the word after it, talking of keys and indentation.
        if let value = written.value, let close = quoteClosedEarly(value) {
            let inner = value.dropFirst().dropLast(value.last == "\"" && value.index(before: value.endIndex) != close ? 1 : 0)
            let head = raw[..<(written.valueStart ?? raw.startIndex)].drop { $0 == " " }
            let after = value[value.index(after: close)...]
            let rest = after.count > 20 ? String(after.prefix(20)).trimmingCharacters(in: .whitespaces) + "…" : String(after)
            return Diagnostic(.yamlSyntax, "ongeldige YAML: het tweede `\"` sluit de tekst tussen aanhalingstekens al af, dus `\(rest)` hoort er voor YAML niet meer bij",
                              at: at(mark.line, written.column(of: close)),
                              fixIt: "zet de waarde tussen enkele aanhalingstekens, dan mogen er dubbele in: `\(head)'\(inner.replacingOccurrences(of: "'", with: "''"))'`")
        }
        return nil
    }

    /// The line of a `key: [a, b` (or `{`) that is not closed on its line, the column after its end,
    /// and the bracket it lacks: libyaml reports it at the next line, where it found a key instead of
    /// `,` or `]`.
    private static func unclosedFlow(problem: String, context: YamlError.Context?, line: (Int) -> Substring?) -> (line: Int, column: Int, close: Character)? {
        let close: Character
        switch problem {
        case "did not find expected ',' or ']'": close = "]"
        case "did not find expected ',' or '}'": close = "}"
        default: return nil
        }
        guard let context, let raw = line(context.mark.line), !raw.contains(close) else { return nil }
        let end = raw.lastIndex { $0 != " " }.map { raw.distance(from: raw.startIndex, to: $0) + 2 } ?? 1
        return (context.mark.line, end, close)
    }

    /// Where a value that opens with `"` is closed before its end, by a `"` with text after it.
    private static func quoteClosedEarly(_ value: Substring) -> Substring.Index? {
        guard value.first == "\"" else { return nil }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if character == "\\" {
                index = value.index(index, offsetBy: 2, limitedBy: value.endIndex) ?? value.endIndex
                continue
            }
            if character == "\"" {
                let after = value[value.index(after: index)...].drop { $0 == " " }
                return after.isEmpty || after.hasPrefix("#") ? nil : index
            }
            index = value.index(after: index)
        }
        return nil
    }

    /// The key written as an empty list (`cijfers: []`) on the line above a list entry at `line`,
    /// blank lines and comments between them left out; the column is that of the `[`.
    private static func emptyListAbove(_ line: Int, of lines: [Substring]) -> (key: String, line: Int, column: Int)? {
        guard lines.indices.contains(line - 1), lines[line - 1].drop(while: { $0 == " " }).hasPrefix("-") else { return nil }
        var above = line - 1
        while above >= 1 {
            let raw = lines[above - 1], text = raw.drop { $0 == " " }
            if text.isEmpty || text.hasPrefix("#") { above -= 1; continue }
            let written = YAMLLine(raw)
            guard let value = written.value, let column = written.valueColumn, value.filter({ $0 != " " }) == "[]",
                  let colon = raw.range(of: ": ") else { return nil }
            return (String(raw[..<colon.lowerBound].drop { $0 == " " }), above, column)
        }
        return nil
    }

    /// A key (`peiljaar: 2024`) at `line` that starts further right than the key with a value on the
    /// line above it (a stray space at the start of the line): libyaml reads it as more of that value,
    /// and stops at its colon.
    private static func keyIndentedUnder(_ line: Int, of lines: [Substring]) -> (key: Substring, extra: Int, aboveKey: Substring, aboveLine: Int, aboveColumn: Int)? {
        guard lines.indices.contains(line - 1), let (column, key) = keyOf(lines[line - 1]) else { return nil }
        var above = line - 1
        while above >= 1 {
            let raw = lines[above - 1], text = raw.drop { $0 == " " }
            if text.isEmpty || text.hasPrefix("#") { above -= 1; continue }
            guard let (aboveColumn, aboveKey) = keyOf(raw), aboveColumn < column,
                  let value = YAMLLine(raw).value, !value.isEmpty, !value.hasPrefix("|"), !value.hasPrefix(">") else { return nil }
            return (key, column - aboveColumn, aboveKey, above, aboveColumn)
        }
        return nil
    }

    /// Where a line's key starts (1-based, after a list dash) and the key, when the line is
    /// `key:` or `key: value` with a key of one word (letters, digits, `_` and `-`).
    private static func keyOf(_ raw: Substring) -> (Int, Substring)? {
        var start = raw.drop { $0 == " " }
        if start.hasPrefix("- ") { start = start.dropFirst(2).drop { $0 == " " } }
        guard let colon = start.firstIndex(of: ":") else { return nil }
        let key = start[..<colon], after = start[start.index(after: colon)...]
        guard let first = key.first, first.isLetter || first == "_",
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }), after.isEmpty || after.hasPrefix(" ") else { return nil }
        return (raw.distance(from: raw.startIndex, to: start.startIndex) + 1, key)
    }

    /// The topmost of the lines just above `line`, at its indentation, that are keys without a space.
    private static func keyRunningOn(into line: Int, of lines: [Substring]) -> (line: Int, column: Int, missing: MissingColonSpace)? {
        guard lines.indices.contains(line - 1) else { return nil }
        let indentation = lines[line - 1].prefix { $0 == " " }.count
        var found: (line: Int, column: Int, missing: MissingColonSpace)?
        var above = line - 1
        while above >= 1, lines[above - 1].prefix(while: { $0 == " " }).count == indentation,
              let missing = MissingColonSpace(lines[above - 1].dropFirst(indentation)) {
            found = (above, indentation + missing.colonOffset + 1, missing)
            above -= 1
        }
        return found
    }
}
