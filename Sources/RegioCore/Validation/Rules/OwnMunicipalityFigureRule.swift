/// A municipal factsheet (`schaal: gemeente`) gives figures about its own municipality. A figure that
/// names another one lands on that municipality's page, in this sheet's words, and counts in the
/// region's average there: a warning at its `gemeente`. Only a regional sheet sets municipalities
/// side by side (DESIGN §1).
struct OwnMunicipalityFigureRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details, details.scale == .gemeente, let own = details.municipality,
              let region = document.placement.region.flatMap({ context.regions[$0] }), !context.incompleteFiles.contains(region.file),
              // A sheet whose own `gemeente` is no member has that finding to fix first (`FactsheetMunicipalityRule`).
              let sheetMunicipality = region.municipality(code: own)
        else { return [] }
        return details.figures.compactMap { figure in
            // A figure naming no member has its finding from `FactsheetMunicipalityRule`.
            guard details.isAboutAnotherMunicipality(figure), let code = figure.municipality, let other = region.municipality(code: code) else { return nil }
            return Diagnostic(
                .figureOfOtherMunicipality,
                "het cijfer `\(figure.label)` over \(figure.year) gaat over \(other.displayName) (\(code)), niet over \(sheetMunicipality.displayName): "
                    + "het komt op de gemeentepagina van \(other.displayName) te staan, met het label en de toelichting van deze factsheet",
                at: figure.municipalityLocation ?? figure.location,
                notes: ["daar telt het mee in het gemiddelde van de regio",
                        "een factsheet met `schaal: gemeente` gaat over één gemeente; alleen een regionale factsheet (`schaal: regio`) zet cijfers van meer gemeenten naast elkaar"],
                fixIt: "zet het cijfer in een factsheet over \(other.displayName) (`gemeente: \(code)`), of in een regionale factsheet (`schaal: regio`); "
                    + "om in de tekst te vergelijken, citeer het daaruit met `[](cijfer:pad#id)`"
            )
        }
    }
}
