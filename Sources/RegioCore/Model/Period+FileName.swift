extension Period {
    /// The period a document's file name gives: `uitvoeringsplan-2026.md` the one year,
    /// `regiovisie-2024-2027.md` the two; nil when the name ends in no year. A fix for `periode`
    /// takes it from here, as `NamePeriodRule` holds the two to agree.
    static func named(byFile path: String) -> Period? {
        let name = path.split(separator: "/").last.map { String($0.hasSuffix(".md") ? $0.dropLast(3) : $0) } ?? path
        guard let years = NamePeriodRule.trailingYears(name), let first = years.first, let last = years.last, first <= last else { return nil }
        return Period(from: first, to: last)
    }

    /// As front matter writes it, for a fix: `{van: 2024, tot: 2027}`.
    var written: String { "{van: \(from), tot: \(to)}" }
}
