/// A municipality: its plans and the factsheets about it.
enum MunicipalityPage {
    static func context(_ base: PageContext, region: Region, municipality: Municipality) -> [String: Any] {
        let graph = base.graph
        var context = base.layout(title: municipality.name, description: nil, breadcrumbs: base.regionCrumbs(region))
        let plans = graph.plans(of: region.slug, municipality: municipality.slug)
        let factsheets = graph.factsheets(of: region.slug, municipality: municipality)
        let vision = graph.currentVision(of: region.slug)
        context["municipality"] = [
            "name": municipality.name,
            "code": municipality.code.value,
            "isCentral": region.isCentral(municipality),
            "regionName": region.name,
            "regionURL": base.url(base.siteMap.regionIndex(region.slug)),
        ] as [String: Any]
        context["plans"] = plans.map(base.item)
        context["hasPlans"] = !plans.isEmpty
        context["factsheets"] = factsheets.map(base.item)
        context["hasFactsheets"] = !factsheets.isEmpty
        context["vision"] = vision.map(base.item) ?? [:]
        context["hasVision"] = vision != nil
        let figures = figures(base, region: region, municipality: municipality)
        context["figures"] = figures
        context["hasFigures"] = !figures.isEmpty
        return context
    }

    /// Every figure about the municipality, from any factsheet of its region: a sheet about the
    /// municipality as a whole, or one figure of a regional sheet that names it.
    private static func figures(_ base: PageContext, region: Region, municipality: Municipality) -> [[String: Any]] {
        base.graph.regionalFactsheets(of: region.slug).flatMap { sheet -> [[String: Any]] in
            guard case let .factsheet(details) = sheet.details else { return [] }
            let concerning = details.municipality == municipality.code
                ? details.figures.filter { $0.municipality == nil || $0.municipality == municipality.code }
                : details.figures.filter { $0.municipality == municipality.code }
            return concerning.map { figure in
                [
                    "label": figure.label, "value": figure.value.dutch, "unit": figure.unit ?? "", "year": String(figure.year),
                    "sheetTitle": sheet.metadata.title, "sheetURL": base.url(base.page(of: sheet)),
                ]
            }
        }
    }
}
