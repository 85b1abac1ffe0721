import Foundation

/// A built site whose pages are rendered when asked for, for `regio serve`: after a change only the
/// stages up to the site graph run again (after a save of a document, only that document's part:
/// `DocumentEdit`), and a reader's browser asks for the one page it shows. The bytes of a page are
/// the same as `regio build` writes for it.
public final class OnDemandSite: Sendable {
    let renderer: PageRenderer
    private let siteMap: SiteMap
    let jobs: PageTable
    private let assets: [OutputPath: Data]
    /// Files linked from documents, by output path, with their path in the content folder.
    private let linked: [OutputPath: String]
    private let content: any ContentFileSystem
    private let machineFiles: OnDemandMachineFiles

    convenience init(graph: SiteGraph, siteMap: SiteMap, theme: Theme, bodies: BodyRenderer,
                     linkedFiles: Set<CopiedFile>, options: BuildOptions) {
        let renderer = PageRenderer(graph: graph, siteMap: siteMap, theme: theme, bodies: bodies)
        var jobs: [OutputPath: PageJob] = [:]
        for job in renderer.jobs() where jobs[job.page(in: siteMap)] == nil { jobs[job.page(in: siteMap)] = job }
        let files = Set(theme.assetFiles(in: siteMap).map(\.0)).union(linkedFiles.map(\.output))
        for job in renderer.movedJobs(taken: files.union(jobs.keys)) { jobs[job.page(in: siteMap)] = job }
        self.init(renderer: renderer, jobs: PageTable(jobs), assets: Dictionary(theme.assetFiles(in: siteMap), uniquingKeysWith: { first, _ in first }),
                  linked: Dictionary(linkedFiles.map { ($0.output, $0.content) }, uniquingKeysWith: { first, _ in first }),
                  content: options.content, parallelism: options.parallelism)
    }

    private init(renderer: PageRenderer, jobs: PageTable, assets: [OutputPath: Data], linked: [OutputPath: String],
                 content: any ContentFileSystem, parallelism: Int, searchTerms: SearchTerms = SearchTerms()) {
        self.renderer = renderer
        siteMap = renderer.siteMap
        self.jobs = jobs
        self.assets = assets
        self.linked = linked
        self.content = content
        let pages: @Sendable () -> [OutputPath] = {
            (jobs.pages.filter { jobs[$0]?.isListed ?? true } + Array(assets.keys)).filter(renderer.siteMap.isPublished)
        }
        machineFiles = OnDemandMachineFiles(
            files: MachineFiles(graph: renderer.graph, siteMap: renderer.siteMap, theme: renderer.theme, bodies: renderer.bodies),
            terms: searchTerms, pages: pages, parallelism: parallelism
        )
    }

    /// The same pages over a graph in which only documents changed, not where they are (`DocumentEdit`),
    /// with the bodies renderer of the save (a factsheet's figures may have changed): the page table
    /// stays, and the search terms of every document but the changed ones.
    func replacingGraph(_ graph: SiteGraph, bodies: BodyRenderer) -> OnDemandSite {
        OnDemandSite(renderer: PageRenderer(graph: graph, siteMap: siteMap, theme: renderer.theme, bodies: bodies),
                     jobs: jobs, assets: assets, linked: linked, content: content, parallelism: machineFiles.parallelism,
                     searchTerms: machineFiles.terms)
    }

    /// The same pages with another theme (`ThemeEdit`): its templates, assets and strings. Search
    /// terms stay unless the strings changed (a national document is found by the word for "national").
    func replacingTheme(_ theme: Theme) -> OnDemandSite {
        OnDemandSite(renderer: PageRenderer(graph: renderer.graph, siteMap: siteMap, theme: theme, bodies: renderer.bodies),
                     jobs: jobs, assets: Dictionary(theme.assetFiles(in: siteMap), uniquingKeysWith: { first, _ in first }),
                     linked: linked, content: content, parallelism: machineFiles.parallelism,
                     searchTerms: theme.strings == renderer.theme.strings ? machineFiles.terms : SearchTerms())
    }

    /// The site after documents came or went (`DocumentEdit`): their pages join or leave the page
    /// table, with the comparison pages of a region whose visions changed (one came or went, or
    /// changed order: `reordering`); the rest stays, as do the search terms of every other document.
    /// Nil when a new page would take the path of a page there is: the whole pipeline then decides
    /// which one keeps it.
    func replacing(graph: SiteGraph, bodies: BodyRenderer, removed: [Document], added: [Document],
                   reordering: Set<Slug> = []) -> OnDemandSite? {
        let fresh = PageRenderer(graph: graph, siteMap: siteMap, theme: renderer.theme, bodies: bodies)
        var jobs = jobs
        for document in removed {
            for job in renderer.documentJobs(of: document) {
                let page = job.page(in: siteMap)
                if jobs[page]?.document == document.path { jobs[page] = nil }
            }
        }
        // A vision that came or went changes which versions of its region are compared.
        let reordered = reordering.union((removed + added).filter { $0.metadata.type == .regiovisie }.compactMap(\.placement.region))
        for region in reordered.sorted() {
            for job in renderer.comparisonJobs(of: region) { jobs[job.page(in: siteMap)] = nil }
        }
        let arriving = added.flatMap(fresh.documentJobs) + reordered.sorted().flatMap(fresh.comparisonJobs)
        for job in arriving where siteMap.isPublished(job.page(in: siteMap)) {
            let page = job.page(in: siteMap)
            guard jobs[page] == nil else { return nil }
            jobs[page] = job
        }
        return OnDemandSite(renderer: fresh, jobs: jobs, assets: assets, linked: linked, content: content,
                            parallelism: machineFiles.parallelism, searchTerms: machineFiles.terms)
    }

