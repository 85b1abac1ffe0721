import RegioMarkdown

/// Two chapters (`##`) with the same name are most often a text pasted twice. Their ids differ
/// (`preventie`, `preventie-2`), so every link to `#preventie` goes to the first, and the contents
/// list shows the name twice. Subsections (`###`) may repeat under different chapters.
struct DuplicateHeadingRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        let headings = context.headings[document.path] ?? []
        guard headings.contains(where: Self.endsInDigit) else { return [] }
        let chapters = headings.filter { $0.level == 2 }
        // A repeated name gets its id with a number (`preventie-2`), so only such ids are looked at
        // again: folding every heading's text, or a table of ids per document, cost more than the
        // rest of this stage at 10,000 documents.
        return chapters.enumerated().compactMap { index, heading in
            guard Self.endsInDigit(heading), let dash = heading.id.lastIndex(of: "-"), heading.id[heading.id.index(after: dash)...].allSatisfy(\.isNumber) else { return nil }
            let base = heading.id[..<dash]
            guard let earlier = chapters[..<index].first(where: { $0.id == base }), HeadingIDMaker.slug(heading.text) == earlier.id else { return nil }
            return Diagnostic(
                .duplicateHeading, "de kop ‘\(heading.text)’ staat al op regel \(earlier.location.line)", at: heading.location,
                notes: ["een link naar `#\(earlier.id)` gaat naar de eerste; deze krijgt `#\(heading.id)`, en de inhoudsopgave noemt de kop twee keer"],
                fixIt: "voeg de twee hoofdstukken samen, of geef dit hoofdstuk een eigen naam"
            )
        }
    }

    /// On bytes: nearly every id ends in a letter, and is dismissed by its last byte.
    private static func endsInDigit(_ heading: DocumentHeading) -> Bool {
        heading.id.utf8.last.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }
}
