/// A figure whose value its unit rules out: a negative number of reports, or more than 100 percent.
/// Usually a stray minus sign or a count written under `eenheid: procent`. Only a warning: a unit
/// that names a change (`verschil in meldingen`, `procent groei`) may be negative or over 100.
/// Figures from a CSV file are judged the same, at their row.
struct FigurePlausibilityRule: DocumentRule {
    let readsLinkedDocuments = false

    /// Units that count things: a figure in them is never below zero.
    static let countWords: Set<String> = [
        "aantal", "adviezen", "advies", "aangiften", "aangiftes", "aanmeldingen", "bedden", "casussen", "cliënten", "clienten",
        "dossiers", "gesprekken", "gezinnen", "huishoudens", "huisverboden", "huisverbod", "incidenten", "inwoners", "jongeren",
        "kinderen", "mannen", "meldingen", "melding", "mensen", "onderzoeken", "ouderen", "personen", "plaatsen", "plaatsingen",
        "plegers", "registraties", "signalen", "slachtoffers", "trajecten", "uithuisplaatsingen", "verwijzingen", "volwassenen",
        "vrouwen", "zaken",
    ]
    /// Words that make a unit a change, which may be negative (and, in percent, over 100).
    static let changeWords: Set<String> = [
        "afname", "daling", "groei", "mutatie", "procentpunt", "procentpunten", "saldo", "stijging", "toename", "verandering", "verschil",
    ]

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details else { return [] }
        return details.figures.compactMap(Self.finding)
    }

    static func finding(_ figure: Figure) -> Diagnostic? {
        guard let unit = figure.unit else { return nil }
        let words = unit.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.contains(where: changeWords.contains) else { return nil }
        let percent = unit.hasPrefix("%") || words.first == "procent" || words.first == "percentage"
        if figure.value.value < 0, percent || words.contains(where: countWords.contains) {
            let what = percent ? "een percentage" : "een aantal \(unit)"
            return Diagnostic(
                .implausibleFigure, "het cijfer `\(figure.label)` is \(figure.quoted): \(what) is nooit kleiner dan nul", at: figure.valueLocation,
                fixIt: "controleer het minteken; gaat het om een verandering, zeg dat dan in de eenheid, zoals `eenheid: verschil in \(unit)`"
            )
        }
        if percent, figure.value.value > 100 {
            return Diagnostic(
                .implausibleFigure, "het cijfer `\(figure.label)` is \(figure.quoted): meer dan 100 procent", at: figure.valueLocation,
                fixIt: "controleer de waarde en de eenheid; is het een aantal, noem dan wat er geteld is, zoals `eenheid: meldingen`; is het een groei, schrijf `eenheid: procent groei`"
            )
        }
        return nil
    }
}
