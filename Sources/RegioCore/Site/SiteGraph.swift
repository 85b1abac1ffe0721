/// Stage 6: the site as readers navigate it: regions with their visions, municipalities, plans
/// and factsheets, and the references between documents in both directions.
public struct SiteGraph: Sendable {
    public let settings: SiteSettings
    /// Sorted by name, as the portal lists them.
    public let regions: [Region]
    public private(set) var documents: [ContentPath: Document]
    /// Documents each document refers to (front matter and body links), sorted, without itself.
    public private(set) var outgoing: [ContentPath: [ContentPath]]
    /// Documents that refer to each document.
    public private(set) var incoming: [ContentPath: [ContentPath]]
    /// The build's date, which decides which regiovisie is in force.
    public let today: DayDate
    public let checklist: Checklist?
    /// Each document's checklist results, for its page and the matrices.
    public private(set) var coverage: [ContentPath: DocumentCoverage]
    public let indicators: IndicatorSet?
    /// Each content file's git history, by path relative to the content folder; empty without git.
    public let history: [String: DocumentHistory]
    /// Both versions of each document's last change in git, by content path of the file.
    public let lastChanges: [String: (before: String, after: String)]
    /// The adopted text of each document changed since its adoption (`ContentHistory.adoptedVersions`).
    public let adoptedVersions: [String: AdoptedVersion]
    /// Each region's visions, newest period first; computed once because every page asks.
    private var visionsByRegion: [Slug: [Document]]
    /// Documents per theme id and region (nil: national), sorted by title; theme pages ask per page.
    private var documentsByTheme: [String: [Slug?: [Document]]]
    /// Documents per place, so that a page asks a dictionary instead of scanning every document:
    /// at 10,000 documents and 5,000 municipalities that scan was most of a build.
    private var documentsByPlacement: [Placement: [Document]]
    private let regionsBySlug: [Slug: Region]
    private var documentsByRegion: [Slug: [Document]]
    /// For national documents: who refers to them, per region of the referrer (nil: national). A
    /// region's copy of a national factsheet lists its own region's referrers; filtering the full list
    /// for each of 273 copies was a twentieth of a build.
    private var incomingByRegion: [ContentPath: [Slug?: [ContentPath]]]

