/// The search page of the site or of one region. It works without a server: the index is a set of
/// scripts beside it (see `Search/`), loaded by `assets/zoeken.js` only when someone searches.
/// Without JavaScript the page says so and links to the lists that lead to every document.
enum SearchPage {
    static func context(_ base: PageContext, region: Region?) -> [String: Any] {
        let title = region.map { "\(base.text("zoeken")): \($0.name)" } ?? base.text("zoeken")
        var context = base.layout(title: title, description: nil, breadcrumbs: region.map(base.regionCrumbs) ?? [(base.text("portaal"), SiteMap.portal)])
        let indexFile = base.url(base.siteMap.searchIndexFile("index.js", inRegion: region?.slug))
        context["isSearchPage"] = true
        context["heading"] = title
        context["label"] = base.text(region == nil ? "zoeken_alles" : "zoeken_regio")
        context["indexURL"] = String(indexFile.dropLast("index.js".count))
        context["scriptURL"] = base.url(base.siteMap.asset("zoeken.js", inRegion: region?.slug))
        context["actionURL"] = base.url(base.page)
        var lists: [(String, OutputPath)] = if let region {
            [(region.name, base.siteMap.regionIndex(region.slug))]
        } else {
            base.graph.regions.map { ($0.name, base.siteMap.regionIndex($0.slug)) }
        }
        if !(base.graph.checklist?.topics.isEmpty ?? true) {
            lists.append((base.text("themas"), base.siteMap.themeIndex(inRegion: region?.slug)))
        }
        context["lists"] = lists.filter { base.canLink($0.1) }.map { ["title": $0.0, "url": base.url($0.1)] }
        return context
    }
}
