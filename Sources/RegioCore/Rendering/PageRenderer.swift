import Foundation

/// The output of a build before it is written: every file's path and bytes, in path order.
public struct RenderedSite: Sendable {
    public let files: [(path: OutputPath, data: Data)]

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

    func page(in siteMap: SiteMap) -> OutputPath {
        switch self {
        case .portal: SiteMap.portal
        case let .region(slug): siteMap.regionIndex(slug)
        case let .municipality(region, municipality): siteMap.municipalityIndex(region, municipality.slug)
        case let .document(_, page, _): page
        case .portalChecklist: SiteMap.portalChecklist
        case let .regionChecklist(slug): siteMap.regionChecklist(slug)
        }
    }
}

/// A key for a document's rendered body on one of its pages.
struct BodyKey: Hashable, Sendable {
    let path: ContentPath
    let page: OutputPath
}

/// Stage 8: fills the theme's templates for every page, in parallel.
struct PageRenderer: Sendable {
    let graph: SiteGraph
    let siteMap: SiteMap
    let theme: Theme
    let bodies: [BodyKey: RenderedBody]

    func jobs() -> [PageJob] {
        var jobs: [PageJob] = [.portal]
        if graph.checklist != nil { jobs.append(.portalChecklist) }
        for region in graph.regions {
            jobs.append(.region(region.slug))
            if graph.checklist != nil { jobs.append(.regionChecklist(region.slug)) }
            jobs += region.municipalities.map { .municipality(region.slug, $0) }
        }
        for path in graph.documents.keys.sorted() {
            guard let document = graph.documents[path] else { continue }
            jobs += siteMap.pages(of: document).map { .document(path, page: $0.page, region: $0.region) }
        }
        return jobs
    }

    func render(_ job: PageJob) -> (OutputPath, Data) {
        let page = job.page(in: siteMap)
        let regionOfPage: Slug? = switch job {
        case .portal, .portalChecklist: nil
        case let .region(slug), let .municipality(slug, _), let .regionChecklist(slug): slug
        case let .document(_, _, region): region
        }
        let base = PageContext(graph: graph, siteMap: siteMap, strings: theme.strings, page: page, region: regionOfPage)
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
        case let .document(path, page, _):
            ("document", graph.documents[path].flatMap { document in
                bodies[BodyKey(path: path, page: page)].map { DocumentPage.context(base, document: document, body: $0) }
            } ?? [:])
        }
        let html = theme.library.render(context, withTemplate: template) ?? ""
        return (page, Data(html.utf8))
    }
}
