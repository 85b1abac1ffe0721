/// Stage 6: the site as readers navigate it: regions with their visions, municipalities, plans
/// and factsheets, and the references between documents in both directions.
public struct SiteGraph: Sendable {
    public let settings: SiteSettings
    /// Sorted by name, as the portal lists them.
    public let regions: [Region]
    public let documents: [ContentPath: Document]
    /// Documents each document refers to (front matter and body links), sorted, without itself.
    public let outgoing: [ContentPath: [ContentPath]]
    /// Documents that refer to each document.
    public let incoming: [ContentPath: [ContentPath]]
    /// The build's date, which decides which regiovisie is in force.
    public let today: DayDate
    public let checklist: Checklist?
    /// Each document's checklist results, for its page and the matrices.
    public let coverage: [ContentPath: DocumentCoverage]
    /// Each region's visions, newest period first; computed once because every page asks.
    private let visionsByRegion: [Slug: [Document]]
    /// Documents per theme id, sorted by title; the theme pages ask once per page.
    private let documentsByTheme: [String: [Document]]

    public init(settings: SiteSettings, regions: [Region], documents: [Document], bodyLinks: [ContentPath: [DocumentLink]],
                today: DayDate, checklist: Checklist? = nil, coverage: [ContentPath: DocumentCoverage] = [:]) {
        self.settings = settings
        self.today = today
        self.checklist = checklist
        self.coverage = coverage
        self.regions = regions.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        let byPath = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.documents = byPath
        var outgoing: [ContentPath: Set<ContentPath>] = [:]
        for document in documents {
            let targets = document.frontMatterReferences.map(\.target) + (bodyLinks[document.path] ?? []).map(\.target)
            outgoing[document.path] = Set(targets.filter { $0 != document.path && byPath[$0] != nil })
        }
        var incoming: [ContentPath: Set<ContentPath>] = [:]
        for (source, targets) in outgoing {
            for target in targets { incoming[target, default: []].insert(source) }
        }
        self.outgoing = outgoing.mapValues { $0.sorted() }
        self.incoming = incoming.mapValues { $0.sorted() }
        visionsByRegion = Dictionary(grouping: documents.filter { $0.metadata.type == .regiovisie && $0.placement.region != nil }) {
            $0.placement.region!
        }.mapValues { $0.sorted { ($1.period?.from ?? 0, $0.path) < ($0.period?.from ?? 0, $1.path) } }
        var byTheme: [String: [Document]] = [:]
        for document in documents {
            for theme in Set(document.metadata.themes.map(\.value)) { byTheme[theme, default: []].append(document) }
        }
        documentsByTheme = byTheme.mapValues { $0.sorted { ($0.metadata.title, $0.path) < ($1.metadata.title, $1.path) } }
    }

    public func documents(withTheme id: String) -> [Document] {
        documentsByTheme[id] ?? []
    }

    public func region(_ slug: Slug) -> Region? {
        regions.first { $0.slug == slug }
    }

    /// A region's visions, newest period first.
    public func visions(of region: Slug) -> [Document] {
        visionsByRegion[region] ?? []
    }

    /// The vision in force on the build's date: adopted, with a period that holds the date.
    public func currentVision(of region: Slug) -> Document? {
        visions(of: region).first { $0.isInForce(on: today) }
    }

    public func plans(of region: Slug, municipality: Slug) -> [Document] {
        documents.values
            .filter { $0.placement == .municipality(region: region, municipality: municipality) }
            .sorted { ($1.period?.from ?? 0, $0.path) < ($0.period?.from ?? 0, $1.path) }
    }

    public func regionalFactsheets(of region: Slug) -> [Document] {
        documents.values.filter { $0.placement == .regionFactsheets(region) }.sorted { $0.path < $1.path }
    }

    /// Factsheets about one municipality, which its page lists beside its plans.
    public func factsheets(of region: Slug, municipality: Municipality) -> [Document] {
        regionalFactsheets(of: region).filter {
            if case let .factsheet(details) = $0.details { return details.municipality == municipality.code }
            return false
        }
    }

    public var nationalFactsheets: [Document] {
        documents.values.filter { $0.placement == .national }.sorted { $0.path < $1.path }
    }
}
