/// The root page: every region, and the national factsheets.
enum PortalPage {
    static func context(_ base: PageContext) -> [String: Any] {
        let graph = base.graph
        var context = base.layout(title: graph.settings.title, description: graph.settings.description, breadcrumbs: [])
        context["isPortal"] = true
        context["regions"] = graph.regions.map { region -> [String: Any] in
            let vision = graph.currentVision(of: region.slug)
            return [
                "name": region.name,
                "url": base.url(base.siteMap.regionIndex(region.slug)),
                "centralMunicipalities": region.municipalities.filter(region.isCentral).map(\.displayName).joined(separator: ", "),
                "centralLabel": base.text(region.centralMunicipalities.count == 1 ? "centrumgemeente" : "centrumgemeenten"),
                "municipalityCount": region.municipalities.count,
                "vision": vision.map(base.item) ?? [:],
                "hasVision": vision != nil,
            ]
        }
        context["hasChecklist"] = graph.checklist != nil
        context["checklistURL"] = base.url(SiteMap.portalChecklist)
        let topics = graph.checklist?.topics ?? []
        context["themes"] = topics.map { ["name": $0.name, "url": base.url(base.siteMap.theme($0.id, inRegion: nil))] }
        context["hasThemes"] = !topics.isEmpty
        context["nationalFactsheets"] = graph.nationalFactsheets.map(base.listItem)
        context["hasNationalFactsheets"] = !graph.nationalFactsheets.isEmpty
        return context
    }
}
