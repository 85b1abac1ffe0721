import Yams

/// A YAML mapping read as a record with known keys. Every read reports what is wrong at the
/// node's own position; nothing stops at the first problem, so one run lists them all.
public struct YAMLFields {
    public let source: YAMLSource
    /// Where the mapping starts; missing fields are reported here.
    public let location: SourceLocation
    /// What the mapping is, in the user's words ("de front matter", "een cijfer").
    let subject: String
    private let values: [String: Node]
    private let keyNodes: [String: Node]
    /// Known keys already reported under another spelling: taken for a misspelling (`Titel` for
    /// `titel`, "bedoelde u `titel`?") or written without a space (`van:2024`). They are not also
    /// reported missing: one mistake, one finding.
    private var reportedAsMistyped: Set<String> = []
    /// Values written with a decimal comma between `{}` (`SplitNumber`), by key: the value read is
    /// the one written, `31,2`, and every finding about it says why YAML saw something else.
    private(set) var splitNumbers: [String: SplitNumber] = [:]

    /// Reads `node` as a mapping that may only hold `allowedKeys` (any key when nil); reports unknown keys.
    /// `example` is such a mapping written out, for the fix when `node` is not one.
    static func read(
        _ node: Node?, source: YAMLSource, subject: String, allowedKeys: [String]?,
        at fallback: SourceLocation? = nil, unknownKeyCode: DiagnosticCode = .unknownKey,
        example: String = "schrijf elk veld op een eigen regel als `sleutel: waarde`, bijvoorbeeld `titel: Regiovisie 2023-2026`",
        diagnostics: inout [Diagnostic]
    ) -> YAMLFields? {
        let start = node.map(source.location(of:)) ?? fallback ?? source.location(of: nil as Mark?)
        guard let node else {
            return YAMLFields(source: source, location: start, subject: subject, values: [:], keyNodes: [:])
        }
        var misspelled: Set<String> = []
        guard let mapping = node.mapping else {
            if let missing = MissingColonSpace(in: node) {
                diagnostics.append(missing.diagnostic(.wrongType, "\(subject) moet een groep velden zijn", keyAt: start))
                return nil
            }
            diagnostics.append(Diagnostic(.wrongType, "\(subject) moet een groep velden zijn (`sleutel: waarde`)", at: start, fixIt: example))
            return nil
        }
        var values: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        var writtenWithoutSpace: Set<String> = []
        // `{waarde: 31,2}`: the `2` YAML makes a key is part of the value.
        let splits = allowedKeys == nil ? [] : SplitNumber.all(in: mapping)
        let splitDigits = Set(splits.flatMap(\.digitIndices))
        var splitNumbers: [String: SplitNumber] = [:]
        for (position, (key, value)) in mapping.enumerated() where !splitDigits.contains(position) {
            guard let name = key.string else {
                diagnostics.append(Diagnostic(.wrongType, "een sleutel moet tekst zijn", at: source.location(of: key),
                                              fixIt: "schrijf de sleutel als een woord, bijvoorbeeld `titel:`"))
                continue
            }
            if let allowedKeys, !allowedKeys.contains(name), let missing = MissingColonSpace(name), allowedKeys.contains(String(missing.key)) {
                diagnostics.append(missing.diagnostic(unknownKeyCode, "onbekende sleutel `\(name)` in \(subject)", keyAt: source.location(of: key)))
                // Reported here; that the key is then missing would say the same again.
                writtenWithoutSpace.insert(String(missing.key))
                continue
            }
            if let allowedKeys, !allowedKeys.contains(name) {
                let suggestion = KeySuggestion.suggestion(for: name, among: allowedKeys)
                if let suggestion { misspelled.insert(suggestion) }
                // The allowed keys go in the fix itself: the preview's panel and a CI annotation show
                // the message and the fix, not the notes.
                let allowed = allowedKeys.map { "`\($0)`" }.joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    unknownKeyCode, "onbekende sleutel `\(name)` in \(subject)", at: source.location(of: key),
                    notes: suggestion == nil ? [] : ["toegestaan: " + allowed],
                    fixIt: suggestion.map { "bedoelde u `\($0)`?" } ?? "haal `\(name)` weg, of gebruik een van de toegestane sleutels: \(allowed)"
                ))
                continue
            }
            if let split = splits.first(where: { $0.index == position }), case let .scalar(scalar) = value {
                values[name] = split.writtenNode(replacing: scalar)
                splitNumbers[name] = split
            } else {
                values[name] = value
            }
            keyNodes[name] = key
        }
        var fields = YAMLFields(source: source, location: start, subject: subject, values: values, keyNodes: keyNodes)
        fields.reportedAsMistyped = misspelled.union(writtenWithoutSpace).subtracting(values.keys)
        fields.splitNumbers = splitNumbers
        return fields
    }

    /// A whole YAML file (`regio.yaml`, `kaders.yaml`) read as one record; nil when it cannot be.
    static func read(file: SourceFile, subject: String, allowedKeys: [String]?, diagnostics: inout [Diagnostic]) -> YAMLFields? {
        let source = YAMLSource(file: file.path, lineOffset: 0)
        switch YAMLLoader.parse(file.text, source: source, warnings: &diagnostics) {
        case let .success(node):
            return read(node, source: source, subject: subject, allowedKeys: allowedKeys, diagnostics: &diagnostics)
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Every value as text, for a file of `sleutel: tekst` lines (a theme's strings).
    func texts(_ diagnostics: inout [Diagnostic]) -> [String: String] {
        var texts: [String: String] = [:]
        for key in values.keys {
            if let text = string(key, &diagnostics) { texts[key] = text }
        }
        return texts
    }

    public func has(_ key: String) -> Bool {
        values[key].map { !Self.isNull($0) } ?? false
    }

    /// Where the value of `key` stands when the key is written, even without a value (`kaders:`).
    public func writtenLocation(of key: String) -> SourceLocation? {
        values[key].map(source.location(of:))
    }

    /// Where the value of `key` stands, or the mapping itself when the key is absent.
    public func location(of key: String) -> SourceLocation {
        values[key].map(source.location(of:)) ?? location
    }

    /// Where the key itself stands.
    public func keyLocation(of key: String) -> SourceLocation {
        keyNodes[key].map(source.location(of:)) ?? location
    }

    /// The raw node, for values with a shape of their own.
    /// `example`, when given, is the value the fix for a missing key shows instead of the generic one;
    /// worked out only then (a file name's years, for `periode`), not for every document that has the key.
    func node(_ key: String, required: Bool, example: @autoclosure () -> String? = nil, _ diagnostics: inout [Diagnostic]) -> Node? {
        guard let value = values[key], !Self.isNull(value) else {
            if required { reportMissing(key, &diagnostics, fixIt: example().map { "voeg toe: `\(key): \($0)`" }) }
            return nil
        }
        return value
    }

    /// `place` and `fixIt` for a field required by another one: found where that one is written,
    /// with a fix that says what to do there.
    func reportMissing(_ key: String, _ diagnostics: inout [Diagnostic], reason: String? = nil, at place: SourceLocation? = nil, fixIt: String? = nil) {
        guard !reportedAsMistyped.contains(key) else { return }
        let location = place ?? (values[key] == nil ? location : keyLocation(of: key))
        var missing = Diagnostic(
            .missingField, "verplicht veld `\(key)` ontbreekt in \(subject)" + (reason.map { " (\($0))" } ?? ""),
            at: location, fixIt: fixIt ?? Self.additions[key] ?? "voeg toe: `\(key): \(Self.examples[key] ?? "…")`"
        )
        missing.missingKey = key
        diagnostics.append(missing)
    }

    /// The fix for a missing field whose value takes more than the one line of `examples`.
    static let additions: [String: String] = [
        "gemeenten": "voeg toe: `gemeenten:` met daaronder per gemeente een regel als `  - {code: GM0503, naam: Delft}`",
    ]

    /// What a value of the common required fields looks like, so the fix shows the form to write.
    static let examples: [String: String] = [
        "type": "regiovisie",
        "titel": "\"Aanpak huiselijk geweld en kindermishandeling\"",
        "status": "concept",
        "vastgesteld_op": "2024-03-14",
        "periode": "{van: 2027, tot: 2030}",
        "regiovisie": "haaglanden/regiovisie-2023-2026",
        "gemeente": "GM0518",
        "naam": "Haaglanden",
        "centrumgemeenten": "[GM0503]",
        "label": "Meldingen bij Veilig Thuis",
        "waarde": "1234",
        "jaar": "2024",
    ]

    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node else { return false }
        return node.null != nil && scalar.style == .plain
    }
}
