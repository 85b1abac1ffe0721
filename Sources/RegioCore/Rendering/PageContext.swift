/// What every page template gets: the layout's values. Templates see dictionaries only, so that
/// a communications officer can read a template without knowing Swift types.
struct PageContext {
    let graph: SiteGraph
    let siteMap: SiteMap
    let strings: [String: String]
    /// The same strings as templates get them under `t`.
    let templateStrings: TemplateNode
    /// The page being built; every URL is made relative to it.
    let page: OutputPath
    /// The region whose folder the page is in (nil for pages at the root).
    let region: Slug?
    /// Documents' entries in lists, drawn once for every page that shows them.
    let entries: ListEntries

    func url(_ target: OutputPath) -> String {
        page.url(to: target)
    }

    /// Whether a link from this page to `target` stays inside what the build writes.
    func canLink(_ target: OutputPath) -> Bool {
        siteMap.isPublished(target)
    }

    func text(_ key: String) -> String {
        strings[key] ?? key
    }

    /// Where the site title leads: the portal, or a standalone region's own front page.
    var home: OutputPath {
        siteMap.hasPortal ? SiteMap.portal : region.map(siteMap.regionIndex) ?? SiteMap.portal
    }

    /// The absolute address of a page, when the site has a base URL.
    func absoluteURL(_ target: OutputPath) -> String? {
        graph.settings.baseURL.map { $0.description + siteMap.published(target).description }
    }

    /// The address of a page from the host's root (`/huiselijk-geweld/assets/regio.css`), when the
    /// site has a base URL: right on whatever host and scheme the visitor came by (www or not, http
    /// or https, a test server), which the page's Content-Security-Policy (`'self'`) allows.
    func rootedURL(_ target: OutputPath) -> String? {
        graph.settings.baseURL.map { $0.path + siteMap.published(target).description }
    }

    /// The layout's values; `pageTitle` and `main` content are added by each page.
    /// Breadcrumbs to pages this build does not write (the portal of a standalone region) are left out.
    func layout(title: String, description: String?, breadcrumbs: [(String, OutputPath)]) -> [String: Any] {
        let crumbs = breadcrumbs.filter { canLink($0.1) }
        var layout: [String: Any] = [
            "lang": graph.settings.language.rawValue,
            "siteTitle": graph.settings.title,
            "pageTitle": title,
            // The home page's title is the site's: once, not "Beleid … · Beleid …".
            "windowTitle": title == graph.settings.title ? title : "\(title) · \(graph.settings.title)",
            "description": description ?? "",
            "hasDescription": description != nil,
            "stylesheet": url(siteMap.asset("regio.css", inRegion: region)),
            "icon": url(siteMap.asset("favicon.svg", inRegion: region)),
            "homeURL": url(home),
            "searchURL": url(siteMap.search(inRegion: region)),
            "searchLabel": text(region == nil ? "zoeken_alles" : "zoeken_regio"),
            "breadcrumbs": crumbs.map { ["title": $0.0, "url": url($0.1)] },
            "hasBreadcrumbs": !crumbs.isEmpty,
            "t": templateStrings,
        ]
        if let canonical = absoluteURL(page) {
            layout["canonical"] = canonical
            layout["hasCanonical"] = true
        }
        if let region {
            layout["feedURL"] = url(siteMap.feed(region))
            layout["hasFeed"] = true
        }
        return layout
    }

    /// A document as an item in a list: title, link, type and the facts a reader scans for.
    func item(_ document: Document) -> [String: Any] {
        [
            "title": document.metadata.title,
            "url": url(page(of: document)),
            "type": text("type_\(document.metadata.type.rawValue)"),
            "status": text("status_\(document.metadata.status.rawValue)"),
            "statusCode": document.metadata.status.rawValue,
            "hasStatus": document.metadata.status != .vastgesteld,
            "period": document.period?.description ?? "",
            "hasPeriod": document.period != nil,
            "summary": document.metadata.summary ?? "",
            "hasSummary": document.metadata.summary != nil,
            "adoptedOn": document.metadata.adoptedOn.map(date) ?? "",
            "hasAdoptedOn": document.metadata.adoptedOn != nil,
        ]
    }

    /// `item`, with the document's entry as the theme draws it (`{{{entry}}}`), which also says how the
    /// document fares in the checklist: a reader sees which duties a plan covers from the list.
    func listItem(_ document: Document) -> [String: Any] {
        var fields = item(document).merging(checklistSummary(of: document)) { $1 }
        fields["entry"] = entries.entry(of: document.path, item: fields)
        return fields
    }

    /// "12 van 14 eisen gedekt, 2 ontbreken" for a document the checklist judged; empty values otherwise.
    func checklistSummary(of document: Document) -> [String: Any] {
        let summary = entries.checklistSummary(of: document.path) {
            guard let checklist = graph.checklist, let results = graph.coverage[document.path]?.results, !results.isEmpty else { return "" }
            return ChecklistView(base: self, checklist: checklist).summary(results)
        }
        return ["checklistSummary": summary, "hasChecklistSummary": !summary.isEmpty]
    }

    /// A document in a long list: its title, link and type, and its status unless it is adopted.
    func titleItem(_ document: Document) -> [String: Any] {
        let status = document.metadata.status
        return ["title": document.metadata.title, "url": url(page(of: document)), "type": text("type_\(document.metadata.type.rawValue)"),
                "hasStatus": status != .vastgesteld, "status": text("status_\(status.rawValue)"), "statusCode": status.rawValue]
    }

    /// `16 maart 2023`, with month names from the theme's strings.
    func date(_ date: DayDate) -> String {
        "\(date.day) \(text("maand_\(date.month)")) \(date.year)"
    }

    /// The page of a document as linked from this page: the region's own copy of a national document.
    func page(of document: Document) -> OutputPath {
        siteMap.page(of: document.path, inRegion: region ?? document.placement.region)
    }

    func regionCrumbs(_ region: Region) -> [(String, OutputPath)] {
        [(text("portaal"), SiteMap.portal), (region.name, siteMap.regionIndex(region.slug))]
    }
}
