/// A waiver names a requirement that exists, applies to the document and is not met anyway;
/// otherwise readers would see an exception that explains nothing.
struct WaiverRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist, !document.metadata.waivers.isEmpty else { return [] }
        let ids = checklist.requirementIDs
        return document.metadata.waivers.compactMap { waiver -> Diagnostic? in
            let id = waiver.requirement.value
            guard ids.contains(id) else {
                // A kaders.yaml with an error may lack the very requirement waived: its own error comes first.
                guard !context.incompleteFiles.contains(Checklist.fileName) else { return nil }
                return Diagnostic(
                    .unknownRequirement, "`\(id)` is geen eis uit kaders.yaml", at: waiver.requirement.location,
                    fixIt: KeySuggestion.suggestion(for: id, among: ids).map { "bedoelde u `\($0)`?" }
                )
            }
            guard let result = context.coverage[document.path]?.result(for: id) else {
                return Diagnostic(
                    .needlessWaiver, "de eis `\(id)` geldt niet voor dit document; de uitzondering is overbodig", at: waiver.requirement.location,
                    notes: ["de eis geldt voor: " + checklist.versions(of: id).map(\.validity).joined(separator: "; ")],
                    fixIt: "haal `\(id)` uit `uitzonderingen`"
                )
            }
            guard !result.isMet else {
                return Diagnostic(
                    .needlessWaiver, "het document voldoet al aan `\(id)`; de uitzondering is overbodig", at: waiver.requirement.location,
                    fixIt: "haal `\(id)` uit `uitzonderingen`"
                )
            }
            return nil
        }
    }
}
