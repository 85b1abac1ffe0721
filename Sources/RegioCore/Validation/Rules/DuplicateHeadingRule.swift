import RegioMarkdown

/// Two chapters (`##`) with the same name are most often a text pasted twice. Their ids differ
/// (`preventie`, `preventie-2`), so every link to `#preventie` goes to the first, and the contents
/// list shows the name twice. Subsections (`###`) may repeat under different chapters.
struct DuplicateHeadingRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        var first: [String: DocumentHeading] = [:]
        return (context.headings[document.path] ?? []).filter { $0.level == 2 }.compactMap { heading in
            let slug = HeadingIDMaker.slug(heading.text)
            guard let earlier = first[slug] else {
                first[slug] = heading
                return nil
            }
            return Diagnostic(
                .duplicateHeading, "de kop ‘\(heading.text)’ staat al op regel \(earlier.location.line)", at: heading.location,
                notes: ["een link naar `#\(earlier.id)` gaat naar de eerste; deze krijgt `#\(heading.id)`, en de inhoudsopgave noemt de kop twee keer"],
                fixIt: "voeg de twee hoofdstukken samen, of geef dit hoofdstuk een eigen naam"
            )
        }
    }
}
