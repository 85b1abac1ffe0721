/// A figure counts what happened: its year cannot lie after the build date (a typo such as 2032 for
/// 2023 would otherwise top every chart and comparison). Nor can the factsheet's `peiljaar`, the year
/// its figures describe, which councils compare between municipalities.
struct FigureYearRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details else { return [] }
        let figures = details.figures.filter { $0.year > context.today.year }.map { figure in
            Diagnostic(.invalidValue, "het cijfer `\(figure.label)` heeft jaar \(figure.year), dat na de peildatum \(context.today) ligt",
                       at: figure.location, fixIt: "controleer het jaartal; een verwachting of doel hoort in de tekst, niet bij de cijfers")
        }
        guard let year = details.referenceYear, year > context.today.year, let location = details.referenceYearLocation else { return figures }
        return figures + [Diagnostic(.invalidValue, "`peiljaar: \(year)` ligt na de peildatum \(context.today)", at: location,
                                     fixIt: "schrijf het jaar waarover de cijfers gaan, bijvoorbeeld `peiljaar: \(context.today.year - 1)`")]
    }
}
