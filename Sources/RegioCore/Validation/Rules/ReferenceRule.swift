/// Front-matter references point at an existing document of the right type in the right region.
struct ReferenceRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        document.frontMatterReferences.compactMap { check($0, from: document, context) }
    }

    private func check(_ reference: Reference, from document: Document, _ context: RuleContext) -> Diagnostic? {
        guard let target = context.documents[reference.target] else {
            // A target that exists but failed to decode has its own diagnostic already.
            guard !context.documentFiles.contains(reference.target.fileName) else { return nil }
            let candidates = context.documents.values.filter { $0.metadata.type == .regiovisie }.map(\.path.description)
            return Diagnostic(
                .unknownReference, "`\(reference.target)` verwijst naar een document dat niet bestaat", at: reference.location,
                fixIt: KeySuggestion.suggestion(for: reference.target.description, among: candidates).map { "bedoelde u `\($0)`?" }
            )
        }
        guard target.metadata.type == .regiovisie else {
            return Diagnostic(.wrongReferenceType, "`\(reference.target)` is een \(target.metadata.type.rawValue), geen regiovisie", at: reference.location)
        }
        guard target.placement.region == document.placement.region else {
            return Diagnostic(
                .wrongReferenceType, "`\(reference.target)` is een regiovisie van een andere regio", at: reference.location,
                notes: ["een document verwijst naar een regiovisie van zijn eigen regio (\(document.placement.region?.value ?? "-"))"]
            )
        }
        return nil
    }
}
