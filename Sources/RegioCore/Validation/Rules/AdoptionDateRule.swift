/// A document that says it is adopted (`vastgesteld`, or `vervallen` after it was) cannot have been
/// adopted after the build date: a typo such as 2029 for 2024 would otherwise judge it against
/// the law of a year to come and put it first in every timeline.
struct AdoptionDateRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard document.metadata.status != .concept, let adoptedOn = document.metadata.adoptedOn, adoptedOn > context.today,
              let location = document.metadata.adoptedOnLocation else { return [] }
        return [Diagnostic(
            .invalidDate, "`vastgesteld_op` is \(adoptedOn), na de peildatum \(context.today), maar de status is `\(document.metadata.status.rawValue)`",
            at: location, fixIt: "controleer het jaartal, of zet `status: concept` tot het document is vastgesteld"
        )]
    }
}
