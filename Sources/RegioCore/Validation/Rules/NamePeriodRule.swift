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
    /// names none, or more than one year besides (a title may mention the year of a revision). On
    /// bytes: it runs for every document of every check.
    static func yearRange(in title: String) -> [Int]? {
        let bytes = Array(title.utf8)
        var years: [(value: Int, start: Int, end: Int)] = []
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            if index - start == 4, let value = Int(String(decoding: bytes[start..<index], as: UTF8.self)), (1900...2199).contains(value) {
                years.append((value, start, index))
            }
        }
        guard years.count == 2 else { return nil }
        // Between the two: a hyphen, an en dash or an em dash, with spaces around it or not.
        let between = bytes[years[0].end..<years[1].start].filter { $0 != 0x20 }
        guard between == [0x2D] || between == [0xE2, 0x80, 0x93] || between == [0xE2, 0x80, 0x94] else { return nil }
        return [years[0].value, years[1].value]
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, let value = Int(text), (1900...2199).contains(value) else { return nil }
        return value
    }
}
