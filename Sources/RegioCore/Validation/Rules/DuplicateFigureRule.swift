/// A factsheet gives each figure once: the same label, unit, year and municipality twice is a copy
/// left standing or a row pasted twice, and the table would show both while a reader cannot tell
/// which is right. Figures from `cijfers` and from the CSV file count together.
struct DuplicateFigureRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details, details.figures.count > 1 else { return [] }
        var first: [String: Figure] = [:]
        var diagnostics: [Diagnostic] = []
        // A `gemeente` written but not read as a code has its own finding; which municipality the
        // figure is about is not known, so it is no copy of one about another.
        for figure in details.figures where figure.municipality != nil || figure.municipalityLocation == nil {
            // A figure without `gemeente` in a municipal sheet is about the sheet's municipality, as
            // the chart and the municipality page read it.
            let key = [figure.label, figure.unit ?? "", String(figure.year), details.municipality(of: figure)?.value ?? ""].joined(separator: "\u{1F}")
            guard let earlier = first[key] else {
                first[key] = figure
                continue
            }
            let place = details.municipality(of: figure).map { " voor \($0)" } ?? ""
            let values = earlier.value == figure.value
                ? "met dezelfde waarde \(figure.quoted)"
                : "met een andere waarde: \(figure.quoted) hier, \(earlier.quoted) bij het eerste"
            diagnostics.append(Diagnostic(
                .duplicateFigure, "het cijfer `\(figure.label)` over \(figure.year)\(place) staat twee keer in deze factsheet, \(values)",
                at: figure.location, notes: ["het eerste staat op \(earlier.location.file):\(earlier.location.line)"],
                fixIt: "haal een van beide weg, of geef het cijfer een ander jaar\(figure.municipality == nil ? ", een gemeente" : "") of een ander label als het over iets anders gaat"
            ))
        }
        return diagnostics
    }
}
