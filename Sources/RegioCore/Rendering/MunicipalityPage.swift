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
        return context
    }
}
