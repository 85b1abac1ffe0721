/// A new document as `regio new` writes it: complete front matter, and under a heading for every
/// section the checklist asks of that type on that date a hint in an HTML comment. Comments are not
/// content, so `regio check` on the new file lists exactly the sections still to be written.
public struct DocumentTemplate: Sendable {
    /// Where the file goes, relative to the content folder.
    public let path: String
    public let text: String

    /// A regiovisie of `region` for `period`, replacing the vision now in force (if any).
    public static func regiovisie(region: Region, period: Period, previous: ContentPath?, checklist: Checklist?, today: DayDate) -> DocumentTemplate {
        var frontMatter = visionHead(region: region, period: period)
        if let previous { frontMatter.append("vorige: \(previous)") }
        frontMatter += listLines(checklist, period: period, today: today)
        return DocumentTemplate(
            path: "\(region.slug)/regiovisie-\(period.from)-\(period.to).md",
            text: document(frontMatter, sections: sections(for: .regiovisie, checklist: checklist, today: today, periodStart: period.from))
        )
    }

    /// A regiovisie that starts from `previous`, the version it follows: its text (`body`), frameworks,
    /// themes and keywords; title, summary, status and period are the new version's. A new version is
    /// mostly the old one brought up to date, which the author would otherwise copy by hand.
    /// Frameworks that had lapsed before the new period are left out (`LapsedFrameworkRule`).
    public static func regiovisie(region: Region, period: Period, copying previous: Document, body: Substring, checklist: Checklist?, today: DayDate) -> DocumentTemplate {
        let kept = previous.frameworks.map(\.value).filter { checklist?.framework($0, lapsedBefore: period, judgedOn: today) == nil }
        let frontMatter = visionHead(region: region, period: period) + ["vorige: \(previous.path)"]
            + listLines(checklist, period: period, today: today,
                        chosen: Chosen(frameworks: kept, topics: previous.metadata.themes.map(\.value), keywords: previous.metadata.keywords))
        let text = body.first == "\n" ? String(body) : "\n" + body
        return DocumentTemplate(path: "\(region.slug)/regiovisie-\(period.from)-\(period.to).md",
                                text: "---\n" + frontMatter.joined(separator: "\n") + "\n---\n" + text)
    }

    /// What every new version of a vision starts with: its own title, a summary still to write, concept, its period.
    private static func visionHead(region: Region, period: Period) -> [String] {
        [
            "type: regiovisie",
            "titel: \(quoted("Regiovisie huiselijk geweld en kindermishandeling \(region.name) \(period.from)-\(period.to)"))",
            "samenvatting: \(quoted(TemplatePlaceholder.summaryOpening + "de regio in deze periode wil bereiken."))",
            "status: concept",
            "periode: {van: \(period.from), tot: \(period.to)}",
        ]
    }

    /// A local plan of `municipality`, under the vision now in force in its region, that lists
    /// `indicators` for the author to score.
    public static func beleidsplan(region: Region, municipality: Municipality, vision: Document, period: Period, kind: PlanKind = .beleidsplan,
                                   checklist: Checklist?, indicators: IndicatorSet? = nil, today: DayDate) -> DocumentTemplate {
        // `2027` for a plan of one year (an uitvoeringsplan), `2024-2027` for more.
        let years = period.from == period.to ? "\(period.from)" : "\(period.from)-\(period.to)"
        // The name the site shows (`roepnaam: Den Haag`), not the official `'s-Gravenhage`.
        let name = municipality.displayName
        let frontMatter = [
            "type: beleidsplan",
            "titel: \(quoted("\(kind.titleWord) aanpak huiselijk geweld en kindermishandeling \(name) \(years)"))",
            "samenvatting: \(quoted(TemplatePlaceholder.summaryOpening + "\(name) in deze periode doet."))",
            "status: concept",
            "gemeente: \(municipality.code)",
            "soort: \(kind.rawValue)",
            "regiovisie: \(vision.path)",
            "periode: {van: \(period.from), tot: \(period.to)}",
        ] + listLines(checklist, period: period, today: today) + indicatorLines(indicators)
        return DocumentTemplate(
            path: "\(region.slug)/\(municipality.slug)/\(kind.rawValue)-\(years).md",
            text: document(frontMatter, sections: sections(for: .beleidsplan, checklist: checklist, today: today, periodStart: period.from))
        )
    }

    /// What `kaders`, `themas` and `trefwoorden` start with: nothing, or a previous version's.
    struct Chosen {
        var frameworks: [String] = []
        var topics: [String] = []
        var keywords: [String] = []
    }

    /// `kaders`, `themas` and `trefwoorden` (empty, or as `chosen`), each under a comment with what
    /// may go in it: the framework and theme ids of kaders.yaml (frameworks lapsed before the period
    /// left out). Without the list an author learnt the ids only from the error on a wrong one.
    static func listLines(_ checklist: Checklist?, period: Period, today: DayDate, chosen: Chosen = Chosen()) -> [String] {
        // Ids are slugs and stand as written; keywords are free text.
        let ids = { (items: [String]) in "[" + items.joined(separator: ", ") + "]" }
        let frameworks = (checklist?.frameworks ?? []).filter { checklist?.framework($0.id, lapsedBefore: period, judgedOn: today) == nil }.map(\.id)
        let topics = (checklist?.topics ?? []).map(\.id)
        var lines: [String] = []
        if !frameworks.isEmpty {
            lines += ["# kaders: de wetten en afspraken waarop dit document steunt, zoals [\(frameworks.prefix(2).joined(separator: ", "))]. Kies uit:"]
                + commentLines(frameworks)
        }
        lines.append("kaders: \(ids(chosen.frameworks))")
        if !topics.isEmpty {
            lines += ["# themas: de thema's van dit document, zoals [\(topics.prefix(2).joined(separator: ", "))]. Kies uit:"]
                + commentLines(topics)
        }
        return lines + ["themas: \(ids(chosen.topics))", "# trefwoorden: vrije woorden waarop lezers zoeken, zoals [Veilig Thuis, huisverbod]",
                        "trefwoorden: [" + chosen.keywords.map(quoted).joined(separator: ", ") + "]"]
    }

