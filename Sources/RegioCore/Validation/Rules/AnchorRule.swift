import RegioMarkdown

/// A link to `document.md#kop` names a heading that exists in that document. A document's findings
/// depend on the headings of the documents it links to (`readsLinkedDocuments`, the default).
struct AnchorRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        // Each target's heading ids once: a document often links to one vision many times.
        var idsByTarget: [ContentPath: Set<String>] = [:]
        return (context.bodyLinks[document.path] ?? []).compactMap { link -> Diagnostic? in
            guard let fragment = link.fragment, !fragment.isEmpty else { return nil }
            if idsByTarget[link.target] == nil, let ids = context.headingIDs(of: link.target) { idsByTarget[link.target] = ids }
            guard let ids = idsByTarget[link.target] else { return nil }
            // Most links name a heading that is there; a heading's id is never one the page keeps
            // for itself, so nothing more is asked of them (at 10,000 documents, making the reserved
            // ids for every link tripled the rules' time).
            guard !ids.contains(fragment) else { return nil }
            let written = link.target == document.path ? "" : LinkSuggestion.relative(link.target.fileName, from: document.file)
            // An id the page keeps for itself (`#cijfers`) names the heading with that text, which
            // the page numbered: the link lands there, so that heading must be the one.
            let reserved = TemplateIDs.reserved(besides: Self.figures(of: link.target, in: context))
            if reserved.contains(fragment) {
                let meant = context.headings[link.target]?.first { HeadingIDMaker.slug($0.text) == fragment }
                if let meant, meant.id == TemplateIDs.landing(fragment, reserved: reserved) { return nil }
                let fix = meant.map { "bedoelde u `\(written)#\($0.id)`?" }
                    ?? "schrijf de kop `\(fragment)` in \(link.target.fileName), of link naar een kop die er staat"
                return Diagnostic(
                    .brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName): de pagina gebruikt dat id zelf", at: link.location,
                    fixIt: fix
                )
            }
            // The fix is the whole link as it must be written in this document, with the heading it
            // probably meant. Made again from the target rather than kept as written: at 10,000
            // documents the links' texts were 10 MB of the build's peak.
            if let suggestion = KeySuggestion.suggestion(for: fragment, among: ids.sorted()) {
                return Diagnostic(.brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName)", at: link.location,
                                  fixIt: "bedoelde u `\(written)#\(suggestion)`?")
            }
            // Nothing near: the headings that are there, so the author can pick one without opening the file.
            let headings = context.headings[link.target] ?? []
            return Diagnostic(
                .brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName)", at: link.location,
                notes: headings.isEmpty ? [] : [Self.listed(headings, in: link.target)],
                fixIt: headings.isEmpty
                    ? "\(link.target.fileName) heeft geen koppen: link naar het document zelf, zonder `#\(fragment)`"
                    : "link naar een van die koppen, of naar het document zelf zonder `#\(fragment)`"
            )
        }
    }

    /// "koppen in visie.md: `#doelen` (Doelen), …": the first twelve, then how many more.
    static func listed(_ headings: [DocumentHeading], in path: ContentPath) -> String {
        let shown = headings.prefix(12).map { "`#\($0.id)` (\($0.text))" }.joined(separator: ", ")
        return "koppen in \(path.fileName): " + shown + (headings.count > 12 ? " en \(headings.count - 12) andere" : "")
    }

    private static func figures(of path: ContentPath, in context: RuleContext) -> [Figure]? {
        if case let .factsheet(details) = context.documents[path]?.details { details.figures } else { nil }
    }
}
