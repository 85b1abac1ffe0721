import Foundation

/// A built site whose pages are rendered when asked for, for `regio serve`: after a change only the
/// stages up to the site graph run again, and a reader's browser asks for the one page it shows.
/// The bytes of a page are the same as `regio build` writes for it.
public final class OnDemandSite: Sendable {
    private let renderer: PageRenderer
    private let siteMap: SiteMap
    private let jobs: [OutputPath: PageJob]
    private let assets: [OutputPath: Data]
    /// Files linked from documents, by output path, with their path in the content folder.
    private let linked: [OutputPath: String]
    private let content: any ContentFileSystem
    private let parallelism: Int
    private let machineFiles: MachineFileCache

    convenience init(graph: SiteGraph, siteMap: SiteMap, theme: Theme, bodies: BodyRenderer,
                     linkedFiles: Set<CopiedFile>, options: BuildOptions) {
        let renderer = PageRenderer(graph: graph, siteMap: siteMap, theme: theme, bodies: bodies)
        var jobs: [OutputPath: PageJob] = [:]
        for job in renderer.jobs() where jobs[job.page(in: siteMap)] == nil { jobs[job.page(in: siteMap)] = job }
        self.init(renderer: renderer, jobs: jobs, assets: Dictionary(theme.assetFiles(in: siteMap), uniquingKeysWith: { first, _ in first }),
                  linked: Dictionary(linkedFiles.map { ($0.output, $0.content) }, uniquingKeysWith: { first, _ in first }),
                  content: options.content, parallelism: options.parallelism)
    }

    private init(renderer: PageRenderer, jobs: [OutputPath: PageJob], assets: [OutputPath: Data], linked: [OutputPath: String],
                 content: any ContentFileSystem, parallelism: Int) {
        self.renderer = renderer
        siteMap = renderer.siteMap
        self.jobs = jobs
        self.assets = assets
        self.linked = linked
        self.content = content
        self.parallelism = parallelism
        machineFiles = MachineFileCache {
            let pages = (Array(jobs.keys) + Array(assets.keys)).filter(renderer.siteMap.isPublished)
            return await MachineFiles(graph: renderer.graph, siteMap: renderer.siteMap, theme: renderer.theme, bodies: renderer.bodies)
                .all(folders: renderer.siteMap.pageFolders, pages: pages, parallelism: parallelism)
        }
    }

    /// The same pages over a graph in which only documents changed, not where they are (`DocumentEdit`): the page table stays,
    /// the search index is made again when asked for.
    func replacingGraph(_ graph: SiteGraph) -> OnDemandSite {
        OnDemandSite(renderer: PageRenderer(graph: graph, siteMap: siteMap, theme: renderer.theme, bodies: renderer.bodies),
                     jobs: jobs, assets: assets, linked: linked, content: content, parallelism: parallelism)
    }

    /// How many pages the site has.
    public var pageCount: Int { jobs.count }

    /// The file at `path` (relative, `/`-separated, as in the output folder), or nil when there is none.
    public func file(at path: String) async -> Data? {
        let output = OutputPath(path.split(separator: "/").map(String.init))
        if let job = jobs[output] { return renderer.render(job).1 }
        if let data = assets[output] { return data }
        if let source = linked[output] { return try? content.read(source) }
        return await machineFiles.files()[output]
    }

    /// Every file the site serves, sorted: for comparing two sites.
    func allPaths() async -> [OutputPath] {
        Set(Array(jobs.keys) + Array(assets.keys) + Array(linked.keys) + Array(await machineFiles.files().keys)).sorted()
    }

    /// Whether `path` names a folder with an `index.html`, so that a request without the slash can be sent there.
    public func isFolder(_ path: String) -> Bool {
        jobs[OutputPath(path.split(separator: "/").map(String.init) + ["index.html"])] != nil
    }
}

/// The search index, feeds and sitemap, made on the first request for one of them: a preview
/// where nobody searches never pays for the index.
private actor MachineFileCache {
    private let make: @Sendable () async -> [(OutputPath, Data)]
    private var made: [OutputPath: Data]?

    init(make: @escaping @Sendable () async -> [(OutputPath, Data)]) {
        self.make = make
    }

    func files() async -> [OutputPath: Data] {
        if let made { return made }
        let files = Dictionary(await make(), uniquingKeysWith: { first, _ in first })
        made = files
        return files
    }
}