    /// The search terms of the documents, kept from save to save.
    var searchTerms: SearchTerms { machineFiles.terms }

    /// How many pages the site has.
    public var pageCount: Int { jobs.count }

    /// The file at `path` (relative, `/`-separated, as in the output folder), or nil when there is none.
    public func file(at path: String) async -> Data? {
        let output = OutputPath(path.split(separator: "/").map(String.init))
        if let job = jobs[output] { return renderer.render(job).1 }
        if let data = assets[output] { return data }
        if let source = linked[output] { return try? content.read(source) }
        return await machineFiles.file(output)
    }

    /// The pages of the document read from `file` (its own pages and their last changes), rendered
    /// now, by output path; empty when the site has no such document. For `regio serve`, which keeps
    /// them on screen while the document has an error that leaves it without pages.
    public func pages(ofDocumentFile file: String) -> [String: Data] {
        guard let path = ContentPath(file), let document = renderer.graph.documents[path], document.file == file else { return [:] }
        var pages: [String: Data] = [:]
        for job in renderer.documentJobs(of: document) {
            let page = job.page(in: siteMap)
            guard jobs[page]?.document == path else { continue }
            pages[page.description] = renderer.render(job).1
        }
        return pages
    }

    /// Where the document in `file` has its pages, or would have them had it decoded: its own page
    /// and, for a national factsheet, its copy in each region. For `regio serve`, which answers a
    /// document that gave no page with its findings rather than "not found", and follows a file
    /// renamed before it was committed. Empty for a file that is no document of a known place.
    public func pagePaths(ofDocumentFile file: String) -> [String] {
        guard file.hasSuffix(".md"), let path = ContentPath(String(file.dropLast(3))) else { return [] }
        let first = path.components.first?.value
        if first == Placement.factsheetFolder {
            return ([nil] + siteMap.regions.map(Optional.some)).map { siteMap.page(of: path, inRegion: $0).description }
        }
        guard let region = siteMap.regions.first(where: { $0.value == first }) else { return [] }
        return [siteMap.page(of: path, inRegion: region).description]
    }

    /// The file of the document whose page is at `path`, as its findings name it; nil for a page of
    /// no one document (an index, a theme, a comparison).
    public func documentFile(at path: String) -> String? {
        let output = OutputPath(path.split(separator: "/").map(String.init))
        guard let document = jobs[output]?.document else { return nil }
        return renderer.graph.documents[document]?.file
    }

    /// Every page, sorted (no machine files): for comparing two sites.
    var pagePaths: [OutputPath] { jobs.pages.sorted() }

    /// Every file the site serves, sorted: for comparing two sites.
    func allPaths() async -> [OutputPath] {
        Set(jobs.pages + Array(assets.keys) + Array(linked.keys) + (await machineFiles.all())).sorted()
    }

    /// Whether `path` names a folder with an `index.html`, so that a request without the slash can be sent there.
    public func isFolder(_ path: String) -> Bool {
        jobs[OutputPath(path.split(separator: "/").map(String.init) + ["index.html"])] != nil
    }
}

/// The search indexes, feeds and sitemap, each made on the first request for it: a preview where
/// nobody searches never pays for an index, and a search in one region makes only that region's.
private actor OnDemandMachineFiles {
    let files: MachineFiles
    let terms: SearchTerms
    let parallelism: Int
    private let pages: @Sendable () -> [OutputPath]
    /// The folder each search folder serves: `zoeken/` of the root (nil) or of a region.
    private let searchFolders: [OutputPath: Slug?]
    private var search: [Slug?: [OutputPath: Data]] = [:]
    private var others: [OutputPath: Data]?

    init(files: MachineFiles, terms: SearchTerms, pages: @escaping @Sendable () -> [OutputPath], parallelism: Int) {
        self.files = files
        self.terms = terms
        self.pages = pages
        self.parallelism = parallelism
        searchFolders = Dictionary(files.siteMap.pageFolders.map { (files.siteMap.searchIndexFile("", inRegion: $0).parent, $0) },
                                   uniquingKeysWith: { first, _ in first })
    }

    func file(_ path: OutputPath) async -> Data? {
        if let folder = searchFolders[path.parent] { return await searchFiles(in: folder)[path] }
        if others == nil { others = Dictionary(files.otherFiles(pages: pages()), uniquingKeysWith: { first, _ in first }) }
        return others?[path]
    }

    /// Every machine file's path, making them all: for comparing two sites.
    func all() async -> [OutputPath] {
        var paths: [OutputPath] = []
        for folder in files.siteMap.pageFolders { paths += await searchFiles(in: folder).keys }
        _ = await file(files.siteMap.rootFile("robots.txt"))
        return paths + (others?.keys.map { $0 } ?? [])
    }

    private func searchFiles(in folder: Slug?) async -> [OutputPath: Data] {
        if let made = search[folder] { return made }
        let made = Dictionary(await files.searchFiles(in: folder, terms: terms, parallelism: parallelism), uniquingKeysWith: { first, _ in first })
        search[folder] = made
        return made
    }
}
