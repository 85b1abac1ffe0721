/// A chart drawn at build time as inline SVG, from one series of a factsheet's figures. The table
/// under it stays the accessible equivalent; the chart has its own title and a description in words,
/// and shows every value as text, so nothing depends on colour or on seeing the bars.
struct Chart {
    enum Kind { case bars, line }

    struct Point {
        let label: String
        let value: FigureValue
        /// For a line over years: where the point stands on the time axis.
        var year: Int?
    }

    let kind: Kind
    let title: String
    let unit: String?
    let points: [Point]
    /// The site's language: a chart's words and numbers are the page's, for a reader and a screen reader alike.
    var language: SiteSettings.Language = .nl

    /// The charts a factsheet's figures make: figures with the same label and unit form a series.
    /// One year across several municipalities is a bar chart; one place over several years a line.
    /// A municipal sheet draws its own municipality only: a figure of another one (a warning,
    /// `OwnMunicipalityFigureRule`) stays in the table, and does not make its series a mix of places
    /// and years that no chart shows.
    static func charts(for sheet: FactsheetDetails, in language: SiteSettings.Language = .nl, municipalityName: (GemeenteCode) -> String) -> [Chart] {
        var order: [String] = []
        var series: [String: [Figure]] = [:]
        for figure in sheet.figures where !sheet.isAboutAnotherMunicipality(figure) {
            let key = figure.label + "\u{1F}" + (figure.unit ?? "")
            if series[key] == nil { order.append(key) }
            series[key, default: []].append(figure)
        }
        // A figure without `gemeente` in a municipal sheet is about the sheet's municipality, as one that names it is.
        let place = { (figure: Figure) in sheet.municipality(of: figure) }
        return order.compactMap { key -> Chart? in
            // The same place and year twice is an error (DuplicateFigureRule); meanwhile, in `regio
            // serve`, the series is drawn with the first of them rather than not at all.
            var seen: Set<String> = []
            let figures = (series[key] ?? []).filter { seen.insert("\($0.year)\u{1F}\(place($0)?.value ?? "")").inserted }
            guard figures.count >= 2, let first = figures.first else { return nil }
            let years = Set(figures.map(\.year)), places = Set(figures.map { place($0)?.value ?? "" })
            if years.count == 1, places.count == figures.count, !places.contains("") {
                let points = figures.map { Point(label: municipalityName(place($0)!), value: $0.value) }
                return Chart(kind: .bars, title: "\(first.label), \(first.year)", unit: first.unit, points: points, language: language)
            }
            if places.count == 1, years.count == figures.count {
                let points = figures.sorted { $0.year < $1.year }.map { Point(label: String($0.year), value: $0.value, year: $0.year) }
                return Chart(kind: .line, title: first.label, unit: first.unit, points: points, language: language)
            }
            return nil
        }
    }

    /// What a screen reader says instead of the picture: the kind, the range, every value, and the
    /// years the dashed stretch of a line stands for.
    var spokenDescription: String {
        let values = points.map { "\($0.label): \(text($0.value, unit: unit))" }.joined(separator: "; ")
        let gap = missingYears.map { " " + ChartWords.noFigure(for: $0, in: language) + "." } ?? ""
        return "\(ChartWords.kind(kind, values: points.count, in: language)). \(values).\(gap)"
    }

    /// The years between the first and the last point of a line that have no figure, which the line
    /// crosses dashed: `2015`, `2012–2014 en 2016` (`and` in English); nil when there are none.
    var missingYears: String? {
        guard kind == .line else { return nil }
        let years = points.compactMap(\.year)
        var runs: [String] = []
        for (from, to) in zip(years, years.dropFirst()) where to - from > 1 {
            runs.append(to - from == 2 ? String(from + 1) : "\(from + 1)–\(to - 1)")
        }
        guard let last = runs.popLast() else { return nil }
        return runs.isEmpty ? last : runs.joined(separator: ", ") + " " + ChartWords.and(in: language) + " " + last
    }

    /// A value as the chart shows it: in the site's notation, with its unit.
    func text(_ value: FigureValue, unit: String?) -> String {
        [value.written(in: language), unit].compactMap { $0 }.joined(separator: " ")
    }

    /// The SVG.
    func svg() -> String {
        switch kind {
        case .bars: BarChartDrawing(chart: self).svg()
        case .line: LineChartDrawing(chart: self).svg()
        }
    }

    /// What a screen reader says for the chart, once: its title, then `spokenDescription`.
    var accessibleName: String {
        "\(title)\(title.hasSuffix(".") ? "" : ".") \(spokenDescription)"
    }

    /// The opening tag and the accessible name every chart shares. The name is one `<title>`: with
    /// `aria-labelledby` pointing at a title and a `<desc>`, Chromium also exposed the description
    /// on its own, and the caption under the chart repeated the title, so a screen reader read both
    /// twice. The caption is for the eye (`document.mustache` hides it from screen readers).
    func header(width: Int, height: Int) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(width) \(height)" role="img">
        <title>\(XMLText.escape(accessibleName))</title>

        """
    }
}
