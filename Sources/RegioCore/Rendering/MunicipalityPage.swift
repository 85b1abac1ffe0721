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
    /// the region: the average and range of the same figure (label, unit, year) over its municipalities,
    /// with how many of the region's municipalities that is. A figure from a concept says so, and so
    /// does an average that a concept's figure is part of.
    private static func figures(_ base: PageContext, region: Region, municipality: Municipality) -> [[String: Any]] {
        let sheets = base.graph.regionalFactsheets(of: region.slug)
        let comparison = RegionComparison(sheets: sheets)
        return sheets.flatMap { sheet -> [[String: Any]] in
            guard case let .factsheet(details) = sheet.details else { return [] }
            return details.figures.filter { details.municipality(of: $0) == municipality.code }.map { figure in
                let peers = comparison.peers(of: figure), values = peers.values, language = base.graph.settings.language
                var row: [String: Any] = [
                    "label": figure.label, "value": figure.value.written(in: language), "unit": figure.unit ?? "", "hasUnit": figure.unit != nil,
                    "year": String(figure.year), "note": figure.note ?? "", "hasNote": figure.note != nil,
                    "sheetTitle": sheet.metadata.title, "sheetURL": base.url(base.page(of: sheet)),
                    "sheetIsConcept": sheet.metadata.status == .concept,
                ]
                if values.count >= 2 {
                    row["average"] = FigureValue.written(values.reduce(0, +) / Double(values.count), in: language)
                    row["range"] = "\(FigureValue.written(values.min()!, in: language))–\(FigureValue.written(values.max()!, in: language))"
                    row["peerCount"] = String(values.count)
                    row["memberCount"] = String(region.municipalities.count)
                    // "2 van de 16 gemeenten": an average of two is no average of the region.
                    row["isPartial"] = values.count < region.municipalities.count
                    row["hasConceptPeers"] = peers.includesConcept
                }
                row["hasComparison"] = values.count >= 2
                return row
            }
        }
    }
}
