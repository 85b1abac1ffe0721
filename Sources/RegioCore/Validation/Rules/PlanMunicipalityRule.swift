/// A local plan's folder is a member of its region, and its `gemeente` key, when written, names that member.
struct PlanMunicipalityRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        // Without every municipality of the region read, a folder missing from them proves nothing.
        guard case let .municipality(regionSlug, folder) = document.placement, let region = context.regions[regionSlug],
              !context.incompleteFiles.contains(region.file) else { return [] }
        guard let member = region.municipality(named: folder.value) else {
            return [Diagnostic(
                .unknownMunicipality, "de map `\(folder)` is geen gemeente van regio \(region.name)", at: SourceLocation(file: document.file),
                notes: [region.municipalities.isEmpty ? "\(region.file) noemt nog geen gemeenten"
                    : "gemeenten: " + region.municipalities.map(\.slug.value).joined(separator: ", ")],
                fixIt: KeySuggestion.suggestion(for: folder.value, among: region.municipalities.map(\.slug.value)).map { "bedoelde u `\($0)`?" }
            )]
        }
        guard case let .beleidsplan(details) = document.details, let declared = details.declaredMunicipality,
              region.municipality(named: declared.reference) != member
        else { return [] }
        // `'s-Gravenhage` or `gm0518` for the folder's own municipality: named, but not by code or slug.
        if member.isNamed(loosely: declared.reference) {
            return [Diagnostic(
                .invalidValue, "`gemeente: \(declared.reference)` is niet de CBS-code van \(member.name)", at: declared.location,
                notes: ["`gemeente` noemt de gemeente met haar CBS-code, of met de naam van haar map in kleine letters (`\(member.slug)`)"],
                fixIt: "bedoelde u `\(member.code)`?"
            )]
        }
        let hint = GemeenteCode(declared.reference).flatMap { context.memberCodeHint(written: $0, member: member, of: region) }
        // The municipality the key does name, if any: the document may be in the wrong folder.
        let named = context.regions.values.sorted { $0.slug.value < $1.slug.value }.lazy
            .compactMap { other in other.municipality(named: declared.reference).map { (region: other, municipality: $0) } }.first
        let move = named.map { "verplaats het document naar `\($0.region.slug)/\($0.municipality.slug)/` als het een plan van \($0.municipality.displayName) is" }
            ?? "verplaats het document"
        return [Diagnostic(
            .municipalityMismatch, "`gemeente: \(declared.reference)` klopt niet met de map `\(folder)` (\(member.name), \(member.code))"
                + (named.map { ": \(declared.reference) is \($0.municipality.displayName)" } ?? ""),
            at: declared.location, fixIt: "schrijf `gemeente: \(member.code)`, of \(move)" + (hint.map { ", of \($0)" } ?? "")
        )]
    }
}