    public init(settings: SiteSettings, regions: [Region], documents: [Document], bodyLinks: [ContentPath: [DocumentLink]],
                today: DayDate, checklist: Checklist? = nil, coverage: [ContentPath: DocumentCoverage] = [:], indicators: IndicatorSet? = nil,
                history: [String: DocumentHistory] = [:], lastChanges: [String: (before: String, after: String)] = [:],
                adoptedVersions: [String: AdoptedVersion] = [:]) {
        self.indicators = indicators
        self.adoptedVersions = adoptedVersions
        self.history = history
        self.lastChanges = lastChanges
        self.settings = settings
        self.today = today
        self.checklist = checklist
        self.coverage = coverage
        self.regions = regions.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        let byPath = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.documents = byPath
        var outgoing: [ContentPath: Set<ContentPath>] = [:]
        for document in documents {
            outgoing[document.path] = Self.targets(of: document, bodyLinks: bodyLinks[document.path] ?? [], documents: byPath)
        }
        var incoming: [ContentPath: Set<ContentPath>] = [:]
        for (source, targets) in outgoing {
            for target in targets { incoming[target, default: []].insert(source) }
        }
        self.outgoing = outgoing.mapValues { $0.sorted() }
        self.incoming = incoming.mapValues { $0.sorted() }
        var incomingByRegion: [ContentPath: [Slug?: [ContentPath]]] = [:]
        for (target, sources) in self.incoming where byPath[target]?.placement == .national {
            incomingByRegion[target] = Self.byRegion(sources, documents: byPath)
        }
        self.incomingByRegion = incomingByRegion
        visionsByRegion = Dictionary(grouping: documents.filter { $0.metadata.type == .regiovisie && $0.placement.region != nil }) {
            $0.placement.region!
        }.mapValues { $0.sorted(by: Self.newestFirst) }
        var byTheme: [String: [Document]] = [:]
        for document in documents {
            for theme in Set(document.metadata.themes.map(\.value)) { byTheme[theme, default: []].append(document) }
        }
        documentsByTheme = byTheme.mapValues { documents in
            Dictionary(grouping: documents, by: \.placement.region).mapValues {
                $0.sorted { ($0.metadata.title, $0.path) < ($1.metadata.title, $1.path) }
            }
        }
        documentsByPlacement = Dictionary(grouping: byPath.values, by: \.placement).mapValues { $0.sorted { $0.path < $1.path } }
        regionsBySlug = Dictionary(regions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        documentsByRegion = Dictionary(grouping: byPath.values.filter { $0.placement.region != nil }) { $0.placement.region! }
            .mapValues { $0.sorted { $0.path < $1.path } }
    }

    /// The documents `document` refers to, in front matter or body, without itself.
    private static func targets(of document: Document, bodyLinks: [DocumentLink], documents: [ContentPath: Document]) -> Set<ContentPath> {
        let targets = document.frontMatterReferences.map(\.target) + bodyLinks.map(\.target)
        return Set(targets.filter { $0 != document.path && documents[$0] != nil })
    }

    private static func byRegion(_ sources: [ContentPath], documents: [ContentPath: Document]) -> [Slug?: [ContentPath]] {
        Dictionary(grouping: sources) { documents[$0]?.placement.region }
    }

    /// Gives every table that a save changes storage of its own (`KeptTables`). Name every `var` here.
    mutating func ownTables() {
        documents.ownStorage()
        outgoing.ownStorage()
        incoming.ownStorage()
        coverage.ownStorage()
        visionsByRegion.ownStorage()
        documentsByTheme.ownStorage()
        documentsByPlacement.ownStorage()
        documentsByRegion.ownStorage()
        incomingByRegion.ownStorage()
    }

    /// Takes a saved document in place of the one at its path (`DocumentEdit`), with its links and
    /// checklist results. Its type and place are the same, so it keeps its place in every list but
    /// those of its themes, which it may have joined or left and where it is sorted by title. At
    /// 10,000 documents this changes a few hundred entries instead of making the whole graph again.
    mutating func replace(_ document: Document, bodyLinks: [DocumentLink], coverage: DocumentCoverage?) {
        let path = document.path
        guard let old = documents[path] else { return }
        documents[path] = document
        self.coverage[path] = coverage
        relink(path, to: Self.targets(of: document, bodyLinks: bodyLinks, documents: documents))
        if let region = document.placement.region {
            visionsByRegion[region]?.replace(old, with: document)
            // A new period may move a vision before or after another version.
            if document.metadata.type == .regiovisie { visionsByRegion[region]?.sort(by: Self.newestFirst) }
            documentsByRegion[region]?.replace(old, with: document)
        }
        documentsByPlacement[document.placement]?.replace(old, with: document)
        refileThemes(of: document, replacing: old)
    }

    /// Takes in new documents (`DocumentEdit`): plans and factsheets of a region, which no other
    /// document refers to yet and which order no versions. All of them first, so that new documents
    /// that refer to each other are linked both ways.
    mutating func insert(_ arrivals: [(document: Document, bodyLinks: [DocumentLink], coverage: DocumentCoverage?)]) {
        for arrival in arrivals { documents[arrival.document.path] = arrival.document }
        for (document, bodyLinks, coverage) in arrivals {
            self.coverage[document.path] = coverage
            relink(document.path, to: Self.targets(of: document, bodyLinks: bodyLinks, documents: documents))
            if let region = document.placement.region {
                documentsByRegion[region, default: []].insertSorted(document)
                if document.metadata.type == .regiovisie {
                    visionsByRegion[region, default: []].append(document)
                    visionsByRegion[region]?.sort(by: Self.newestFirst)
                }
            }
            documentsByPlacement[document.placement, default: []].insertSorted(document)
            refileThemes(of: document, replacing: nil)
        }
    }

    /// Lets go of a removed document (`DocumentEdit`), which no other document refers to.
    mutating func remove(_ path: ContentPath) {
        guard let old = documents[path] else { return }
        relink(path, to: [])
        documents[path] = nil
        coverage[path] = nil
        outgoing[path] = nil
        if let region = old.placement.region {
            documentsByRegion.remove(old, under: region)
            visionsByRegion.remove(old, under: region)
        }
        documentsByPlacement.remove(old, under: old.placement)
        refileThemes(of: nil, replacing: old)
    }

    /// Points `path`'s references at `after`, and the back references of what it gained or lost.
    /// A national factsheet is referred to by thousands of documents at 10,000: its lists change
    /// by one entry, found by binary search, instead of being sorted and grouped again.
    private mutating func relink(_ path: ContentPath, to after: Set<ContentPath>) {
        let before = Set(outgoing[path] ?? [])
        outgoing[path] = after.sorted()
        let region = documents[path]?.placement.region
        for target in before.symmetricDifference(after) {
            let adds = after.contains(target)
            incoming[target] = Self.changing(incoming[target], path, adding: adds)
            if documents[target]?.placement == .national {
                var groups = incomingByRegion[target] ?? [:]
                groups[region] = Self.changing(groups[region], path, adding: adds)
                incomingByRegion[target] = groups.isEmpty ? nil : groups
            }
        }
    }

    /// A sorted list with `path` put in or taken out; nil when it ends up empty.
    private static func changing(_ list: [ContentPath]?, _ path: ContentPath, adding: Bool) -> [ContentPath]? {
        var list = list ?? []
        list.setSorted(path, present: adding)
        return list.isEmpty ? nil : list
    }

    /// Moves a document between the lists of the themes it joined or left (nil: none before or after),
    /// where it is sorted by title.
    private mutating func refileThemes(of document: Document?, replacing old: Document?) {
        guard let placement = (document ?? old)?.placement else { return }
        let region = placement.region
        let themes = Set(document?.metadata.themes.map(\.value) ?? [])
        for theme in themes.union(old?.metadata.themes.map(\.value) ?? []) {
            var list = documentsByTheme[theme]?[region] ?? []
            if let old { list.removeAll { $0 === old } }
            if let document, themes.contains(theme) {
                list.append(document)
                list.sort { ($0.metadata.title, $0.path) < ($1.metadata.title, $1.path) }
            }
            documentsByTheme[theme, default: [:]][region] = list.isEmpty ? nil : list
            if documentsByTheme[theme]?.isEmpty == true { documentsByTheme[theme] = nil }
        }
    }

    /// The documents that name a theme: of every region (nil), or of one region with the national ones.
    public func documents(withTheme id: String, in region: Slug? = nil) -> [Document] {
        guard let byRegion = documentsByTheme[id] else { return [] }
        let found = region.map { (byRegion[$0] ?? []) + (byRegion[nil] ?? []) } ?? byRegion.values.flatMap { $0 }
        return found.sorted { ($0.metadata.title, $0.path) < ($1.metadata.title, $1.path) }
    }

    /// How many documents `documents(withTheme:in:)` lists, without sorting them.
    public func documentCount(withTheme id: String, in region: Slug? = nil) -> Int {
        guard let byRegion = documentsByTheme[id] else { return 0 }
        return region.map { (byRegion[$0]?.count ?? 0) + (byRegion[nil]?.count ?? 0) } ?? byRegion.values.reduce(0) { $0 + $1.count }
    }

    /// The documents that refer to `path` from `region` or from national documents, sorted.
    public func incoming(to path: ContentPath, from region: Slug) -> [ContentPath] {
        guard let byRegion = incomingByRegion[path] else {
            return (incoming[path] ?? []).filter { documents[$0]?.placement.region == region || documents[$0]?.placement == .national }
        }
        return ((byRegion[region] ?? []) + (byRegion[nil] ?? [])).sorted()
    }

    public func history(of document: Document) -> DocumentHistory? {
        history[document.file]
    }

    /// The text a council adopted, for an adopted (or since lapsed) document changed after it.
    public func adoptedVersion(of document: Document) -> AdoptedVersion? {
        document.metadata.status == .concept ? nil : adoptedVersions[document.file]
    }

    /// The paths a document had before git renamed its file, oldest first; not its own, nor one
    /// that is not a valid path (`ContentPath`).
    public func formerPaths(of document: Document) -> [ContentPath] {
        (history(of: document)?.formerFiles ?? []).compactMap(ContentPath.init).filter { $0 != document.path }
    }

    public func region(_ slug: Slug) -> Region? {
        regionsBySlug[slug]
    }

    /// A region's visions, newest period first.
    public func visions(of region: Slug) -> [Document] {
        visionsByRegion[region] ?? []
    }

    /// Newest period first; the same start by path.
    static func newestFirst(_ first: Document, _ second: Document) -> Bool {
        (second.period?.from ?? 0, first.path) < (first.period?.from ?? 0, second.path)
    }

    /// The vision in force on the build's date: adopted, with a period that holds the date.
    public func currentVision(of region: Slug) -> Document? {
        visions(of: region).first { $0.isInForce(on: today) }
    }

    public func plans(of region: Slug, municipality: Slug) -> [Document] {
        (documentsByPlacement[.municipality(region: region, municipality: municipality)] ?? [])
            .sorted(by: Self.newestFirst)
    }

    public func regionalFactsheets(of region: Slug) -> [Document] {
        documentsByPlacement[.regionFactsheets(region)] ?? []
    }

    /// Factsheets about one municipality, which its page lists beside its plans.
    public func factsheets(of region: Slug, municipality: Municipality) -> [Document] {
        regionalFactsheets(of: region).filter {
            if case let .factsheet(details) = $0.details { return details.municipality == municipality.code }
            return false
        }
    }

    /// Every document of a region: its visions, plans and factsheets, sorted by path.
    public func documents(in region: Slug) -> [Document] {
        documentsByRegion[region] ?? []
    }

    public var nationalFactsheets: [Document] {
        documentsByPlacement[.national] ?? []
    }
}
