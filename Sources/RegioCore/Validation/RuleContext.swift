/// What a site-wide rule may look at: the decoded regions and documents, and the rendered bodies' links.
public struct RuleContext: Sendable {
    public let regions: [Slug: Region]
    public let documents: [ContentPath: Document]
    /// Heading ids per document, from rendering.
    public let headingIDs: [ContentPath: Set<String>]
    /// Links between documents found in bodies.
    public let bodyLinks: [ContentPath: [DocumentLink]]
    /// Every Markdown file found, also those that could not be decoded.
    public let documentFiles: Set<String>
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
        ReferenceRule(),
        PlanPeriodRule(),
        VisionVersionsRule(),
        AnchorRule(),
    ]

    public static func check(_ context: RuleContext) -> [Diagnostic] {
        all.flatMap { $0.check(context) }
    }
}
