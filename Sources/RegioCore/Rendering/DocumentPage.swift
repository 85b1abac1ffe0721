import RegioMarkdown

/// One document: its text with a table of contents, its metadata, its figures, its references and versions.
enum DocumentPage {
    static func context(_ base: PageContext, document: Document, body: RenderedBody) -> [String: Any] {
        let graph = base.graph
        let region = document.placement.region.flatMap(graph.region) ?? base.region.flatMap(graph.region)
        var crumbs: [(String, OutputPath)] = region.map(base.regionCrumbs) ?? [(base.text("portaal"), SiteMap.portal)]
        if case let .municipality(regionSlug, municipalitySlug) = document.placement,
           let municipality = region?.municipality(named: municipalitySlug.value) {
            crumbs.append((municipality.displayName, base.siteMap.municipalityIndex(regionSlug, municipality.slug)))
        }
        var context = base.layout(title: document.metadata.title, description: document.metadata.summary, breadcrumbs: crumbs)
        // A national document's copy in a region names the root page as the original, so search
        // engines count one page, not one per region. A standalone region has no root page.
        let original = base.siteMap.page(of: document.path, inRegion: nil)
        if document.placement == .national, base.region != nil, base.siteMap.isPublished(original), let canonical = base.absoluteURL(original) {
            context["canonical"] = canonical
        }
        context["document"] = base.item(document)
        context["isConcept"] = document.metadata.status == .concept
        if let earlier = earlierVision(base, plan: document) {
            context["earlierVision"] = earlier
            context["hasEarlierVision"] = true
        }
        if let ended = endedPlan(base, plan: document) {
            context["endedBanner"] = ended
            context["hasEndedBanner"] = true
        }
        context["facts"] = facts(base, document: document, region: region)
        context["body"] = body.html
        var toc = tableOfContents(body.headings)
        var entries = body.headings.filter { $0.level <= 3 }.count
        // A factsheet's figures come first, before its text: the contents start there.
        if case let .factsheet(details) = document.details, !details.figures.isEmpty {
            toc.insert(["id": TemplateIDs.figures, "text": base.text("cijfers"), "hasSections": false, "sections": [] as [Any]], at: 0)
            entries += 1
        }
        context["toc"] = toc
        context["hasToc"] = entries > 1
        if case let .factsheet(details) = document.details {
            // Paper cannot follow a link: each source with an address gets a number in the table and
            // its address in a list under it, which only print shows (the cells stay narrow).
            let printed = PrintedSources(details.figures.map { $0.source ?? details.source })
            context["figures"] = details.figures.map { figure(base, $0, sheet: details, region: region, printed: printed) }
            context["printedSources"] = printed.sources.enumerated().map { ["number": String($0.offset + 1), "name": $0.element.name, "url": $0.element.url ?? ""] }
            context["hasPrintedSources"] = !printed.sources.isEmpty
            context["hasFigures"] = !details.figures.isEmpty
            let charts = Chart.charts(for: details, in: base.graph.settings.language) { code in region?.municipality(code: code)?.displayName ?? code.value }
            context["charts"] = charts.map { chart in
                ["svg": chart.svg(), "title": chart.title,
                 "gap": chart.missingYears ?? "", "hasGap": chart.missingYears != nil] as [String: Any]
            }
            context["source"] = source(details.source)
        }
        if let indicators = graph.indicators, var list = IndicatorView(base: base, indicators: indicators).list(ofPlan: document) {
            // The region's matrix sets the plan beside the other municipalities.
            if let slug = document.placement.region, base.canLink(base.siteMap.regionIndex(slug)) {
                list["regionURL"] = base.url(base.siteMap.regionIndex(slug)) + "#indicatoren"
                list["regionName"] = region?.name ?? slug.value
                list["hasRegion"] = true
            }
            context["indicators"] = list
            context["hasIndicators"] = true
        }
        if let checklist = graph.checklist, let coverage = graph.coverage[document.path], !coverage.results.isEmpty {
            let view = ChecklistView(base: base, checklist: checklist)
            let reason = base.text(document.metadata.status == .concept ? "toetsing_peildatum" : "toetsing_vaststelling")
            context["checklist"] = [
                "items": coverage.results.map(view.item),
                "summary": view.summary(coverage.results),
                "judgedOn": base.date(coverage.judgedOn),
                "judgedBecause": reason,
                "matrixURL": document.placement.region.map { base.url(base.siteMap.regionChecklist($0)) } ?? "",
                "hasMatrix": document.placement.region != nil,
            ] as [String: Any]
            context["hasChecklist"] = true
        }
        // A standalone region leaves out references to and from other regions: it has no pages for them.
        // A region's copy of a national factsheet lists the region's own references only: the root copy
        // lists them all (at 10,000 documents, every copy listing every plan made the site ten times larger).
        let isRegionCopy = document.placement == .national && base.region != nil
        let linked = { (paths: [ContentPath]) in
            paths.compactMap { graph.documents[$0] }
                .filter { !isRegionCopy || $0.placement.region == base.region || $0.placement == .national }
                .filter { base.canLink(base.page(of: $0)) }.map(base.item)
        }
        let outgoing = linked(graph.outgoing[document.path] ?? [])
        let incoming = linked(isRegionCopy ? base.region.map { graph.incoming(to: document.path, from: $0) } ?? [] : graph.incoming[document.path] ?? [])
        // Themes link to their pages when the checklist knows them (theme pages come from its list).
        context["themes"] = document.metadata.themes.map { theme -> [String: Any] in
            guard let topic = graph.checklist?.topic(theme.value) else { return ["name": theme.value, "hasURL": false] }
            return ["name": topic.name, "url": base.url(base.siteMap.theme(topic.id, inRegion: base.region)), "hasURL": true]
        }
        context["hasThemes"] = !document.metadata.themes.isEmpty
        if let history = graph.history(of: document), !history.changes.isEmpty {
            let showAuthors = graph.settings.showAuthors, showMessages = graph.settings.showChangeMessages
            context["changes"] = history.changes.map { change -> [String: Any] in
                ["date": base.date(change.date), "message": change.message, "hasMessage": showMessages, "author": change.author, "hasAuthor": showAuthors]
            }
            context["hasChanges"] = true
            if graph.lastChanges[document.file] != nil {
                context["lastChangeURL"] = base.url(base.siteMap.lastChange(of: base.page))
                context["lastChangeLink"] = base.text(graph.adoptedVersion(of: document) == nil ? "laatste_wijziging_link" : "sinds_vaststelling_link")
                context["hasLastChange"] = true
            }
        }
        context["refersTo"] = outgoing
        context["hasRefersTo"] = !outgoing.isEmpty
        context["referredBy"] = incoming
        context["hasReferredBy"] = !incoming.isEmpty
        if document.metadata.type == .regiovisie, let slug = document.placement.region {
            let versions = graph.visions(of: slug)
            context["versions"] = versions.map { version -> [String: Any] in
                var item = base.item(version)
                item["isThis"] = version.path == document.path
                return item
            }
            context["hasVersions"] = versions.count > 1
            // Visions are newest first: the one before this in the list is the newer version.
            if let index = versions.firstIndex(where: { $0.path == document.path }) {
                if index > 0 { context["newerVersion"] = base.item(versions[index - 1]); context["hasNewerVersion"] = true }
                if let banner = newerVersionBanner(base, of: document, newer: versions[..<index], region: slug) {
                    context["newerBanner"] = banner
                    context["hasNewerBanner"] = true
                }
                if index + 1 < versions.count {
                    context["olderVersion"] = base.item(versions[index + 1])
                    context["hasOlderVersion"] = true
                    context["comparisonURL"] = base.url(base.siteMap.comparison(of: document.path, inRegion: slug))
                }
            }
        }
        return context
    }

