import Foundation

/// The output of a build before it is written: every file's path and bytes, in path order.
public struct RenderedSite: Sendable {
    /// Empty when the build wrote into a `SiteSink`.
    public let files: [(path: OutputPath, data: Data)]
    /// How many files the build made.
    public let count: Int

    public init(files: [(path: OutputPath, data: Data)], count: Int? = nil) {
        self.files = files
        self.count = count ?? files.count
    }

    public func file(_ path: String) -> Data? {
        files.first { $0.path.description == path }?.data
    }
}

/// Which page, with which template, for whom.
enum PageJob: Sendable {
    case portal
    case region(Slug)
    case municipality(Slug, Municipality)
    case document(ContentPath, page: OutputPath, region: Slug?)
    case portalChecklist
    case regionChecklist(Slug)
    /// Themes across regions (nil) or within one region.
    case themeIndex(Slug?)
    case theme(Topic, Slug?)
    case search(Slug?)
    case notFound
    /// What changed from one version of a region's vision to the next.
    case comparison(older: ContentPath, newer: ContentPath, region: Slug)
    /// A document's last change in git, beside one of its pages.
    case lastChange(ContentPath, page: OutputPath, region: Slug?)
    /// Where a document's page was before git renamed its file: a page that sends the reader on.
    case moved(ContentPath, from: OutputPath, to: OutputPath, region: Slug?)

    func page(in siteMap: SiteMap) -> OutputPath {
        switch self {
        case .portal: SiteMap.portal
        case let .region(slug): siteMap.regionIndex(slug)
        case let .municipality(region, municipality): siteMap.municipalityIndex(region, municipality.slug)
        case let .document(_, page, _): page
        case .portalChecklist: SiteMap.portalChecklist
        case let .regionChecklist(slug): siteMap.regionChecklist(slug)
        case let .themeIndex(region): siteMap.themeIndex(inRegion: region)
        case let .theme(topic, region): siteMap.theme(topic.id, inRegion: region)
        case let .search(region): siteMap.search(inRegion: region)
        case .notFound: siteMap.rootFile("404.html")
        case let .comparison(_, newer, region): siteMap.comparison(of: newer, inRegion: region)
        case let .lastChange(_, page, _): siteMap.lastChange(of: page)
        case let .moved(_, from, _, _): from
        }
    }

    /// Whether the page belongs in the sitemap: a moved page's address is not one to keep.
    var isListed: Bool {
        if case .moved = self { false } else { true }
    }

    /// The document whose page this is, for its own page and its last change.
    var document: ContentPath? {
        switch self {
        case let .document(path, _, _), let .lastChange(path, _, _): path
        default: nil
        }
    }

    /// The region whose folder the page is in; nil for pages at the root.
    var region: Slug? {
        switch self {
        case .portal, .portalChecklist, .notFound: nil
        case let .region(slug), let .municipality(slug, _), let .regionChecklist(slug), let .comparison(_, _, slug): slug
        case let .document(_, _, region), let .themeIndex(region), let .theme(_, region), let .search(region), let .lastChange(_, _, region),
             let .moved(_, _, _, region): region
        }
    }
}

/// Stage 8: fills the theme's templates for every page, in parallel.
struct PageRenderer: Sendable {
    let graph: SiteGraph
    let siteMap: SiteMap
    let theme: Theme
    /// Renders each document page's body when the page is rendered.
    let bodies: BodyRenderer
    /// Documents' entries in lists, shared by this renderer's pages. The preview makes a new renderer
    /// for every change, so an entry never outlives the documents and theme it was drawn from.
    let entries: ListEntries

    init(graph: SiteGraph, siteMap: SiteMap, theme: Theme, bodies: BodyRenderer) {
        self.graph = graph
        self.siteMap = siteMap
        self.theme = theme
        self.bodies = bodies
        entries = ListEntries(theme: theme)
    }

    /// Every page of this build, in a fixed order; pages outside a standalone region are left out.
    func jobs() -> [PageJob] {
        let topics = graph.checklist?.topics ?? []
        var jobs: [PageJob] = [.portal, .search(nil), .notFound]
        if graph.checklist != nil { jobs.append(.portalChecklist) }
        if !topics.isEmpty { jobs += [.themeIndex(nil)] + topics.map { .theme($0, nil) } }
        for region in graph.regions {
            jobs += [.region(region.slug), .search(region.slug)]
            if graph.checklist != nil { jobs.append(.regionChecklist(region.slug)) }
            if !topics.isEmpty { jobs += [.themeIndex(region.slug)] + topics.map { .theme($0, region.slug) } }
            jobs += region.municipalities.map { .municipality(region.slug, $0) }
            jobs += comparisonJobs(of: region.slug)
        }
        for path in graph.documents.keys.sorted() {
            guard let document = graph.documents[path] else { continue }
            jobs += documentJobs(of: document)
        }
        return jobs.filter { siteMap.isPublished($0.page(in: siteMap)) }
    }

