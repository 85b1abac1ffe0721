/// The checklist matrices (DESIGN §3): per region documents × requirements, and for the portal
/// regions × requirements. Requirements are rows, so that the long titles read well on a phone
/// and only the short column headings scroll sideways.
enum ChecklistPage {
    static func region(_ base: PageContext, region: Region, checklist: Checklist) -> [String: Any] {
        let graph = base.graph
        let view = ChecklistView(base: base, checklist: checklist)
        let title = "\(base.text("toetsing_titel")): \(region.name)"
        var context = base.layout(title: title, description: nil, breadcrumbs: base.regionCrumbs(region))
        let documents = graph.visions(of: region.slug).reversed() + region.municipalities.sorted { $0.displayName < $1.displayName }
            .flatMap { graph.plans(of: region.slug, municipality: $0.slug).reversed() }
        let assessed = documents.filter { graph.coverage[$0.path].map { !$0.results.isEmpty } ?? false }
        context["heading"] = title
        context["intro"] = base.text("toetsing_regio_uitleg")
        context["columns"] = assessed.map { document -> [String: Any] in
            ["label": shortLabel(document, region: region, base: base), "url": base.url(base.siteMap.page(of: document.path, inRegion: region.slug))]
        }
        context["rows"] = checklist.requirementIDs.compactMap { id -> [String: Any]? in
            let cells = assessed.map { graph.coverage[$0.path]?.result(for: id) }
            guard let requirement = cells.compactMap({ $0?.requirement }).first else { return nil }
            var row = view.requirement(requirement)
            row["cells"] = cells.map { view.status($0) }
            return row
        }
        context["hasColumns"] = !assessed.isEmpty
        context["frameworks"] = view.frameworks
        context["columnHeader"] = base.text("toetsing_eis")
        return context
    }

    static func portal(_ base: PageContext, checklist: Checklist) -> [String: Any] {
        let graph = base.graph
        let view = ChecklistView(base: base, checklist: checklist)
        let title = base.text("toetsing_titel")
        var context = base.layout(title: title, description: nil, breadcrumbs: [(base.text("portaal"), SiteMap.portal)])
        context["heading"] = title
        context["intro"] = base.text("toetsing_portaal_uitleg")
        let regions = graph.regions
        // Each region's vision and plans are looked up once, not once per requirement row.
        let documents = regions.map { region in
            let plansByMunicipality = region.municipalities.map { graph.plans(of: region.slug, municipality: $0.slug) }
            return (vision: graph.currentVision(of: region.slug), plans: plansByMunicipality.flatMap { $0 },
                    withoutPlan: plansByMunicipality.filter(\.isEmpty).count, municipalities: region.municipalities.count)
        }
        context["columns"] = regions.map { ["label": $0.name, "url": base.url(base.siteMap.regionChecklist($0.slug))] }
        context["rows"] = checklist.requirementIDs.compactMap { id -> [String: Any]? in
            guard let requirement = checklist.versions(of: id).last else { return nil }
            var row = view.requirement(requirement)
            row["cells"] = documents.map { region in
                var cell = cell(id, vision: region.vision, plans: region.plans, graph: graph, view: view, base: base)
                // "2 van 2 gedekt" read as the whole region when 7 of its 9 municipalities have no plan.
                if region.withoutPlan > 0, cell["hasDetail"] as? Bool == true, let detail = cell["detail"] as? String {
                    cell["detail"] = "\(detail); \(region.withoutPlan) \(base.text("toetsing_van")) \(region.municipalities) \(base.text("toetsing_gemeenten_zonder_plan"))"
                }
                return cell
            }
            return row
        }
        context["hasColumns"] = !regions.isEmpty
        context["frameworks"] = view.frameworks
        context["columnHeader"] = base.text("toetsing_eis")
        return context
    }

    /// A region's cell: how its current regiovisie fares, and how many of its plans meet the requirement.
    private static func cell(_ id: String, vision: Document?, plans: [Document], graph: SiteGraph, view: ChecklistView, base: PageContext) -> [String: Any] {
        var cell = view.status(vision.flatMap { graph.coverage[$0.path]?.result(for: id) })
        if vision == nil { cell["label"] = base.text("toetsing_status_geen") }
        let plans = plans.compactMap { graph.coverage[$0.path]?.result(for: id) }
        if !plans.isEmpty {
            let met = plans.filter(\.isMet).count
            let waived = plans.filter { if case .waived = $0.status { true } else { false } }.count
            cell["detail"] = "\(base.text("toetsing_plannen")): \(met) \(base.text("toetsing_van")) \(plans.count) \(base.text("toetsing_gedekt_klein"))"
                + (waived == 0 ? "" : ", \(waived) \(base.text(waived == 1 ? "toetsing_uitzondering" : "toetsing_uitzonderingen"))")
        }
        cell["hasDetail"] = !plans.isEmpty
        return cell
    }

    /// "Regiovisie 2023–2026", "Den Haag 2024–2027": short enough for a column heading.
    private static func shortLabel(_ document: Document, region: Region, base: PageContext) -> String {
        let period = document.period.map { " \($0)" } ?? ""
        if case let .municipality(_, slug) = document.placement, let municipality = region.municipality(named: slug.value) {
            return municipality.displayName + period
        }
        return base.text("type_\(document.metadata.type.rawValue)") + period
    }
}
