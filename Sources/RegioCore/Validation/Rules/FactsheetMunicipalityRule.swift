/// A regional factsheet's municipalities, of the sheet and of each figure, are members of its region,
/// named by CBS code.
struct FactsheetMunicipalityRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details else { return [] }
        // Without every member of the region read, a code missing from them proves nothing; a name
        // written for a code is still wrong, only the code meant is unknown.
        let region = document.placement.region.flatMap { context.regions[$0] }.flatMap { context.incompleteFiles.contains($0.file) ? nil : $0 }
        let unread = details.unreadMunicipalities.map { written in
            let member = region?.municipality(resembling: written.reference)
            return GemeenteCode.notACode(written.reference, at: written.location,
                                         fixIt: GemeenteCode.fix(for: written.reference) ?? member.map { "\($0.name) heeft code \($0.code): schrijf `gemeente: \($0.code)`" })
        }
        guard let region else { return unread }
        var named: [(GemeenteCode, SourceLocation)] = details.figures.compactMap { figure in figure.municipality.map { ($0, figure.location) } }
        if let code = details.municipality, let location = details.municipalityLocation { named.insert((code, location), at: 0) }
        return unread + named.compactMap { code, location in
            region.municipality(code: code) == nil
                ? Diagnostic(.unknownMunicipality, "gemeente \(code) hoort niet bij regio \(region.name)", at: location,
                             notes: ["een factsheet van een regio noemt alleen gemeenten uit \(region.file)"])
                : nil
        }
    }
}
