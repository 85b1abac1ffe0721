/// A plan names only indicators that indicatoren.yaml lists; without that file it names none.
struct IndicatorRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .beleidsplan(details) = document.details else { return [] }
        return check(details.namedIndicators, in: context)
    }

    /// The same for a plan whose front matter did not decode: its unknown indicators come with its
    /// other errors, so that fixing a status does not bring the next finding one run later.
    func check(undecoded frontMatter: UndecodedFrontMatter, in context: RuleContext) -> [Diagnostic] {
        check(IndicatorScore.named(inUndecoded: frontMatter), in: context)
    }

    private func check(_ named: [Located<String>], in context: RuleContext) -> [Diagnostic] {
        // An indicatoren.yaml with an error may lack the very indicator a plan names: its own error comes first.
        guard !named.isEmpty, !context.incompleteFiles.contains(IndicatorSet.fileName) else { return [] }
        guard let indicators = context.indicators else {
            return named.prefix(1).map { id in
                Diagnostic(.unknownIndicator, "dit plan scoort indicatoren, maar de inhoud heeft geen \(IndicatorSet.fileName)",
                           at: id.location, fixIt: "zet \(IndicatorSet.fileName) in de hoofdmap van de inhoud, of laat `indicatoren` weg")
            }
        }
        return named.filter { indicators.indicator($0.value) == nil }.map { id in
            Self.unknown(id, in: indicators)
        }
    }

    /// A typo gets its id. Else the id may have been renamed in indicatoren.yaml, which leaves every
    /// plan that scores it with this error: the note says so, and the fix names the id with the same
    /// words or lists them all, so that there is always something to write.
    static func unknown(_ id: Located<String>, in indicators: IndicatorSet) -> Diagnostic {
        let ids = indicators.indicators.map(\.id)
        var notes = ["indicatoren staan in \(indicators.file)"]
        if let typo = KeySuggestion.suggestion(for: id.value, among: ids) {
            return Diagnostic(.unknownIndicator, "onbekende indicator `\(id.value)`", at: id.location, notes: notes, fixIt: "bedoelde u `\(typo)`?")
        }
        notes.append("is de id in \(indicators.file) veranderd, dan noemen de plannen nog de oude: pas ze aan, of zet de oude id daar terug")
        let fixIt = KeySuggestion.reworded(id.value, among: ids).map { "bedoelde u `\($0)`?" }
            ?? (ids.isEmpty ? "zet de indicator eerst in \(indicators.file), of haal deze regel weg"
                : "schrijf een van de indicatoren uit \(indicators.file): " + ids.map { "`\($0)`" }.joined(separator: ", "))
        return Diagnostic(.unknownIndicator, "onbekende indicator `\(id.value)`", at: id.location, notes: notes, fixIt: fixIt)
    }
}
