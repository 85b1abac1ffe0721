/// A plan scores only indicators that indicatoren.yaml lists; without that file it scores none.
struct IndicatorRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        // An indicatoren.yaml with an error may lack the very indicator a plan scores: its own error comes first.
        guard case let .beleidsplan(details) = document.details, !context.incompleteFiles.contains(IndicatorSet.fileName) else { return [] }
        guard let indicators = context.indicators else {
            return details.indicators.prefix(1).map { score in
                Diagnostic(.unknownIndicator, "dit plan scoort indicatoren, maar de inhoud heeft geen \(IndicatorSet.fileName)",
                           at: score.indicator.location, fixIt: "zet \(IndicatorSet.fileName) in de hoofdmap van de inhoud, of laat `indicatoren` weg")
            }
        }
        let ids = indicators.indicators.map(\.id)
        return details.indicators.filter { indicators.indicator($0.indicator.value) == nil }.map { score in
            Diagnostic(.unknownIndicator, "onbekende indicator `\(score.indicator.value)`", at: score.indicator.location,
                       notes: ["indicatoren staan in \(indicators.file)"],
                       fixIt: KeySuggestion.suggestion(for: score.indicator.value, among: ids).map { "bedoelde u `\($0)`?" })
        }
    }
}
