/// A document that says it is adopted (`vastgesteld`, or `vervallen` after it was) cannot have been
/// adopted after the build date: a typo such as 2029 for 2024 would otherwise judge it against
/// the law of a year to come and put it first in every timeline. A concept has no adoption date yet.
struct AdoptionDateRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        // A concept is not adopted yet: its page and every list would say "concept" beside "vastgesteld op".
        if document.metadata.status == .concept, let adoptedOn = document.metadata.adoptedOn, let location = document.metadata.adoptedOnLocation {
            return [Diagnostic(
                .conceptWithAdoptionDate, "dit concept heeft `vastgesteld_op: \(adoptedOn)`, maar een concept is nog niet vastgesteld",
                at: location, notes: ["de site toont dan ‘concept’ naast een datum van vaststelling"],
                fixIt: "haal `vastgesteld_op` weg tot het document is vastgesteld; zet dan `status: vastgesteld` met de datum van het besluit"
            )]
        }
        guard document.metadata.status != .concept, let adoptedOn = document.metadata.adoptedOn, adoptedOn > context.today,
              let location = document.metadata.adoptedOnLocation else { return [] }
        return [Diagnostic(
            .invalidDate, "`vastgesteld_op` is \(adoptedOn), na de peildatum \(context.today), maar de status is `\(document.metadata.status.rawValue)`",
            at: location, fixIt: "controleer het jaartal, of zet `status: concept` tot het document is vastgesteld"
        )]
    }
}
