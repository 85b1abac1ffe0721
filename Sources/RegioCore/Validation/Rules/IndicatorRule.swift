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
        let ids = indicators.indicators.map(\.id)
        return named.filter { indicators.indicator($0.value) == nil }.map { id in
            Diagnostic(.unknownIndicator, "onbekende indicator `\(id.value)`", at: id.location,
                       notes: ["indicatoren staan in \(indicators.file)"],
                       fixIt: KeySuggestion.suggestion(for: id.value, among: ids).map { "bedoelde u `\($0)`?" })
        }
    }
}
