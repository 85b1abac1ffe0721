/// What a site-wide rule may look at: the decoded regions and documents, the rendered bodies'
/// headings and links, the checklist and each document's coverage of it.
public struct RuleContext: Sendable {
    public let regions: [Slug: Region]
    public let documents: [ContentPath: Document]
    /// Headings per document, from rendering.
    public let headings: [ContentPath: [DocumentHeading]]
    /// Links between documents found in bodies.
    public let bodyLinks: [ContentPath: [DocumentLink]]
    /// Every Markdown file found, also those that could not be decoded.
    public let documentFiles: Set<String>
    /// The checklist, when the content has a sound `kaders.yaml`.
    public let checklist: Checklist?
    public let coverage: [ContentPath: DocumentCoverage]
    /// The build's date: concepts are judged against it, and the current regiovisie is the one whose period holds it.
    public let today: DayDate
    /// The monitor's indicators, when the content has a sound `indicatoren.yaml`.
    public var indicators: IndicatorSet? = nil
    /// Every file of the output and the content file it comes from (pages and copied files).
    public var outputs: [OutputClaim] = []
    /// The documents sorted by path, so that rules report in a stable order without sorting again.
    public let documentsInOrder: [Document]
    /// Each region's regiovisies, by path.
    public let visionsByRegion: [Slug: [Document]]

    public init(
        regions: [Slug: Region], documents: [ContentPath: Document], headings: [ContentPath: [DocumentHeading]],
        bodyLinks: [ContentPath: [DocumentLink]], documentFiles: Set<String>, checklist: Checklist?,
        coverage: [ContentPath: DocumentCoverage], today: DayDate, indicators: IndicatorSet? = nil
    ) {
        self.regions = regions
        self.documents = documents
        self.headings = headings
        self.bodyLinks = bodyLinks
        self.documentFiles = documentFiles
        self.checklist = checklist
        self.coverage = coverage
        self.today = today
        self.indicators = indicators
        documentsInOrder = documents.values.sorted { $0.path < $1.path }
        var visions: [Slug: [Document]] = [:]
        for document in documentsInOrder where document.metadata.type == .regiovisie {
            if let region = document.placement.region { visions[region, default: []].append(document) }
        }
        visionsByRegion = visions
    }

    public func headingIDs(of path: ContentPath) -> Set<String>? {
        headings[path].map { Set($0.map(\.id)) }
    }
}

/// A rule over the whole site. One rule, one file, named after what it enforces; `SiteRules.all` lists them.
public protocol SiteRule: Sendable {
    func check(_ context: RuleContext) -> [Diagnostic]
}

/// The registry: every rule runs, and all results are kept.
public enum SiteRules {
    public static let all: [any SiteRule] = [
        RegionFileRule(),
        MunicipalityInOneRegionRule(),
        PlanMunicipalityRule(),
        FactsheetMunicipalityRule(),
        FigureYearRule(),
        IndicatorRule(),
        ReferenceRule(),
        PlanPeriodRule(),
        VisionVersionsRule(),
        CurrentVisionRule(),
        AnchorRule(),
        ChecklistVocabularyRule(),
        WaiverRule(),
        ChecklistCoverageRule(),
        OutputPathRule(),
    ]

    /// Every rule on its own task: they only read the context.
    public static func check(_ context: RuleContext, parallelism: Int = 1) async -> [Diagnostic] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { all[$0].check(context) }.flatMap { $0 }
    }
}