    /// Level-2 headings with their level-3 headings nested, so the numbers of the list follow the
    /// chapters; a level-3 heading before any chapter stands on its own.
    private static func tableOfContents(_ headings: [DocumentHeading]) -> [[String: Any]] {
        var chapters: [(heading: DocumentHeading, sections: [DocumentHeading])] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !chapters.isEmpty {
                chapters[chapters.count - 1].sections.append(heading)
            } else {
                chapters.append((heading, []))
            }
        }
        return chapters.map { chapter in
            [
                "id": chapter.heading.id, "text": chapter.heading.text, "hasSections": !chapter.sections.isEmpty,
                "sections": chapter.sections.map { ["id": $0.id, "text": $0.text] },
            ]
        }
    }

    /// The metadata as label–value pairs, in the order a reader asks for them; the region, the
    /// municipality and a plan's regiovisie link to their pages.
    private static func facts(_ base: PageContext, document: Document, region: Region?) -> [[String: Any]] {
        var links: [String: OutputPath] = [:]
        var facts: [(String, String)] = [
            ("feit_type", base.text("type_\(document.metadata.type.rawValue)")),
            ("feit_status", base.text("status_\(document.metadata.status.rawValue)")),
        ]
        if let date = document.metadata.adoptedOn { facts.append(("feit_vastgesteld_op", base.date(date))) }
        if let version = document.metadata.version { facts.append(("feit_versie", version)) }
        if let history = base.graph.history(of: document), let added = history.added, let changed = history.lastChanged {
            facts.append(("feit_toegevoegd", base.date(added)))
            if changed != added || history.changes.count > 1 { facts.append(("feit_gewijzigd", base.date(changed))) }
            // The text on the page is not the text adopted: said beside the adoption date, with what changed.
            if base.graph.adoptedVersion(of: document) != nil {
                facts.append(("feit_gewijzigd_na_vaststelling", base.date(changed)))
                links["feit_gewijzigd_na_vaststelling"] = base.siteMap.lastChange(of: base.page)
            }
        }
        if let period = document.period { facts.append(("feit_periode", period.description)) }
        if let region {
            facts.append(("feit_regio", region.name))
            links["feit_regio"] = base.siteMap.regionIndex(region.slug)
        }
        switch document.details {
        case let .beleidsplan(details):
            facts.append(("feit_soort", base.text("soort_\(details.kind.rawValue)")))
            if case let .municipality(regionSlug, slug) = document.placement, let municipality = region?.municipality(named: slug.value) {
                facts.append(("feit_gemeente", "\(municipality.displayName) (\(municipality.code))"))
                links["feit_gemeente"] = base.siteMap.municipalityIndex(regionSlug, municipality.slug)
            }
            if let vision = base.graph.documents[details.regiovisie.target] {
                let status = vision.metadata.status == .vastgesteld ? "" : " (\(base.text("status_\(vision.metadata.status.rawValue)")))"
                facts.append(("feit_regiovisie", vision.metadata.title + status))
                links["feit_regiovisie"] = base.page(of: vision)
            }
        case let .factsheet(details):
            facts.append(("feit_schaal", base.text("schaal_\(details.scale.rawValue)")))
            if let code = details.municipality {
                facts.append(("feit_gemeente", region?.municipality(code: code).map { "\($0.displayName) (\(code))" } ?? code.value))
            }
            if let year = details.referenceYear { facts.append(("feit_peiljaar", String(year))) }
        case .regiovisie:
            break
        }
        if !document.metadata.keywords.isEmpty { facts.append(("feit_trefwoorden", document.metadata.keywords.joined(separator: ", "))) }
        return facts.map { key, value in
            let link = links[key].flatMap { base.canLink($0) ? base.url($0) : nil }
            return ["label": base.text(key), "value": value, "url": link ?? "", "hasURL": link != nil]
        }
    }

    /// What a reader of an older version should know of the newer ones (`newer`, newest first): the
    /// version in force when it is newer, else the nearest newer one that was adopted. A concept is no
    /// version in force: when only concepts are newer, the banner says one is being prepared. The
    /// version in force whose successor is adopted but has not begun still applies, and says until when.
    private static func newerVersionBanner(_ base: PageContext, of document: Document, newer: ArraySlice<Document>, region: Slug) -> [String: Any]? {
        let inForce = base.graph.currentVision(of: region)
        if inForce?.path == document.path, let to = document.period?.to, let successor = newer.last(where: { $0.metadata.status != .concept }) {
            let text = base.text("geldt_tot_en_met_banner") + " \(to). " + base.text("opvolger_vastgesteld_banner")
            return base.item(successor).merging(["text": text]) { $1 }
        }
        let current = inForce.flatMap { current in newer.contains { $0.path == current.path } ? current : nil }
        if let replacement = current ?? newer.last(where: { $0.metadata.status != .concept }) {
            return base.item(replacement).merging(["text": base.text("nieuwere_versie_banner")]) { $1 }
        }
        return newer.last.map { base.item($0).merging(["text": base.text("concept_versie_banner")]) { $1 } }
    }

    /// A plan under a regiovisie that is not in force, while another one is: the reader should not
    /// take the current vision, shown on the municipality's page, for the one this plan works out.
    /// The plan's vision is an earlier one, or one still to come (a plan written ahead of it).
    private static func earlierVision(_ base: PageContext, plan: Document) -> [String: Any]? {
        guard case let .beleidsplan(details) = plan.details, plan.metadata.status != .vervallen,
              let vision = base.graph.documents[details.regiovisie.target], !vision.isInForce(on: base.graph.today),
              let region = vision.placement.region, let current = base.graph.currentVision(of: region), current.path != vision.path,
              base.canLink(base.page(of: vision)), base.canLink(base.page(of: current)) else { return nil }
        let isComing = (vision.period?.from ?? .min) > base.graph.today.year
        return ["vision": base.item(vision), "current": base.item(current), "isComing": isComing]
    }

    /// An adopted plan whose years are over: a reader who lands on it from a search should not take it
    /// for the municipality's policy now. Names the municipality's newest plan when there is one.
    private static func endedPlan(_ base: PageContext, plan: Document) -> [String: Any]? {
        guard case .beleidsplan = plan.details, plan.metadata.status == .vastgesteld, let to = plan.period?.to, to < base.graph.today.year,
              case let .municipality(region, municipality) = plan.placement else { return nil }
        // The newest plan that runs past this one: a yearly uitvoeringsplan ends inside a beleidsplan that goes on.
        let newest = base.graph.plans(of: region, municipality: municipality)
            .first { $0.path != plan.path && ($0.period?.to ?? .min) > to && base.canLink(base.page(of: $0)) }
        let text = base.text("plan_verlopen_banner") + " \(to). " + base.text(newest == nil ? "plan_geen_nieuwer" : "plan_nieuwer")
        return ["text": text, "newer": newest.map(base.item) ?? [:], "hasNewer": newest != nil]
    }

    private static func figure(_ base: PageContext, _ figure: Figure, sheet: FactsheetDetails, region: Region?, printed: PrintedSources) -> [String: Any] {
        // "Huisverboden in Den Haag (Den Haag)" says it twice: a label that names the municipality needs no suffix.
        let municipality = figure.municipality.map { code in region?.municipality(code: code)?.displayName ?? code.value }
            .flatMap { name in TextFolding.fold(figure.label).contains(TextFolding.fold(name)) ? nil : name }
        return [
            "rowID": figure.id.map(Figure.anchor) ?? "",
            "hasRowID": figure.id != nil,
            "label": figure.label,
            "value": figure.value.written(in: base.graph.settings.language),
            "unit": figure.unit ?? "",
            "hasUnit": figure.unit != nil,
            "year": String(figure.year),
            "municipality": municipality ?? "",
            "hasMunicipality": municipality != nil,
            "note": figure.note ?? "",
            "hasNote": figure.note != nil,
            "source": source(figure.source ?? sheet.source).merging(["number": printed.number(of: figure.source ?? sheet.source).map(String.init) ?? ""]) { $1 },
        ]
    }

    private static func source(_ source: Source) -> [String: Any] {
        ["name": source.name, "url": source.url ?? "", "hasURL": source.url != nil]
    }
}
