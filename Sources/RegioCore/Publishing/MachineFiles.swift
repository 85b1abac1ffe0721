import Foundation

/// The files a build writes for programs rather than readers: the search index of each search page,
/// an Atom feed per region, `sitemap.xml` and `robots.txt`.
struct MachineFiles {
    let graph: SiteGraph
    let siteMap: SiteMap
    let theme: Theme
    /// Renders a body's words again for search: they are not kept from the markdown stage.
    let bodies: BodyRenderer

    /// Adds the files to `assembly` as they are made, a few search folders at a time and each index
    /// a group of shards at a time, so that a build never holds every index, nor all of one, at once
    /// (the root's alone is 10 MB at 10,000 documents). `folders` are the folders with a search
    /// page: the root (nil) and the published regions.
    func make(folders: [Slug?], pages: [OutputPath], parallelism: Int, into assembly: inout SiteAssembly) async {
        // Each document is read for search once, in path order; every index that lists it reuses its terms.
        let all = graph.documents.keys.sorted().compactMap { graph.documents[$0] }
        let (table, weights, placeEntries) = await terms(of: all, places: folders.map(placeResults), in: SearchTerms(), parallelism: parallelism)
        let pairs = Array(zip(folders, placeEntries))
        for start in stride(from: 0, to: pairs.count, by: parallelism) {
            let batch = Array(pairs[start..<min(start + parallelism, pairs.count)])
            // An index's paths are its folder's own, so tasks never hand over the same path.
            assembly.add(await parallelMap(batch, width: parallelism) { [assembly] pair in
                var handedOver: [SiteAssembly.HandedOver] = []
                searchFiles(in: pair.0, table: table, weights: weights, places: pair.1) { handedOver += $0.map(assembly.handOver) }
                return handedOver
            }.flatMap { $0 })
        }
        assembly.add(otherFiles(pages: pages))
    }

    /// The search index of one folder, reading only the documents `terms` does not know yet: what
    /// `regio serve` makes when a search page asks for it.
    func searchFiles(in folder: Slug?, terms: SearchTerms, parallelism: Int) async -> [(OutputPath, Data)] {
        let (table, weights, entries) = await self.terms(of: searchedDocuments(in: folder), places: [placeResults(in: folder)], in: terms,
                                                         parallelism: parallelism)
        return searchFiles(in: folder, table: table, weights: weights, places: entries[0])
    }

    private func searchFiles(in folder: Slug?, table: TermTable, weights: [ContentPath: TermTable.Weights], places: [SearchEntry]) -> [(OutputPath, Data)] {
        var files: [(OutputPath, Data)] = []
        searchFiles(in: folder, table: table, weights: weights, places: places) { files += $0 }
        return files
    }

    /// The documents first, then the pages of places and themes; handed to `deliver` as
    /// `SearchIndex.files` makes them.
    private func searchFiles(in folder: Slug?, table: TermTable, weights: [ContentPath: TermTable.Weights], places: [SearchEntry],
                             deliver: ([(OutputPath, Data)]) -> Void) {
        let index = SearchIndex(entries: searchEntries(in: folder, terms: weights) + places, stopwords: stopwords, table: table)
        index.files { files in deliver(files.map { (siteMap.searchIndexFile($0.name, inRegion: folder), $0.data) }) }
    }

    /// The feeds of the published regions, `robots.txt` and, with a base URL, `sitemap.xml`.
    func otherFiles(pages: [OutputPath]) -> [(OutputPath, Data)] {
        var files: [(OutputPath, Data)] = []
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

    var stopwords: Set<String> { Stopwords.list(for: graph.settings.language) }

    /// How a document weighs for each search term.
    var readTerms: @Sendable (Document) -> [String: Int] {
        let machineFiles = self, stopwords = stopwords
        return { machineFiles.terms(of: $0, stopwords: stopwords) }
    }

    private func terms(of document: Document, stopwords: Set<String>) -> [String: Int] {
        // The body's words do not depend on the page it is rendered for; take its first page's.
        let region = document.placement.region
        let body = bodies.render(document, page: siteMap.page(of: document.path, inRegion: region), region: region, for: .searchText)
        return SearchIndex.weights(
            title: document.metadata.title, headings: body.headings.map(\.text), keywords: document.metadata.keywords,
            summary: document.metadata.summary ?? "", place: place(of: document),
            text: body.text + " " + figureLabels(document), isSuperseded: document.metadata.status == .vervallen,
            stopwords: stopwords
        )
    }

    /// The documents a search page finds: every document at the root, a region's own and the national ones in its folder.
    private func searchedDocuments(in region: Slug?) -> [Document] {
        let documents: [Document] = if let region {
            graph.documents(in: region) + graph.nationalFactsheets
        } else {
            Array(graph.documents.values)
        }
        return documents.sorted { $0.path < $1.path }
    }

    /// Each document of a search page, linked as the search page links it.
    private func searchEntries(in region: Slug?, terms: [ContentPath: TermTable.Weights]) -> [SearchEntry] {
        let searchPage = siteMap.search(inRegion: region)
        return searchedDocuments(in: region).map { document in
            SearchEntry(
                title: document.metadata.title,
                url: searchPage.url(to: siteMap.page(of: document.path, inRegion: region ?? document.placement.region)),
                kind: text("type_\(document.metadata.type.rawValue)"), place: place(of: document),
                summary: Self.shortened(document.metadata.summary ?? ""),
                status: document.metadata.status == .vastgesteld ? nil : document.metadata.status.rawValue,
                terms: terms[document.path] ?? []
            )
        }
    }

    /// A result shows the start of the summary; the whole of it would make the document blocks, which a
    /// search loads, twice as large.
    static func shortened(_ summary: String, limit: Int = 160) -> String {
        guard summary.count > limit else { return summary }
        let cut = summary.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
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
            return region?.municipality(named: municipality.value)?.displayName ?? municipality.value
        case let (_, .factsheet(details)) where details.municipality != nil:
            return details.municipality.flatMap { region?.municipality(code: $0)?.displayName } ?? region?.name ?? ""
        default:
            return region?.name ?? ""
        }
    }

    func text(_ key: String) -> String {
        theme.strings[key] ?? key
    }
}
