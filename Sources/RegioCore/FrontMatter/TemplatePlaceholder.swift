/// The texts `regio new` writes for the author to replace (`DocumentTemplate`). One left in the
/// front matter reaches the page, the search results and the feed as if someone had written it, so
/// decoding warns where it stands. The section hints are HTML comments and never reach a page.
enum TemplatePlaceholder {
    static let summaryOpening = "Schrijf in één of twee zinnen wat "
    static let sourceOpening = "Noem de bron, bijvoorbeeld "
    /// The factsheet's `bron.url`: a real address, so that the scaffold is valid, but the portal's
    /// front page, never the table a figure comes from.
    static let sourceURL = "https://opendata.cbs.nl/"
    /// A new plan's status of each indicator of indicatoren.yaml: the plan lists them all, as a plan
    /// that leaves them out shows "niet in het plan" on every one, and the author chooses the status.
    static let indicatorStatus = "nog-beoordelen"

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

    /// A warning when an indicator's status is still the one `regio new` wrote; true when it is.
    static func check(indicatorStatus status: String, id: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard status == indicatorStatus else { return false }
        let statuses = IndicatorStatus.allCases.map { "`\($0.rawValue)`" }
        diagnostics.append(Diagnostic(
            .templatePlaceholder, "indicator `\(id)` is nog niet beoordeeld: `\(status)` is de voorbeeldstatus van `regio new`", at: location,
            notes: ["tot dan scoort dit plan deze indicator niet"],
            fixIt: "kies " + statuses.dropLast().joined(separator: ", ") + " of " + (statuses.last ?? "") + ", of haal de regel weg als het plan deze indicator niet behandelt"
        ))
        return true
    }
}
