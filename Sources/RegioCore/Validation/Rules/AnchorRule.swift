/// A link to `document.md#kop` names a heading that exists in that document.
struct AnchorRule: SiteRule {
    func check(_ context: RuleContext) -> [Diagnostic] {
        // Each target's heading ids once: many documents link to the same vision.
        var idsByTarget: [ContentPath: Set<String>] = [:]
        return context.bodyLinks.keys.sorted().flatMap { source in
            (context.bodyLinks[source] ?? []).compactMap { link -> Diagnostic? in
                guard let fragment = link.fragment, !fragment.isEmpty else { return nil }
                if idsByTarget[link.target] == nil, let ids = context.headingIDs(of: link.target) { idsByTarget[link.target] = ids }
                guard let ids = idsByTarget[link.target], !ids.contains(fragment) else { return nil }
                let suggestion = KeySuggestion.suggestion(for: fragment, among: ids.sorted())
                return Diagnostic(
                    .brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName)", at: link.location,
                    fixIt: suggestion.map { "bedoelde u `#\($0)`?" }
                )
            }
        }
    }
}
