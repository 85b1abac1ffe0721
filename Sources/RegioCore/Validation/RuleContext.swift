/// What a site-wide rule may look at: the decoded regions and documents, the rendered bodies'
/// headings and links, the checklist and each document's coverage of it.
public struct RuleContext: Sendable {
    public let regions: [Slug: Region]
    public private(set) var documents: [ContentPath: Document]
    /// Headings per document, from rendering.
    public private(set) var headings: [ContentPath: [DocumentHeading]]
    /// Links between documents found in bodies.
    public private(set) var bodyLinks: [ContentPath: [DocumentLink]]
    /// Every Markdown file found, also those that could not be decoded.
    public let documentFiles: Set<String>
    /// The checklist, when the content has a sound `kaders.yaml`.
    public let checklist: Checklist?
    public private(set) var coverage: [ContentPath: DocumentCoverage]
    /// The build's date: concepts are judged against it, and the current regiovisie is the one whose period holds it.
    public let today: DayDate
    /// The monitor's indicators, when the content has a sound `indicatoren.yaml`.
    public var indicators: IndicatorSet? = nil
    /// Every file of the output and the content file it comes from (pages and copied files).
    public var outputs: [OutputClaim] = []
    /// The documents sorted by path, so that rules report in a stable order without sorting again.
    public private(set) var documentsInOrder: [Document]
    /// Each region's regiovisies, by path.
    public private(set) var visionsByRegion: [Slug: [Document]]

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

    /// The context after a document's body changed and its front matter did not (`BodyEdit`): its
    /// place, metadata and rank stay, its headings, links and checklist results are new.
    mutating func replaceBody(of document: Document, headings: [DocumentHeading], bodyLinks: [DocumentLink], coverage: DocumentCoverage?) {
        let path = document.path
        guard let old = documents[path] else { return }
        documents[path] = document
        self.headings[path] = headings
        self.bodyLinks[path] = bodyLinks
        self.coverage[path] = coverage
        if let index = documentsInOrder.firstIndex(where: { $0 === old }) { documentsInOrder[index] = document }
        if let region = document.placement.region, let index = visionsByRegion[region]?.firstIndex(where: { $0 === old }) {
            visionsByRegion[region]?[index] = document
        }
    }

    public func headingIDs(of path: ContentPath) -> Set<String>? {
        headings[path].map { Set($0.map(\.id)) }
    }
}

/// A rule over the whole site. One rule, one file, named after what it enforces; `SiteRules.all` lists them.
public protocol SiteRule: Sendable {
    func check(_ context: RuleContext) -> [Diagnostic]
    /// Whether the rule reads what a body gives: headings, body links or checklist coverage. When a
    /// save changes only a body, `regio serve` runs again only the rules that do; a rule that reads
    /// only front matter, regions and output paths says false. True unless a rule says otherwise,
    /// so that a rule that forgets is run too often, never too seldom.
    var readsBodies: Bool { get }
}

extension SiteRule {
    public var readsBodies: Bool { true }
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
        await checkEach(context, parallelism: parallelism).flatMap { $0 }
    }

    /// The findings of each rule of `all`, in its order. With `previous` (the findings before a save
    /// that changed only bodies), a rule that does not read bodies gives its previous findings.
    static func checkEach(_ context: RuleContext, parallelism: Int, bodiesChangedSince previous: [[Diagnostic]]? = nil) async -> [[Diagnostic]] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { index in
            if let previous, !all[index].readsBodies { return previous[index] }
            return all[index].check(context)
        }
    }
}
