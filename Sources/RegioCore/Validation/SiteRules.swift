/// A rule over the whole site. One rule, one file, named after what it enforces; `SiteRules.all` lists them.
/// A rule whose findings each belong to one document is a `DocumentRule`.
public protocol SiteRule: Sendable {
    func check(_ context: RuleContext) -> [Diagnostic]
    /// What the rule looks at. After a save that changed only documents, `regio serve` runs again
    /// only the rules that read what changed. Everything unless a rule says otherwise, so that a
    /// rule that forgets is run too often, never too seldom.
    var reads: RuleInputs { get }
}

extension SiteRule {
    public var reads: RuleInputs { .all }
}

/// The parts of a `RuleContext` a rule can read.
public struct RuleInputs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The regions and their municipalities.
    public static let regions = RuleInputs(rawValue: 1 << 0)
    /// Which documents there are, of which type, and where.
    public static let placements = RuleInputs(rawValue: 1 << 1)
    /// The documents' front matter: titles, dates, periods, references, themes, figures.
    public static let frontMatter = RuleInputs(rawValue: 1 << 2)
    /// What bodies give: headings, links, and the checklist results that depend on them.
    public static let bodies = RuleInputs(rawValue: 1 << 3)
    /// The files of the output.
    public static let outputs = RuleInputs(rawValue: 1 << 4)
    public static let all: RuleInputs = [.regions, .placements, .frontMatter, .bodies, .outputs]
}

/// A rule whose findings each belong to one document and come from that document: its metadata,
/// headings, body links and checklist results, and (`readsLinkedDocuments`) what it reads of the
/// documents it refers to (their headings, type, region or period). After a save, `regio serve`
/// checks again only the documents it touched.
public protocol DocumentRule: SiteRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic]
    /// Whether a document's findings depend on the documents it refers to (in front matter or body).
    /// True unless a rule says otherwise: then a save of a document also checks again every document
    /// that refers to it.
    var readsLinkedDocuments: Bool { get }
}

extension DocumentRule {
    public var readsLinkedDocuments: Bool { true }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.documentsInOrder.flatMap { check($0, in: context) }
    }
}

/// One rule's findings; a `DocumentRule`'s by document, so that one document's can be replaced.
enum RuleFindings: Sendable {
    case site([Diagnostic])
    /// Only documents with findings have an entry.
    case documents([ContentPath: [Diagnostic]])

    var all: [Diagnostic] {
        switch self {
        case let .site(findings): findings
        case let .documents(byDocument): byDocument.keys.sorted().flatMap { byDocument[$0] ?? [] }
        }
    }
}

/// The registry: every rule runs, and all results are kept.
public enum SiteRules {
    public static let all: [any SiteRule] = [
        RegionFileRule(),
        MunicipalityInOneRegionRule(),
        PlanMunicipalityRule(),
        FactsheetMunicipalityRule(),
        OwnMunicipalityFigureRule(),
        FigureYearRule(),
        DuplicateFigureRule(),
        FigurePlausibilityRule(),
        AdoptionDateRule(),
        IndicatorRule(),
        ReferenceRule(),
        PlanPeriodRule(),
        PlanOverlapRule(),
        VisionVersionsRule(),
        PreviousVersionRule(),
        VisionGapRule(),
        ConceptReferenceRule(),
        NamePeriodRule(),
        CurrentVisionRule(),
        AnchorRule(),
        BodyTitleRule(),
        EmptySectionRule(),
        DuplicateHeadingRule(),
        HeadingTypoRule(),
        LapsedFrameworkRule(),
        ChecklistVocabularyRule(),
        WaiverRule(),
        ChecklistCoverageRule(),
        OutputPathRule(),
    ]

    /// Every rule on its own task: they only read the context.
    public static func check(_ context: RuleContext, parallelism: Int = 1) async -> [Diagnostic] {
        await checkEach(context, parallelism: parallelism).flatMap(\.all)
    }

    /// The findings of each rule of `all`, in its order.
    static func checkEach(_ context: RuleContext, parallelism: Int) async -> [RuleFindings] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { index in
            guard let rule = all[index] as? any DocumentRule else { return .site(all[index].check(context)) }
            var byDocument: [ContentPath: [Diagnostic]] = [:]
            for document in context.documentsInOrder {
                let found = rule.check(document, in: context)
                if !found.isEmpty { byDocument[document.path] = found }
            }
            return .documents(byDocument)
        }
    }

    /// The findings after a save that changed `changed` of the documents `edited` (`DocumentEdit`): a
    /// document rule checks again the edited documents, and when it reads linked documents also
    /// `linkingToEdited`; any other rule runs again when it reads what changed, and otherwise keeps its findings.
    static func checkAgain(_ previous: [RuleFindings], _ context: RuleContext, changed: RuleInputs, edited: Set<ContentPath>,
                           linkingToEdited: Set<ContentPath>, parallelism: Int) async -> [RuleFindings] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { index in
            let rule = all[index]
            guard let documentRule = rule as? any DocumentRule, case var .documents(byDocument) = previous[index] else {
                return rule.reads.isDisjoint(with: changed) ? previous[index] : .site(rule.check(context))
            }
            for path in documentRule.readsLinkedDocuments ? edited.union(linkingToEdited) : edited {
                let found = context.documents[path].map { documentRule.check($0, in: context) } ?? []
                byDocument[path] = found.isEmpty ? nil : found
            }
            return .documents(byDocument)
        }
    }
}
