import Foundation
import Yams

/// Typed reads of the values in a mapping. Each reports a wrong type at the value's position.
extension YAMLFields {
    public func string(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string else {
            diagnostics.append(wrongType(key, expected: "tekst", value, example: "\(key): \"Tekst tussen aanhalingstekens\""))
            return nil
        }
        // YAML read only the part before the comma; the text as written is no value of this file.
        if let split = splitNumbers[key] {
            diagnostics.append(Diagnostic(.wrongType, "`\(key): \(text)` is tussen `{` en `}` geen tekst maar twee velden", at: source.location(of: value),
                                          notes: [split.note(key: key)], fixIt: "zet de tekst tussen aanhalingstekens: `\(key): \"\(text)\"`"))
            return nil
        }
        // Stops at the first letter; Foundation's trimming bridged every value (3% of a check).
        if required, text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            diagnostics.append(Diagnostic(.missingField, "`\(key)` is leeg in \(subject)", at: source.location(of: value),
                                          fixIt: "schrijf de tekst achter de dubbele punt: `\(key): …`"))
            return nil
        }
        return text
    }

    /// Yes or no: `ja`/`nee`, as the examples write it, or `true`/`false`, in any case.
    public func bool(_ key: String, _ diagnostics: inout [Diagnostic]) -> Bool? {
        guard let text = string(key, &diagnostics) else { return nil }
        switch text.lowercased() {
        case "ja", "true": return true
        case "nee", "false": return false
        default:
            diagnostics.append(Diagnostic(.invalidValue, "`\(text)` is geen geldige waarde voor `\(key)`", at: location(of: key),
                                          notes: ["mogelijk: `ja`, `nee`"], fixIt: "schrijf `\(key): ja` of `\(key): nee`"))
            return nil
        }
    }

    public func int(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string, let number = Int(text) else {
            diagnostics.append(wrongType(key, expected: "een geheel getal", value, example: "\(key): 2024"))
            return nil
        }
        return number
    }

    /// A number as written (`12`, `28.5`), kept as text so that no rounding creeps into the output.
    public func number(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> FigureValue? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        // `127.340` is how a Dutch text writes 127340; YAML and Regio read it as 127,34. Quotes do not
        // settle it (authors quote to be safe, spreadsheets paste them); `!!float` says a decimal is meant.
        if case let .scalar(scalar) = value, scalar.tag.rawValue != Tag.Name.float.rawValue, FigureValue.looksGroupedByThousands(scalar.string) {
            let finding = groupedByThousands(key, scalar, at: source.location(of: value))
            diagnostics.append(finding)
            if finding.severity == .error { return nil }
        }
        guard case .scalar = value, let text = value.string, let number = FigureValue(text) else {
            diagnostics.append(wrongType(key, expected: "een getal (met een punt als decimaalteken)", value, example: "\(key): 28.5",
                                         fixIt: value.string.flatMap { numberFix(key, meaning: $0) }))
            return nil
        }
        return number
    }

    /// A value such as `6.950` that reads as a decimal and as thousands. Ending in 0, it is no decimal
    /// as anyone writes one (that drops the zero), so it is an error quoted or not; otherwise an error
    /// unquoted (YAML's own reading) and a warning quoted, where the author may have meant the decimal.
    private func groupedByThousands(_ key: String, _ scalar: Node.Scalar, at location: SourceLocation) -> Diagnostic {
        let text = scalar.string
        let whole = text.replacingOccurrences(of: ".", with: "")
        let decimal = FigureValue(text)?.dutch ?? text
        let quoted = scalar.style != .plain
        let shown = quoted ? "\"\(text)\"" : text
        let message = "`\(shown)` lijkt een getal met punten tussen de duizendtallen (\(whole)), maar Regio leest de punt als decimaalteken (\(decimal))"
        if text.hasSuffix("0") {
            var trimmed = text
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
            return Diagnostic(.invalidValue, message, at: location,
                              fixIt: "schrijf `\(key): \(whole)` (zonder punten\(quoted ? " en aanhalingstekens" : "")); bedoelt u een kommagetal, laat dan de nullen aan het eind weg: `\(key): \(trimmed)`")
        }
        let explicit = "`\(key): !!float \(text)`"
        if !quoted {
            return Diagnostic(.invalidValue, message, at: location,
                              fixIt: "schrijf `\(key): \(whole)` (zonder punten); bedoelt u het kommagetal \(decimal), schrijf dan \(explicit)")
        }
        return Diagnostic(
            .ambiguousNumber, "`\(shown)` leest Regio als het kommagetal \(decimal), maar zo schrijft een Nederlandse tekst ook \(whole), met een punt tussen de duizendtallen",
            at: location, fixIt: "schrijf `\(key): \(whole)` als het duizendtallen zijn; is het kommagetal \(decimal) bedoeld, schrijf dan \(explicit)"
        )
    }

    /// The author's own number as it must be written (`31,7` → `31.7`, `1 336` → `1336`), with both
    /// readings of `1,336`; every value it suggests is one `number` accepts.
    private func numberFix(_ key: String, meaning text: String) -> String? {
        guard let meant = FigureValue.meant(by: text) else {
            return text.contains(where: { $0 == "e" || $0 == "E" }) && text.first?.isNumber == true
                ? "schrijf het getal voluit in cijfers, zonder `e`" : nil
        }
        func written(_ number: FigureValue) -> String {
            FigureValue.looksGroupedByThousands(number.text) ? "`\(key): !!float \(number.text)`" : "`\(key): \(number.text)`"
        }
        let unit = meant.unit.map { " en `eenheid: \($0)`" } ?? ""
        if let thousands = meant.thousands {
            return "schrijf \(written(meant.number)) als het een kommagetal is, of \(written(thousands)) als het duizendtallen zijn" + unit
        }
        return "schrijf bijvoorbeeld \(written(meant.number))" + unit
    }

    public func date(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> DayDate? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string else {
            diagnostics.append(wrongType(key, expected: "een datum (JJJJ-MM-DD)", value, example: "\(key): 2024-03-14"))
            return nil
        }
        guard let date = DayDate(text) else {
            let reason = DayDate.whyNoDay(text)
            diagnostics.append(Diagnostic(
                .invalidDate, "`\(text)` is geen geldige datum voor `\(key)`" + (reason.map { ": \($0)" } ?? ""), at: source.location(of: value),
                fixIt: reason != nil ? DayDate.monthAndDaySwapped(text).map { "bedoelde u `\(key): \($0)`? (de maand staat in het midden)" } ?? "kies een dag die bestaat"
                    : DayDate.meant(by: text).map { "schrijf de datum als JJJJ-MM-DD: `\(key): \($0)`" }
                    ?? "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-14"
            ))
            return nil
        }
        return date
    }

    public func stringList(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> [String]? {
        locatedStringList(key, required: required, &diagnostics)?.map(\.value)
    }

    /// A list of texts, each with where it stands, for items that are checked against a vocabulary later.
    public func locatedStringList(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> [Located<String>]? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case let .sequence(sequence) = value else {
            diagnostics.append(wrongType(key, expected: "een lijst (`[a, b]` of regels met `- `)", value, example: "\(key): [a, b]"))
            return nil
        }
        var items: [Located<String>] = []
        for item in sequence {
            guard case .scalar = item, let text = item.string else {
                diagnostics.append(Diagnostic(.wrongType, "elk item van `\(key)` moet tekst zijn", at: source.location(of: item),
                                              fixIt: "schrijf elk item als losse tekst, bijvoorbeeld `\(key): [eerste, tweede]`"))
                continue
            }
            items.append(Located(text, at: source.location(of: item)))
        }
        return items
    }

    /// One of a fixed set of values; the message lists them.
    public func choice<T: CaseIterable & RawRepresentable<String>>(
        _ key: String, as type: T.Type, required: Bool = false, _ diagnostics: inout [Diagnostic]
    ) -> T? {
        guard let text = string(key, required: required, &diagnostics) else { return nil }
        guard let choice = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue)
            let suggestion = KeySuggestion.suggestion(for: text, among: allowed)
            diagnostics.append(Diagnostic(
                .invalidValue, "`\(text)` is geen geldige waarde voor `\(key)`", at: location(of: key),
                notes: ["mogelijk: " + allowed.map { "`\($0)`" }.joined(separator: ", ")],
                // Without a near value (`taal: nederlands`) the fix still says what to write.
                fixIt: suggestion.map { "bedoelde u `\($0)`?" } ?? "kies een van de mogelijke waarden, zoals `\(key): \(allowed[0])`"
            ))
            return nil
        }
        return choice
    }

    /// A nested mapping with its own known keys. `example`, when given, is the value the fixes show
    /// instead of the generic one: one that fits this document (`periode` from its file name).
    public func object(
        _ key: String, allowedKeys: [String], subject: String, required: Bool = false,
        unknownKeyCode: DiagnosticCode = .unknownKey, example: @autoclosure () -> String? = nil, _ diagnostics: inout [Diagnostic]
    ) -> YAMLFields? {
        guard let value = node(key, required: required, example: example(), &diagnostics) else { return nil }
        // `periode: 2024-2027` or `periode: [2024, 2027]`: the form to write, with the author's own
        // years where they are there.
        let flat: String? = switch value {
        case .scalar: value.string
        case let .sequence(items): items.compactMap(\.string).joined(separator: " ")
        case .mapping, .alias: nil
        }
        if let flat, let generic = Self.examples[key] {
            let years = Self.years(flat)
            let written = key == "periode" && years.count == 2 ? "{van: \(years[0]), tot: \(years[1])}" : example() ?? generic
            diagnostics.append(wrongType(key, expected: "een groep velden", value, example: "\(key): \(written)"))
            return nil
        }
        return YAMLFields.read(value, source: source, subject: subject, allowedKeys: allowedKeys, unknownKeyCode: unknownKeyCode, diagnostics: &diagnostics)
    }

    /// A mapping from names to texts (`uitzonderingen: {id: reden}`), each entry with where its key stands.
    public func textMap(_ key: String, _ diagnostics: inout [Diagnostic]) -> [(key: Located<String>, text: String)]? {
        guard let value = node(key, required: false, &diagnostics) else { return nil }
        guard case let .mapping(mapping) = value else {
            diagnostics.append(wrongType(key, expected: "een blok met `naam: tekst`-regels", value, example: "\(key): {naam: tekst}"))
            return nil
        }
        var entries: [(key: Located<String>, text: String)] = []
        for (name, text) in mapping {
            guard let nameText = name.string, case .scalar = name else {
                diagnostics.append(Diagnostic(.wrongType, "een sleutel in `\(key)` moet tekst zijn", at: source.location(of: name),
                                              fixIt: "schrijf de sleutel als een woord, bijvoorbeeld `naam: tekst`"))
                continue
            }
            guard case .scalar = text, let value = text.string, !Self.isNull(text),
                  !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(Diagnostic(
                    .missingField, "`\(nameText)` in `\(key)` heeft geen tekst", at: source.location(of: text),
                    fixIt: "schrijf de reden achter de dubbele punt: `\(nameText): \"…\"`"
                ))
                continue
            }
            entries.append((Located(nameText, at: source.location(of: name)), value))
        }
        return entries
    }

    /// The items of a list, for lists of records.
    public func list(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> [Node]? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case let .sequence(sequence) = value else {
            diagnostics.append(wrongType(key, expected: "een lijst", value, example: "\(key):\n  - …"))
            return nil
        }
        return Array(sequence)
    }

    /// `example` is the field written as it should be, for the fix.
    /// The four-digit years in `text`, in order.
    static func years(_ text: String) -> [String] {
        text.split { !$0.isNumber }.filter { $0.count == 4 }.map(String.init)
    }

    /// `fixIt`, when given, replaces the one made from `example`.
    func wrongType(_ key: String, expected: String, _ value: Node, example: String, fixIt: String? = nil) -> Diagnostic {
        let found: String = switch value {
        case .mapping: "een groep velden"
        case .sequence: "een lijst"
        case .scalar: "`\(value.string ?? "")`"
        case .alias: "een alias"
        }
        if let missing = MissingColonSpace(in: value) {
            return missing.diagnostic(.wrongType, "`\(key)` moet \(expected) zijn, maar is \(found)", keyAt: source.location(of: value))
        }
        return Diagnostic(.wrongType, "`\(key)` moet \(expected) zijn, maar is \(found)", at: source.location(of: value),
                          notes: splitNumbers[key].map { [$0.note(key: key)] } ?? [], fixIt: fixIt ?? "schrijf bijvoorbeeld `\(example)`")
    }
}
