/// A chapter with nothing under it is published as a heading followed by the next one. The checklist
/// reports an empty chapter it needs; this rule every other one, such as a chapter `regio new` wrote
/// for a requirement that naming a framework in `kaders` already meets, so that the page does not
/// show "gedekt" beside an empty chapter without anybody being told.
struct EmptySectionRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        let empty = (context.headings[document.path] ?? []).filter { $0.level >= 2 && !$0.hasContent }
        guard !empty.isEmpty else { return [] }
        let toldByChecklist = Set(context.coverage[document.path]?.results.compactMap { result -> SourceLocation? in
            if case let .missing(.emptySection(heading)) = result.status { heading.location } else { nil }
        } ?? [])
        return empty.filter { !toldByChecklist.contains($0.location) }.map { heading in
            Diagnostic(
                .emptySection, "de kop ‘\(heading.text)’ heeft geen tekst eronder: de pagina toont een leeg hoofdstuk", at: heading.location,
                notes: ["een aanwijzing tussen `<!--` en `-->` (zoals `regio new` die schrijft) telt niet als tekst: lezers zien die niet"],
                fixIt: "schrijf onder ‘\(heading.text)’ wat \(document.metadata.type.withArticle) hierover zegt, of haal de kop weg"
            )
        }
    }
}
