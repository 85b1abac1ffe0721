/// A municipality: its plans and the factsheets about it.
enum MunicipalityPage {
    static func context(_ base: PageContext, region: Region, municipality: Municipality) -> [String: Any] {
        let graph = base.graph
        var context = base.layout(title: municipality.displayName, description: nil, breadcrumbs: base.regionCrumbs(region))
        let plans = graph.plans(of: region.slug, municipality: municipality.slug)
        let factsheets = graph.factsheets(of: region.slug, municipality: municipality)
        let vision = graph.currentVision(of: region.slug)
        context["municipality"] = [
            "name": municipality.displayName,
            // Beside a common name, the official one: a reader of council documents meets both.
            "officialName": municipality.name,
            "hasOfficialName": municipality.commonName != nil,
            "code": municipality.code.value,
            "isCentral": region.isCentral(municipality),
            "regionName": region.name,
            "regionURL": base.url(base.siteMap.regionIndex(region.slug)),
        ] as [String: Any]
        context["plans"] = plans.map(base.listItem)
        context["hasPlans"] = !plans.isEmpty
        context["factsheets"] = factsheets.map(base.listItem)
        context["hasFactsheets"] = !factsheets.isEmpty
        context["vision"] = vision.map(base.listItem) ?? [:]
        context["hasVision"] = vision != nil
        if let indicators = graph.indicators, let list = IndicatorView(base: base, indicators: indicators).list(for: municipality, in: region) {
            context["indicators"] = list
            context["hasIndicators"] = true
        }
        let figures = figures(base, region: region, municipality: municipality)
        context["figures"] = figures
        context["hasFigures"] = !figures.isEmpty
        // Columns of dashes only would promise a comparison the region's factsheets cannot give.
        context["hasRegionColumns"] = figures.contains { $0["hasComparison"] as? Bool == true }
        return context
    }

    /// Every figure about the municipality, from any factsheet of its region: a sheet about the
    /// municipality as a whole, or one figure of a regional sheet that names it. Each is shown next to
    /// the region: the average and range of the same figure (label, unit, year) over its municipalities.
    private static func figures(_ base: PageContext, region: Region, municipality: Municipality) -> [[String: Any]] {
        let sheets = base.graph.regionalFactsheets(of: region.slug)
        let comparison = RegionComparison(sheets: sheets)
        return sheets.flatMap { sheet -> [[String: Any]] in
            guard case let .factsheet(details) = sheet.details else { return [] }
            return details.figures.filter { ($0.municipality ?? details.municipality) == municipality.code }.map { figure in
                let peers = comparison.values(for: figure), language = base.graph.settings.language
                var row: [String: Any] = [
                    "label": figure.label, "value": figure.value.written(in: language), "unit": figure.unit ?? "", "hasUnit": figure.unit != nil,
                    "year": String(figure.year), "note": figure.note ?? "", "hasNote": figure.note != nil,
                    "sheetTitle": sheet.metadata.title, "sheetURL": base.url(base.page(of: sheet)),
                ]
                if peers.count >= 2 {
                    row["average"] = FigureValue.written(peers.reduce(0, +) / Double(peers.count), in: language)
                    row["range"] = "\(FigureValue.written(peers.min()!, in: language))–\(FigureValue.written(peers.max()!, in: language))"
                    row["peerCount"] = String(peers.count)
                }
                row["hasComparison"] = peers.count >= 2
                return row
            }
        }
    }
}

/// The same figure for every municipality of a region, to set one municipality's value beside.
struct RegionComparison {
    private var values: [String: [Double]] = [:]

    init(sheets: [Document]) {
        for sheet in sheets {
            guard case let .factsheet(details) = sheet.details else { continue }
            for figure in details.figures where (figure.municipality ?? details.municipality) != nil {
                values[Self.key(figure), default: []].append(figure.value.value)
            }
        }
    }

    func values(for figure: Figure) -> [Double] {
        values[Self.key(figure)] ?? []
    }

    private static func key(_ figure: Figure) -> String {
        [figure.label, figure.unit ?? "", String(figure.year)].joined(separator: "\u{1F}")
    }
}