    /// `ids` as comment lines of at most about 100 characters, separated by commas.
    static func commentLines(_ ids: [String], width: Int = 100) -> [String] {
        var lines: [String] = []
        var line = "#  "
        for (index, id) in ids.enumerated() {
            let word = " " + id + (index < ids.count - 1 ? "," : "")
            if line.count + word.count > width, line != "#  " {
                lines.append(line)
                line = "#  "
            }
            line += word
        }
        return lines + [line]
    }

    /// Every indicator of the set with the placeholder status, its name above it: a plan without
    /// them shows "niet in het plan" on each, and `regio check` names each one still to score.
    private static func indicatorLines(_ indicators: IndicatorSet?) -> [String] {
        guard let indicators, !indicators.indicators.isEmpty else { return [] }
        let statuses = IndicatorStatus.allCases.map(\.rawValue)
        return [
            "# Vervang bij elke indicator \(TemplatePlaceholder.indicatorStatus) door \(statuses.dropLast().joined(separator: ", ")) of \(statuses.last ?? ""),",
            "# naar keuze met een toelichting: {status: \(IndicatorStatus.inOntwikkeling.rawValue), toelichting: \"Wat er nog moet gebeuren.\"}",
            "indicatoren:",
        ] + indicators.indicators.flatMap { indicator in
            ["  # " + indicator.name.split(whereSeparator: \.isNewline).joined(separator: " "), "  \(indicator.id): \(TemplatePlaceholder.indicatorStatus)"]
        }
    }

    /// A factsheet of a region (or of one municipality in it); its figures are still to be filled in,
    /// which `regio check` reports as an empty `cijfers`. Its year (title, `peiljaar`) is the one its
    /// name gives, else `defaultYear`.
    public static func factsheet(region: Region, municipality: Municipality?, name: Slug, defaultYear: Int) -> DocumentTemplate {
        let year = year(named: name) ?? defaultYear
        var frontMatter = [
            "type: factsheet",
            "titel: \(quoted("Cijfers \(municipality?.displayName ?? region.name) \(year)"))",
            "status: concept",
            "schaal: \(municipality == nil ? "regio" : "gemeente")",
        ]
        if let municipality { frontMatter.append("gemeente: \(municipality.code)") }
        frontMatter += [
            "peiljaar: \(year)",
            "bron: {naam: \(quoted(TemplatePlaceholder.sourceOpening + "CBS StatLine 84849NED")), url: \(quoted(TemplatePlaceholder.sourceURL))}",
            "# Haal [] weg en zet onder cijfers: één regel per cijfer, bijvoorbeeld:",
            "#   - {id: meldingen-\(year), label: Meldingen bij Veilig Thuis, waarde: 1234, eenheid: meldingen, jaar: \(year)}",
            "# Of zet de cijfers in een CSV-bestand hiernaast en noem het: cijferbestand: cijfers.csv",
            "cijfers: []",
        ]
        let body = "## Toelichting\n\n<!-- Leg uit wat de cijfers zeggen en wat niet, en hoe ze zijn verzameld. -->\n"
        return DocumentTemplate(path: "\(region.slug)/factsheets/\(name).md", text: "---\n" + frontMatter.joined(separator: "\n") + "\n---\n\n" + body)
    }

    /// The year a name gives (`veilig-thuis-etten-leur-2024`), the last when it gives more
    /// (`meldingen-2023-2024`): the author named the file after the figures' year.
    static func year(named name: Slug) -> Int? {
        name.value.split(separator: "-").compactMap { $0.count == 4 ? Int($0) : nil }.last { (1900...2199).contains($0) }
    }

    /// The sections the checklist asks of a new `type` (a concept for the years from `periodStart`)
    /// on `today`, in checklist order, each named by its first accepted heading, with the requirement as the hint.
    static func sections(for type: DocumentType, checklist: Checklist?, today: DayDate, periodStart: Int) -> [(heading: String, hint: String)] {
        var seen: Set<String> = []
        return (checklist?.applicable(to: type, on: today, periodStart: periodStart) ?? []).compactMap { requirement in
            guard let heading = requirement.sectionNames.first, seen.insert(heading).inserted else { return nil }
            let law = [checklist?.framework(requirement.frameworkID)?.title, requirement.article].compactMap { $0 }.joined(separator: ", ")
            return (heading, "\(requirement.title)\(law.isEmpty ? "" : " (\(law))"). \(requirement.explanation ?? "")")
        }
    }

    private static func document(_ frontMatter: [String], sections: [(heading: String, hint: String)]) -> String {
        var text = "---\n" + frontMatter.joined(separator: "\n") + "\n---\n"
        for section in sections {
            // `--` may not stand inside an HTML comment.
            let hint = section.hint.replacingOccurrences(of: "--", with: "–").trimmingCharacters(in: .whitespaces)
            text += "\n## \(section.heading)\n\n<!-- Schrijf hier: \(hint) -->\n"
        }
        return text
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
