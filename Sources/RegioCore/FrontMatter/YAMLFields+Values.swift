import Yams

/// Typed reads of the values in a mapping. Each reports a wrong type at the value's position.
extension YAMLFields {
    public func string(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string else {
            diagnostics.append(wrongType(key, expected: "tekst", value))
            return nil
        }
        return text
    }

    public func int(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string, let number = Int(text) else {
            diagnostics.append(wrongType(key, expected: "een geheel getal", value))
            return nil
        }
        return number
    }

    /// A number as written (`12`, `28.5`), kept as text so that no rounding creeps into the output.
    public func number(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> FigureValue? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string, let number = FigureValue(text) else {
            diagnostics.append(wrongType(key, expected: "een getal (met een punt als decimaalteken)", value))
            return nil
        }
        return number
    }

    public func date(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> DayDate? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case .scalar = value, let text = value.string else {
            diagnostics.append(wrongType(key, expected: "een datum (JJJJ-MM-DD)", value))
            return nil
        }
        guard let date = DayDate(text) else {
            diagnostics.append(Diagnostic(
                .invalidDate, "`\(text)` is geen geldige datum voor `\(key)`", at: source.location(of: value),
                fixIt: "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-14"
            ))
            return nil
        }
        return date
    }

    public func stringList(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> [String]? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case let .sequence(sequence) = value else {
            diagnostics.append(wrongType(key, expected: "een lijst (`[a, b]` of regels met `- `)", value))
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard case .scalar = item, let text = item.string else {
                diagnostics.append(Diagnostic(.wrongType, "elk item van `\(key)` moet tekst zijn", at: source.location(of: item)))
                continue
            }
            items.append(text)
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
                fixIt: suggestion.map { "bedoelde u `\($0)`?" }
            ))
            return nil
        }
        return choice
    }

    /// A nested mapping with its own known keys.
    public func object(_ key: String, allowedKeys: [String], subject: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> YAMLFields? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        return YAMLFields.read(value, source: source, subject: subject, allowedKeys: allowedKeys, diagnostics: &diagnostics)
    }

    /// The items of a list, for lists of records.
    public func list(_ key: String, required: Bool = false, _ diagnostics: inout [Diagnostic]) -> [Node]? {
        guard let value = node(key, required: required, &diagnostics) else { return nil }
        guard case let .sequence(sequence) = value else {
            diagnostics.append(wrongType(key, expected: "een lijst", value))
            return nil
        }
        return Array(sequence)
    }

    func wrongType(_ key: String, expected: String, _ value: Node) -> Diagnostic {
        let found: String = switch value {
        case .mapping: "een blok met sleutels"
        case .sequence: "een lijst"
        case .scalar: "`\(value.string ?? "")`"
        case .alias: "een alias"
        }
        return Diagnostic(.wrongType, "`\(key)` moet \(expected) zijn, maar is \(found)", at: source.location(of: value))
    }
}