    /// A page at each address a document had before git renamed it, for each of its pages, unless
    /// another page (in `taken`) has that address now. Sorted, so the first document to claim an
    /// old address keeps it whatever the timing.
    func movedJobs(taken: Set<OutputPath>) -> [PageJob] {
        var taken = taken
        var jobs: [PageJob] = []
        for path in graph.documents.keys.sorted() {
            guard let document = graph.documents[path] else { continue }
            for former in graph.formerPaths(of: document) {
                for (page, region) in siteMap.pages(of: document) {
                    let from = siteMap.page(of: former, inRegion: region)
                    guard siteMap.isPublished(from), taken.insert(from).inserted else { continue }
                    jobs.append(.moved(path, from: from, to: page, region: region))
                }
            }
        }
        return jobs
    }

    /// Each version of a region's vision but the oldest against the one before it.
    func comparisonJobs(of region: Slug) -> [PageJob] {
        let visions = graph.visions(of: region)
        return zip(visions.dropFirst(), visions).map { .comparison(older: $0.path, newer: $1.path, region: region) }
    }

    /// A document's own pages, and the pages of its last change in git.
    func documentJobs(of document: Document) -> [PageJob] {
        let pages = siteMap.pages(of: document)
        var jobs: [PageJob] = pages.map { .document(document.path, page: $0.page, region: $0.region) }
        if graph.lastChanges[document.file] != nil {
            jobs += pages.map { .lastChange(document.path, page: $0.page, region: $0.region) }
        }
        return jobs
    }

    func render(_ job: PageJob) -> (OutputPath, Data) {
        let (page, template, context) = values(for: job)
        let html = theme.library.render(TemplateValues.wrap(context), withTemplate: template) ?? ""
        return (page, Data(html.utf8))
    }

    /// A job's page, the template that draws it, and the values the template gets.
    func values(for job: PageJob) -> (page: OutputPath, template: String, context: [String: Any]) {
        let page = job.page(in: siteMap)
        // The 404 page of a standalone region is at its root, so it is drawn as one of the region's pages.
        let region = if case .notFound = job, case let .region(slug) = siteMap.scope { slug } else { job.region }
        let base = PageContext(graph: graph, siteMap: siteMap, strings: theme.strings, templateStrings: theme.templateStrings, page: page, region: region, entries: entries)
        let (template, context): (String, [String: Any]) = switch job {
        case .portal:
            ("portal", PortalPage.context(base))
        case let .region(slug):
            ("region", graph.region(slug).map { RegionPage.context(base, region: $0) } ?? [:])
        case let .municipality(slug, municipality):
            ("municipality", graph.region(slug).map { MunicipalityPage.context(base, region: $0, municipality: municipality) } ?? [:])
        case .portalChecklist:
            ("checklist", graph.checklist.map { ChecklistPage.portal(base, checklist: $0) } ?? [:])
        case let .regionChecklist(slug):
            ("checklist", graph.region(slug).flatMap { region in graph.checklist.map { ChecklistPage.region(base, region: region, checklist: $0) } } ?? [:])
        case let .themeIndex(region):
            ("themes", ThemePage.index(base, region: region.flatMap(graph.region)))
        case let .theme(topic, region):
            ("theme", ThemePage.context(base, topic: topic, region: region.flatMap(graph.region)))
        case let .search(region):
            ("search", SearchPage.context(base, region: region.flatMap(graph.region)))
        case .notFound:
            ("notfound", NotFoundPage.context(base))
        case let .lastChange(path, page, _):
            ("comparison", graph.documents[path].flatMap { document in
                graph.lastChanges[document.file].map { ComparisonPage.lastChange(base, document: document, page: page, before: $0.before, after: $0.after, bodies: bodies) }
            } ?? [:])
        case let .comparison(older, newer, _):
            ("comparison", graph.documents[older].flatMap { old in graph.documents[newer].map { ComparisonPage.context(base, older: old, newer: $0, bodies: bodies) } } ?? [:])
        case let .moved(path, _, to, _):
            ("moved", graph.documents[path].map { MovedPage.context(base, document: $0, target: to) } ?? [:])
        case let .document(path, page, region):
            ("document", graph.documents[path].map { document in
                DocumentPage.context(base, document: document, body: bodies.render(document, page: page, region: region, for: .html))
            } ?? [:])
        }
        return (page, template, context)
    }
}
