/// A link to `document.md#kop` names a heading that exists in that document.
struct AnchorRule: SiteRule {
    func check(_ context: RuleContext) -> [Diagnostic] {
        context.bodyLinks.keys.sorted().flatMap { source in
            (context.bodyLinks[source] ?? []).compactMap { link -> Diagnostic? in
                guard let fragment = link.fragment, !fragment.isEmpty, let ids = context.headingIDs(of: link.target), !ids.contains(fragment) else { return nil }
                let suggestion = KeySuggestion.suggestion(for: fragment, among: ids.sorted())
                return Diagnostic(
                    .brokenAnchor, "`#\(fragment)` is geen kop in \(link.target.fileName)", at: link.location,
                    fixIt: suggestion.map { "bedoelde u `#\($0)`?" }
                )
            }
        }
    }
}
