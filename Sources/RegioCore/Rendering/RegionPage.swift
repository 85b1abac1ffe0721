/// A region: its current vision, earlier versions, municipalities with their plans, and factsheets.
enum RegionPage {
    static func context(_ base: PageContext, region: Region) -> [String: Any] {
        let graph = base.graph
        var context = base.layout(title: region.name, description: region.description, breadcrumbs: [(base.text("portaal"), SiteMap.portal)])
        let current = graph.currentVision(of: region.slug)
        let others = graph.visions(of: region.slug).filter { $0.path != current?.path }
        // A version whose period has not begun follows the current one, adopted or not: it is no earlier version.
        let later = others.filter { ($0.period?.from ?? 0) > graph.today.year }
        let earlier = others.filter { ($0.period?.from ?? 0) <= graph.today.year }
        context["region"] = [
            "name": region.name,
            "description": region.description ?? "",
            "hasDescription": region.description != nil,
            "basis": region.basis.map(LinkedText.html) ?? "",
            "hasBasis": region.basis != nil,
            "veiligThuis": region.veiligThuisRegion ?? "",
            "hasVeiligThuis": region.veiligThuisRegion != nil,
            "centralMunicipalities": region.municipalities.filter(region.isCentral).map(\.displayName).joined(separator: ", "),
            "centralLabel": base.text(region.centralMunicipalities.count == 1 ? "centrumgemeente" : "centrumgemeenten"),
        ] as [String: Any]
        context["currentVision"] = current.map(base.listItem) ?? [:]
        context["hasCurrentVision"] = current != nil
        context["earlierVisions"] = earlier.map(base.listItem)
        context["hasEarlierVisions"] = !earlier.isEmpty
        context["laterVisions"] = later.reversed().map(base.listItem)
        context["hasLaterVisions"] = !later.isEmpty
        context["earlierVisionsLabel"] = base.text(current == nil && later.isEmpty ? "versies_regiovisie" : "eerdere_versies")
        context["noCurrentVision"] = base.text(others.isEmpty ? "geen_regiovisie" : "geen_geldende_regiovisie") + (others.isEmpty ? "" : " \(base.date(graph.today)).")
        // The versions oldest first, each with what changed since the one before.
        let versions = Array(graph.visions(of: region.slug).reversed())
        context["timeline"] = versions.enumerated().map { index, version -> [String: Any] in
            var item = base.item(version)
            item["isCurrent"] = version.path == current?.path
            item["hasComparison"] = index > 0
            item["comparisonURL"] = base.url(base.siteMap.comparison(of: version.path, inRegion: region.slug))
            return item
        }
        context["hasTimeline"] = versions.count > 1
        context["hasChecklist"] = graph.checklist != nil
        context["checklistURL"] = base.url(base.siteMap.regionChecklist(region.slug))
        context["hasThemes"] = !(graph.checklist?.topics.isEmpty ?? true)
        context["themesURL"] = base.url(base.siteMap.themeIndex(inRegion: region.slug))
        context["municipalities"] = region.municipalities.sorted { $0.displayName < $1.displayName }.map { municipality -> [String: Any] in
            let plans = graph.plans(of: region.slug, municipality: municipality.slug)
            return [
                "name": municipality.displayName,
                "code": municipality.code.value,
                "url": base.url(base.siteMap.municipalityIndex(region.slug, municipality.slug)),
                "isCentral": region.isCentral(municipality),
                "plans": plans.map { base.item($0).merging(base.checklistSummary(of: $0)) { $1 } },
                "hasPlans": !plans.isEmpty,
            ]
        }
        if let indicators = graph.indicators, !indicators.indicators.isEmpty {
            context["indicators"] = IndicatorView(base: base, indicators: indicators).matrix(region)
            context["hasIndicators"] = true
        }
        let factsheets = graph.regionalFactsheets(of: region.slug) + graph.nationalFactsheets
        context["factsheets"] = factsheets.map(base.listItem)
        context["hasFactsheets"] = !factsheets.isEmpty
        return context
    }
}
