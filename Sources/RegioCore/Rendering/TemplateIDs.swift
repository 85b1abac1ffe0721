/// The ids the default theme's templates write themselves (`id="cijfers"`, `id="wijzigingen"`, …).
/// A heading in a text never gets one of them (`HeadingIDMaker`): "Cijfers" in a factsheet's text
/// becomes `cijfers-2`, so a page has no id twice and its table of contents and `aria-labelledby`
/// point at one element. Every template counts, not only the document's: the list stays right when
/// a text is shown on another page, and a test fails when a template gains an id that is not here.
enum TemplateIDs {
    static let all: Set<String> = [
        // layout.mustache
        "inhoud", "kop-zoekterm",
        // document.mustache
        "inhoudsopgave", "cijfers", "cijfers-bijschrift", "regio-toetsing", "versies", "wijzigingen",
        "verwijst-naar", "verwezen-door",
        // checklist.mustache, comparison.mustache
        "matrix-bijschrift", "kaders", "ongewijzigd", "met-wijzigingen",
        // municipality.mustache, region.mustache, portal.mustache
        "plannen", "regiovisie", "indicatoren", "indicatoren-bijschrift", "factsheets", "komende-versies",
        "eerdere-versies", "tijdlijn", "gemeenten", "regios", "toetsing", "themas", "landelijk",
        // search.mustache
        "zoekformulier", "zoekterm", "zoek-status", "zoek-resultaten", "overzichten",
    ]

    /// The section of a factsheet's figures (`document.mustache`), which its table of contents names.
    static let figures = "cijfers"

    /// The ids a document's headings must leave alone: the theme's, and on a factsheet the rows of
    /// its table (`cijfer-<id>`).
    static func reserved(besides figures: [Figure]?) -> Set<String> {
        guard let figures, figures.contains(where: { $0.id != nil }) else { return all }
        return all.union(figures.compactMap { $0.id.map(Figure.anchor) })
    }

    /// Where a link's `#fragment` lands: a reserved id written by an author names the heading with
    /// that text, which was numbered (`doc.md#cijfers` is the chapter "Cijfers", now `cijfers-2`);
    /// the theme's own section is not a heading of the text and was never a link target.
    /// `AnchorRule` checks that the heading is there.
    static func landing(_ fragment: String, reserved: Set<String>) -> String {
        reserved.contains(fragment) ? fragment + "-2" : fragment
    }
}
