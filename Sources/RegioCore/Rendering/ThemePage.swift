import Foundation

/// The themes of the checklist (`themas` in kaders.yaml) as a way in: per theme the documents that
/// name it, across all regions at the root and for one region in its folder.
enum ThemePage {
    static func index(_ base: PageContext, region: Region?) -> [String: Any] {
        let title = region.map { "\(base.text("themas")): \($0.name)" } ?? base.text("themas")
        var context = base.layout(title: title, description: nil, breadcrumbs: crumbs(base, region: region))
        let topics = base.graph.checklist?.topics ?? []
        context["heading"] = title
        context["intro"] = base.text(region == nil ? "themas_uitleg" : "themas_regio_uitleg")
        context["topics"] = topics.map { topic -> [String: Any] in
            let count = documents(base, topic: topic, region: region).count
            return [
                "name": topic.name,
                "url": base.url(base.siteMap.theme(topic.id, inRegion: region?.slug)),
                "count": count == 1 ? base.text("een_document") : "\(count) \(base.text("documenten"))",
            ]
        }
        return context
    }

    /// ASCII letters and digits: everything else in a theme's name is percent-encoded in the search link.
    private static let plainInQuery = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    static func context(_ base: PageContext, topic: Topic, region: Region?) -> [String: Any] {
        let title = region.map { "\(topic.name): \($0.name)" } ?? topic.name
        var crumbs = crumbs(base, region: region)
        crumbs.append((base.text("themas"), base.siteMap.themeIndex(inRegion: region?.slug)))
        var context = base.layout(title: title, description: nil, breadcrumbs: crumbs)
        context["heading"] = title
        let found = documents(base, topic: topic, region: region)
        // Grouped by where a reader looks: per region (at the root) or per kind of document.
        let groups: [Group] = if region == nil {
            byRegion(found, topic: topic, base: base)
        } else {
            DocumentType.allCases.map { type in Group(heading: base.text("type_\(type.rawValue)_meervoud"), documents: found.filter { $0.metadata.type == type }) }
        }
        context["groups"] = groups.filter { !$0.documents.isEmpty }.map { $0.context(base, compact: region == nil) }
        context["hasDocuments"] = !found.isEmpty
        if found.isEmpty {
            // No document lists the theme under `themas`, but a text may well discuss it: the search finds those.
            let query = topic.name.addingPercentEncoding(withAllowedCharacters: Self.plainInQuery) ?? topic.name
            context["themeSearchURL"] = base.url(base.siteMap.search(inRegion: region?.slug)) + "?q=" + query
            context["themeName"] = topic.name
        }
        let everywhere = base.siteMap.theme(topic.id, inRegion: nil)
        if region != nil, base.canLink(everywhere) {
            context["everywhereURL"] = base.url(everywhere)
            context["hasEverywhere"] = true
        }
        return context
    }

    /// Documents under one heading; at the root a region's group leads to the region's own theme page.
    private struct Group {
        let heading: String
        let documents: [Document]
        var regionPage: OutputPath?

        /// At the root a theme gathers thousands of documents (5 MB of HTML at 10,000): there each is
        /// a title and its type, and the region's own theme page has the full entries.
        func context(_ base: PageContext, compact: Bool) -> [String: Any] {
            var group: [String: Any] = ["heading": heading, "compact": compact,
                                        "items": documents.map(compact ? base.titleItem : base.listItem)]
            if let regionPage, base.canLink(regionPage) {
                group["regionURL"] = base.url(regionPage)
                group["hasRegionURL"] = true
            }
            return group
        }
    }

    /// Grouped once: filtering the list per region copied every document 273 times at 10,000 documents.
    private static func byRegion(_ found: [Document], topic: Topic, base: PageContext) -> [Group] {
        let grouped = Dictionary(grouping: found, by: \.placement.region)
        return base.graph.regions.map { region in
            Group(heading: region.name, documents: grouped[region.slug] ?? [], regionPage: base.siteMap.theme(topic.id, inRegion: region.slug))
        } + [Group(heading: base.text("landelijk"), documents: (grouped[nil] ?? []).filter { $0.placement == .national })]
    }

    /// The documents that name the theme, of one region and the national ones, or of every region.
    private static func documents(_ base: PageContext, topic: Topic, region: Region?) -> [Document] {
        base.graph.documents(withTheme: topic.id, in: region?.slug)
    }

    private static func crumbs(_ base: PageContext, region: Region?) -> [(String, OutputPath)] {
        region.map(base.regionCrumbs) ?? [(base.text("portaal"), SiteMap.portal)]
    }
}
