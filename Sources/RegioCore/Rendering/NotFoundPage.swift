/// The page a host shows for an address that does not exist. Hosts serve it at the missing address,
/// so relative links only hold at the root; with a base URL its links start at the host's root
/// (`/huiselijk-geweld/…`) and hold anywhere on the site, whatever host name the visitor used.
enum NotFoundPage {
    static func context(_ base: PageContext) -> [String: Any] {
        var context = base.layout(title: base.text("niet_gevonden"), description: nil, breadcrumbs: [])
        context["heading"] = base.text("niet_gevonden")
        context["homeURL"] = base.rootedURL(base.home) ?? base.url(base.home)
        context["searchURL"] = base.rootedURL(base.siteMap.search(inRegion: base.region)) ?? base.url(base.siteMap.search(inRegion: base.region))
        if let stylesheet = base.rootedURL(base.siteMap.asset("regio.css", inRegion: base.region)) {
            context["stylesheet"] = stylesheet
        }
        if let icon = base.rootedURL(base.siteMap.asset("favicon.svg", inRegion: base.region)) {
            context["icon"] = icon
        }
        context["hasCanonical"] = false
        context["hasFeed"] = false
        return context
    }
}
