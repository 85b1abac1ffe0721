/// The texts `regio new` writes for the author to replace (`DocumentTemplate`). One left in the
/// front matter reaches the page, the search results and the feed as if someone had written it, so
/// decoding warns where it stands. The section hints are HTML comments and never reach a page.
enum TemplatePlaceholder {
    static let summaryOpening = "Schrijf in één of twee zinnen wat "
    static let sourceOpening = "Noem de bron, bijvoorbeeld "

    /// A warning when `value`, the text of `key` in `fields`, is still the placeholder.
    static func check(_ value: String?, key: String, in fields: YAMLFields, fixIt: String, _ diagnostics: inout [Diagnostic]) {
        guard let value, value.hasPrefix(summaryOpening) || value.hasPrefix(sourceOpening) else { return }
        diagnostics.append(Diagnostic(
            .templatePlaceholder, "`\(key)` is nog de voorbeeldtekst van `regio new`: zo komt die op de pagina en in de zoekresultaten",
            at: fields.location(of: key), fixIt: fixIt
        ))
    }
}
