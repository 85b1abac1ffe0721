/// The years in a file name (and so in the page's address) and in a title are the ones `periode`
/// gives: after an extension or a typo they contradict each other, and readers see the name and the
/// title while the site counts with `periode`.
struct NamePeriodRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let period = document.period else { return [] }
        var diagnostics: [Diagnostic] = []
        let name = document.path.last.value
        if let named = Self.trailingYears(name), !Self.agrees(named, with: period) {
            let renamed = Self.replacingTrailingYears(of: name, with: period)
            diagnostics.append(Diagnostic(
                .nameDisagreesWithPeriod, "de bestandsnaam `\(name).md` noemt \(Self.years(named)), maar `periode` is \(period)",
                at: document.periodLocation,
                notes: ["de bestandsnaam is ook het webadres van de pagina"],
                fixIt: "pas `periode` aan, of hernoem het bestand met `git mv` naar `\(renamed).md` (het webadres verandert mee: pas links naar de oude naam aan)"
            ))
        }
        if let titled = Self.yearRange(in: document.metadata.title), !Self.agrees(titled, with: period) {
            diagnostics.append(Diagnostic(
                .nameDisagreesWithPeriod, "de titel noemt \(Self.years(titled)), maar `periode` is \(period)",
                at: document.metadata.titleLocation,
                fixIt: "pas de jaren in de titel of `periode` aan"
            ))
        }
        return diagnostics
    }

    /// A name that ends in a year (`uitvoeringsplan-2024`) names a year of the period; one that ends
    /// in two (`regiovisie-2023-2026`) names the period.
    static func agrees(_ years: [Int], with period: Period) -> Bool {
        years.count == 1 ? period.contains(year: years[0]) : years == [period.from, period.to]
    }

    static func years(_ years: [Int]) -> String {
        years.map(String.init).joined(separator: "–")
    }

    /// The one or two years at the end of a file name: `regiovisie-2023-2026` gives 2023 and 2026.
    static func trailingYears(_ name: String) -> [Int]? {
        let parts = name.split(separator: "-")
        let years = parts.reversed().prefix(2).prefix { Self.year($0) != nil }.compactMap { Self.year($0) }.reversed()
        return years.isEmpty ? nil : Array(years)
    }

    static func replacingTrailingYears(of name: String, with period: Period) -> String {
        let count = trailingYears(name)?.count ?? 0
        let stem = name.split(separator: "-").dropLast(count).joined(separator: "-")
        return count == 1 && period.from == period.to ? "\(stem)-\(period.from)" : "\(stem)-\(period.from)-\(period.to)"
    }

    /// The one range of years a title names, as `2023-2026`, `2023–2026` or `2023 - 2026`; nil when it
    /// names none, or more than one year besides (a title may mention the year of a revision).
    static func yearRange(in title: String) -> [Int]? {
        var years: [Int] = []
        var digits = ""
        for character in title + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = year(Substring(digits)) { years.append(year) }
            digits = ""
        }
        guard years.count == 2, title.range(of: "\(years[0])\\s*[-–—]\\s*\(years[1])", options: .regularExpression) != nil
        else { return nil }
        return years
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, let value = Int(text), (1900...2199).contains(value) else { return nil }
        return value
    }
}
