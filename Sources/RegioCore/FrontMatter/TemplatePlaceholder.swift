/// The texts `regio new` writes for the author to replace (`DocumentTemplate`). One left in the
/// front matter reaches the page, the search results and the feed as if someone had written it, so
/// decoding warns where it stands. The section hints are HTML comments and never reach a page.
enum TemplatePlaceholder {
    static let summaryOpening = "Schrijf in één of twee zinnen wat "
    static let sourceOpening = "Noem de bron, bijvoorbeeld "
    /// The factsheet's `bron.url`: a real address, so that the scaffold is valid, but the portal's
    /// front page, never the table a figure comes from.
    static let sourceURL = "https://opendata.cbs.nl/"

    /// A warning when `value`, the text of `key` in `fields`, is still the placeholder. `path` names
    /// the field as the author finds it in the front matter: `bron.naam` for `naam` under `bron`.
    static func check(_ value: String?, key: String, path: String? = nil, in fields: YAMLFields, fixIt: String, _ diagnostics: inout [Diagnostic]) {
        guard let value, value.hasPrefix(summaryOpening) || value.hasPrefix(sourceOpening) || value == sourceURL else { return }
        let what = value == sourceURL ? "het voorbeeldadres" : "de voorbeeldtekst"
        diagnostics.append(Diagnostic(
            .templatePlaceholder, "`\(path ?? key)` is nog \(what) van `regio new`: zo komt die op de pagina en in de zoekresultaten",
            at: fields.location(of: key), fixIt: fixIt
        ))
    }
}
