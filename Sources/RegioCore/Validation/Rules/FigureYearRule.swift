/// A figure counts what happened: its year cannot lie after the build date (a typo such as 2032 for
/// 2023 would otherwise top every chart and comparison), nor before 1900 (`jaar: 23` for 2023). The
/// same holds for the factsheet's `peiljaar`, the year its figures describe, which councils compare
/// between municipalities; a figure after it is a warning, since a sheet may add a later figure on purpose.
/// Figures from a CSV file are judged the same, at their row.
struct FigureYearRule: DocumentRule {
    let readsLinkedDocuments = false

    /// The first year a figure of this domain can plausibly describe.
    static let earliestYear = 1900

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details else { return [] }
        var diagnostics: [Diagnostic] = []
        var referenceYear = details.referenceYear
        if let year = referenceYear, let location = details.referenceYearLocation {
            if let problem = Self.implausible(year, today: context.today) {
                diagnostics.append(Diagnostic(.invalidValue, "`peiljaar: \(year)` \(problem.predicate)", at: location,
                                              fixIt: problem.fixIt ?? "schrijf het jaar waarover de cijfers gaan, bijvoorbeeld `peiljaar: \(context.today.year - 1)`"))
                referenceYear = nil
            }
        }
        for figure in details.figures {
            if let problem = Self.implausible(figure.year, today: context.today) {
                diagnostics.append(Diagnostic(.invalidValue, "het cijfer `\(figure.label)` heeft jaar \(figure.year), \(problem.clause)", at: figure.yearLocation,
                                              fixIt: problem.fixIt ?? "controleer het jaartal; een verwachting of doel hoort in de tekst, niet bij de cijfers"))
            } else if let referenceYear, figure.year > referenceYear {
                diagnostics.append(Diagnostic(
                    .figureAfterReferenceYear, "het cijfer `\(figure.label)` heeft jaar \(figure.year), na het peiljaar \(referenceYear) van de factsheet",
                    at: figure.yearLocation,
                    fixIt: "controleer het jaartal van het cijfer, of zet `peiljaar: \(figure.year)` als de factsheet over \(figure.year) gaat"
                ))
            }
        }
        return diagnostics
    }

    /// What is wrong with `year` as a year figures describe: as a clause after the year (`dat na de
    /// peildatum … ligt`) and as a predicate of `peiljaar: …`; and the fix, when it is not the caller's own.
    static func implausible(_ year: Int, today: DayDate) -> (clause: String, predicate: String, fixIt: String?)? {
        if year > today.year { return ("dat na de peildatum \(today) ligt", "ligt na de peildatum \(today)", nil) }
        guard year < earliestYear else { return nil }
        if (0...99).contains(year) {
            // `23` for 2023 and `98` for 1998: the nearest full year not after today.
            let full = year + 2000 <= today.year ? year + 2000 : year + 1900
            return ("geen volledig jaartal", "is geen volledig jaartal", "schrijf het jaar voluit, zoals \(full)")
        }
        return ("dat vóór \(earliestYear) ligt", "ligt vóór \(earliestYear)", "controleer het jaartal en schrijf het jaar voluit, zoals \(today.year - 1)")
    }
}
