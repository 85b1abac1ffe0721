import RegioMarkdown

/// The page shows a document's `titel` as its one `<h1>`; a heading with one `#` in the text makes
/// a second, often the same title again, and screen readers then announce two page titles.
struct BodyTitleRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        (context.headings[document.path] ?? []).filter { $0.level == 1 }.map { heading in
            let repeatsTitle = HeadingIDMaker.slug(heading.text) == HeadingIDMaker.slug(document.metadata.title)
            return Diagnostic(
                .bodyTitle, "de kop `# \(heading.text)` maakt een tweede paginatitel" + (repeatsTitle ? ", en herhaalt `titel`" : ""),
                at: heading.location,
                fixIt: repeatsTitle ? "haal deze kop weg: de titel staat al boven de pagina" : "maak er een hoofdstuk van met `## \(heading.text)`"
            )
        }
    }
}
