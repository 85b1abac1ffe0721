/// A link to `document.md#kop` names a heading that exists in that document. A document's findings
/// depend on the headings of the documents it links to (`readsLinkedDocuments`, the default).
struct AnchorRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        // Each target's heading ids once: a document often links to one vision many times.
        var idsByTarget: [ContentPath: Set<String>] = [:]
        return (context.bodyLinks[document.path] ?? []).compactMap { link -> Diagnostic? in
            guard let fragment = link.fragment, !fragment.isEmpty else { return nil }
            if idsByTarget[link.target] == nil, let ids = context.headingIDs(of: link.target) { idsByTarget[link.target] = ids }
            guard let ids = idsByTarget[link.target], !ids.contains(fragment) else { return nil }
            // The fix is the whole link as it must be written in this document, with the heading it
            // probably meant. Made again from the target rather than kept as written: at 10,000
            // documents the links' texts were 10 MB of the build's peak.
            let written = link.target == document.path ? "" : LinkSuggestion.relative(link.target.fileName, from: document.file)
            let suggestion = KeySuggestion.suggestion(for: fragment, among: ids.sorted())
            return Diagnostic(
                .brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName)", at: link.location,
                fixIt: suggestion.map { "bedoelde u `\(written)#\($0)`?" }
            )
        }
    }
}
