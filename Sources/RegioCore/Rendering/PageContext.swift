/// What every page template gets: the layout's values. Templates see dictionaries only, so that
/// a communications officer can read a template without knowing Swift types.
struct PageContext {
    let graph: SiteGraph
    let siteMap: SiteMap
    let strings: [String: String]
    /// The page being built; every URL is made relative to it.
    let page: OutputPath
    /// The region whose folder the page is in (nil for pages at the root).
    let region: Slug?

    func url(_ target: OutputPath) -> String {
        page.url(to: target)
    }

    func text(_ key: String) -> String {
        strings[key] ?? key
    }

    /// The layout's values; `pageTitle` and `main` content are added by each page.
    func layout(title: String, description: String?, breadcrumbs: [(String, OutputPath)]) -> [String: Any] {
        [
            "lang": graph.settings.language.rawValue,
            "siteTitle": graph.settings.title,
            "pageTitle": title,
            "description": description ?? "",
            "hasDescription": description != nil,
            "stylesheet": url(siteMap.asset("regio.css", inRegion: region)),
            "portalURL": url(SiteMap.portal),
            "breadcrumbs": breadcrumbs.map { ["title": $0.0, "url": url($0.1)] },
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
            "t": strings,
        ]
    }

    /// A document as an item in a list: title, link, type and the facts a reader scans for.
    func item(_ document: Document) -> [String: Any] {
        [
            "title": document.metadata.title,
            "url": url(siteMap.page(of: document.path, inRegion: region ?? document.placement.region)),
            "type": text("type_\(document.metadata.type.rawValue)"),
            "status": text("status_\(document.metadata.status.rawValue)"),
            "statusCode": document.metadata.status.rawValue,
            "period": document.period?.description ?? "",
            "hasPeriod": document.period != nil,
            "summary": document.metadata.summary ?? "",
            "hasSummary": document.metadata.summary != nil,
            "adoptedOn": document.metadata.adoptedOn.map(date) ?? "",
            "hasAdoptedOn": document.metadata.adoptedOn != nil,
        ]
    }

    /// `16 maart 2023`, with month names from the theme's strings.
    func date(_ date: DayDate) -> String {
        "\(date.day) \(text("maand_\(date.month)")) \(date.year)"
    }

    func regionCrumbs(_ region: Region) -> [(String, OutputPath)] {
        [(text("portaal"), SiteMap.portal), (region.name, siteMap.regionIndex(region.slug))]
    }
}
