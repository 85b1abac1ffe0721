/// A regional factsheet's municipalities, of the sheet and of each figure, are members of its region.
struct FactsheetMunicipalityRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details, let slug = document.placement.region,
              let region = context.regions[slug], !context.incompleteFiles.contains(region.file) else { return [] }
        var named: [(GemeenteCode, SourceLocation)] = details.figures.compactMap { figure in figure.municipality.map { ($0, figure.location) } }
        if let code = details.municipality, let location = details.municipalityLocation { named.insert((code, location), at: 0) }
        return named.compactMap { code, location in
            region.municipality(code: code) == nil
                ? Diagnostic(.unknownMunicipality, "gemeente \(code) hoort niet bij regio \(region.name)", at: location,
                             notes: ["een factsheet van een regio noemt alleen gemeenten uit \(region.file)"])
                : nil
        }
    }
}
