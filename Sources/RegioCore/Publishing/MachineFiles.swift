import Foundation

/// The files a build writes for programs rather than readers: the search index of each search page,
/// an Atom feed per region, `sitemap.xml` and `robots.txt`.
struct MachineFiles {
    let graph: SiteGraph
    let siteMap: SiteMap
    let theme: Theme
    let bodies: [BodyKey: RenderedBody]

    /// `folders` are the folders with a search page: the root (nil) and the published regions.
    func all(folders: [Slug?], pages: [OutputPath]) -> [(OutputPath, Data)] {
        var files: [(OutputPath, Data)] = []
        for folder in folders {
            let index = SearchIndex(entries: searchEntries(in: folder), stopwords: Stopwords.list(for: graph.settings.language))
            files += index.files().map { (siteMap.searchIndexFile($0.name, inRegion: folder), $0.data) }
        }
        for region in graph.regions where siteMap.publishedRegions.contains(region.slug) {
            let feed = AtomFeed(graph: graph, siteMap: siteMap, strings: theme.strings, region: region)
            files.append((siteMap.feed(region.slug), feed.data()))
        }
        let sitemap = Sitemap(siteMap: siteMap, baseURL: graph.settings.baseURL)
        files.append((siteMap.rootFile("robots.txt"), sitemap.robots()))
        if let data = sitemap.data(pages: pages) {
            files.append((siteMap.rootFile("sitemap.xml"), data))
        }
        return files
    }

    /// What a search page finds: every document at the root, a region's own and the national ones
    /// in its folder; each linked as the search page links it.
    private func searchEntries(in region: Slug?) -> [SearchEntry] {
        let searchPage = siteMap.search(inRegion: region)
        return graph.documents.keys.sorted().compactMap { path -> SearchEntry? in
            guard let document = graph.documents[path] else { return nil }
            let inFolder = region.map { document.placement.region == $0 || document.placement == .national } ?? true
            guard inFolder else { return nil }
            let page = siteMap.page(of: path, inRegion: region ?? document.placement.region)
            let body = bodies[BodyKey(path: path, page: page)]
            return SearchEntry(
                title: document.metadata.title, url: searchPage.url(to: page),
                kind: text("type_\(document.metadata.type.rawValue)"), place: place(of: document),
                summary: document.metadata.summary ?? "", headings: body?.headings.map(\.text) ?? [],
                keywords: document.metadata.keywords, text: (body?.text ?? "") + " " + figureLabels(document)
            )
        }
    }

    /// A factsheet's figures are found by what they count.
    private func figureLabels(_ document: Document) -> String {
        guard case let .factsheet(details) = document.details else { return "" }
        return details.figures.map(\.label).joined(separator: " ")
    }

    /// Where a document belongs, as a reader names it: the municipality, the region, or national.
    private func place(of document: Document) -> String {
        let region = document.placement.region.flatMap(graph.region)
        switch (document.placement, document.details) {
        case (.national, _):
            return text("landelijk")
        case let (.municipality(_, municipality), _):
            return region?.municipality(named: municipality.value)?.name ?? municipality.value
        case let (_, .factsheet(details)) where details.municipality != nil:
            return details.municipality.flatMap { region?.municipality(code: $0)?.name } ?? region?.name ?? ""
        default:
            return region?.name ?? ""
        }
    }

    private func text(_ key: String) -> String {
        theme.strings[key] ?? key
    }
}
