import Yams

extension IndicatorSet {
    static let keys = ["bron", "indicatoren"]
    static let indicatorKeys = ["id", "naam", "kort", "uitleg", "tip"]

    /// Reads `indicatoren.yaml`; every mistake at its place, sound indicators kept.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> IndicatorSet? {
        guard let fields = YAMLFields.read(file: file, subject: fileName, allowedKeys: keys, diagnostics: &diagnostics) else { return nil }
        let source = fields.object("bron", allowedKeys: FactsheetDetails.sourceKeys, subject: "`bron`", &diagnostics).flatMap { Source.decode($0, &diagnostics) }
        var indicators: [Indicator] = []
        for item in fields.list("indicatoren", required: true, &diagnostics) ?? [] {
            guard let entry = YAMLFields.read(item, source: fields.source, subject: "een indicator", allowedKeys: indicatorKeys, diagnostics: &diagnostics),
                  let id = entry.string("id", required: true, &diagnostics)
            else { continue }
            guard Slug(id) != nil else {
                diagnostics.append(Diagnostic(.invalidValue, "`\(id)` is geen geldige id", at: entry.location(of: "id"),
                                              fixIt: "schrijf `\(Slug(deriving: id))`"))
                continue
            }
            guard !indicators.contains(where: { $0.id == id }) else {
                diagnostics.append(Diagnostic(.duplicateID, "de id `\(id)` staat al eerder in de indicatoren", at: entry.location(of: "id")))
                continue
            }
            let name = entry.string("naam", required: true, &diagnostics)
            let explanation = entry.string("uitleg", required: true, &diagnostics)
            let tip = entry.string("tip", required: true, &diagnostics)
            guard let name, let explanation, let tip else { continue }
            indicators.append(Indicator(id: id, name: name, shortName: entry.string("kort", &diagnostics) ?? name, explanation: explanation, tip: tip))
        }
        return IndicatorSet(indicators: indicators, source: source, file: file.path)
    }
}

extension IndicatorScore {
    static let keys = ["status", "toelichting"]

    /// `indicatoren:` on a plan: per indicator id a status, or a block with `status` and `toelichting`.
    /// `named` is every id the plan names, also one whose status is wrong: the ids are checked against
    /// indicatoren.yaml later, when it is known (`IndicatorRule`), and each mistake is its own finding.
    static func decodeAll(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> (scores: [IndicatorScore], named: [Located<String>]) {
        guard fields.has("indicatoren") else { return ([], []) }
        let node = fields.node("indicatoren", required: false, &diagnostics)
        if let node, let missing = MissingColonSpace(in: node) {
            diagnostics.append(missing.diagnostic(.wrongType, "`indicatoren` moet per indicator een status geven", keyAt: fields.location(of: "indicatoren")))
            return ([], [])
        }
        guard case let .mapping(mapping)? = node else {
            diagnostics.append(Diagnostic(.wrongType, "`indicatoren` moet per indicator een status geven", at: fields.location(of: "indicatoren"),
                                          fixIt: "schrijf bijvoorbeeld `indicatoren: {signaleren-en-bespreken: op-orde}`"))
            return ([], [])
        }
        var scores: [IndicatorScore] = [], named: [Located<String>] = []
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            let keyLocation = fields.source.location(of: key)
            named.append(Located(id, at: keyLocation))
            var statusText: String?, statusLocation = fields.source.location(of: value), note: String?
            if let text = value.string {
                statusText = text
            } else if let entry = YAMLFields.read(value, source: fields.source, subject: "indicator `\(id)`", allowedKeys: keys, diagnostics: &diagnostics) {
                statusText = entry.string("status", required: true, &diagnostics)
                statusLocation = entry.location(of: "status")
                note = entry.string("toelichting", &diagnostics)
            }
            guard let statusText, !TemplatePlaceholder.check(indicatorStatus: statusText, id: id, at: statusLocation, &diagnostics) else { continue }
            guard let status = IndicatorStatus(rawValue: statusText) else {
                let names = IndicatorStatus.allCases.map(\.rawValue)
                diagnostics.append(Diagnostic(.invalidValue, "`\(statusText)` is geen status van een indicator", at: statusLocation,
                                              notes: ["een status is " + names.map { "`\($0)`" }.joined(separator: ", ")],
                                              fixIt: KeySuggestion.suggestion(for: statusText, among: names).map { "bedoelde u `\($0)`?" }))
                continue
            }
            scores.append(IndicatorScore(indicator: Located(id, at: keyLocation), status: status, note: note))
        }
        return (scores, named)
    }

    /// The indicators named by a plan whose front matter did not decode as a whole (`UndecodedFrontMatter`).
    static func named(inUndecoded frontMatter: UndecodedFrontMatter) -> [Located<String>] {
        guard frontMatter.type == .beleidsplan else { return [] }
        var reported: [Diagnostic] = []
        return decodeAll(frontMatter.fields, &reported).named
    }
}
