import RegioMarkdown

/// A heading counts for a requirement when it starts with an accepted name, so `Monitoring en
/// verantwoordnig` counts as `Monitoring`, and its typo went to the site unremarked while `Opvnag`
/// got a "did you mean". Only the headings that proved a requirement by their first words are
/// compared with the accepted names, each a few edits at most: a handful per document.
struct HeadingTypoRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist, let results = context.coverage[document.path]?.results else { return [] }
        var seen: Set<String> = []
        return results.compactMap { result -> Diagnostic? in
            guard case let .met(.section(heading)) = result.status, seen.insert(heading.id).inserted else { return nil }
            // Nearly every proof is a heading that is one of the requirement's names: that is no typo,
            // and is told at once (comparing each with every name was 0.8 s of a 10,000-document check).
            // A heading's id is its folded text in most cases, and costs nothing to look at.
            let names = result.requirement.foldedSectionNames
            guard !names.contains(where: { $0.contains(heading.id) }) else { return nil }
            let folded = HeadingMatcher.fold(heading.text)
            guard !names.contains(where: { $0.contains(folded) }), let meant = Self.meant(by: folded, in: checklist) else { return nil }
            return Diagnostic(
                .headingTypo, "de kop ‘\(heading.text)’ lijkt op ‘\(meant)’, op een letter of twee na", at: heading.location,
                notes: ["hij telt voor ‘\(result.requirement.title)’ door zijn eerste woorden, maar komt zo op de site"],
                fixIt: "schrijf `\(String(repeating: "#", count: heading.level)) \(meant)`, als dat bedoeld is"
            )
        }
    }

    /// The accepted name a few edits from `folded` (never one it is): one edit for a short name,
    /// two from twelve letters on. Nil when it is a name, or near none.
    static func meant(by folded: String, in checklist: Checklist) -> String? {
        var best: (name: String, distance: Int)?
        for requirement in checklist.requirements {
            for (name, foldedName) in zip(requirement.sectionNames, requirement.foldedSectionNames.joined()) {
                if foldedName == folded { return nil }
                let limit = foldedName.utf8.count >= 12 ? 2 : 1
                // Lengths in bytes first: an edit of a character changes at most four.
                guard abs(folded.utf8.count - foldedName.utf8.count) <= 4 * limit,
                      let distance = KeySuggestion.distance(folded, foldedName, atMost: limit), distance > 0,
                      distance < best?.distance ?? .max else { continue }
                best = (name, distance)
            }
        }
        return best?.name
    }
}
